package org.example.memory;

import dev.torrentctl.api.Capability;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.tck.ApiCompatibilityKit;
import dev.torrentctl.tck.BackendTrait;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;

@DisplayName("TCK on the in-memory backend")
class MemoryCompatibilityTest extends ApiCompatibilityKit {
    @Override
    protected String backendName() {
        return "memory";
    }

    @Override
    protected ClientConfig clientConfig() {
        return ClientConfig.parse("http://localhost"); // not used: the store is in memory
    }

    @Override
    protected Set<BackendTrait> traits() {
        return EnumSet.noneOf(BackendTrait.class); // no network: the closed-port contracts are skipped
    }

    @Override
    protected Optional<Set<Capability>> expectedCapabilities() {
        return Optional.of(EnumSet.of(Capability.LIST_TORRENTS, Capability.GET_TORRENT, Capability.ADD_MAGNET,
                Capability.ADD_TORRENT_FILE, Capability.ADD_OPTION_STOPPED, Capability.STOP_START, Capability.REMOVE,
                Capability.HYBRID_TORRENTS, Capability.NON_CANONICAL_TORRENTS));
    }
}
