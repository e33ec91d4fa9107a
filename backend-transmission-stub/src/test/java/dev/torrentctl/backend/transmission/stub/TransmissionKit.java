package dev.torrentctl.backend.transmission.stub;

import dev.torrentctl.api.Capability;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.daemons.DaemonExtension;
import dev.torrentctl.daemons.TransmissionContainer;
import dev.torrentctl.tck.ApiCompatibilityKit;
import java.util.Optional;
import java.util.Set;

/** The TCK against one Transmission container; the stub declares listing, finding, starting and stopping. */
abstract class TransmissionKit extends ApiCompatibilityKit {

    abstract DaemonExtension<TransmissionContainer> daemon();

    @Override
    protected String backendName() {
        return "transmission-stub";
    }

    @Override
    protected ClientConfig clientConfig() {
        TransmissionContainer c = daemon().container();
        return ClientConfig.builder(c.url()).credentials(new Credentials(c.username(), c.password())).build();
    }

    @Override
    protected Optional<Set<Capability>> expectedCapabilities() {
        return Optional.of(Set.of(Capability.LIST_TORRENTS, Capability.GET_TORRENT, Capability.STOP_START));
    }
}
