package dev.torrentctl.backend.qbittorrent;

import dev.torrentctl.api.Capability;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.daemons.DaemonExtension;
import dev.torrentctl.daemons.QBittorrentContainer;
import dev.torrentctl.tck.ApiCompatibilityKit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The TCK against one qBittorrent container; one subclass per supported version. */
abstract class QBittorrentKit extends ApiCompatibilityKit {

    abstract DaemonExtension<QBittorrentContainer> daemon();

    @Override
    protected String backendName() {
        return "qbittorrent";
    }

    @Override
    protected ClientConfig clientConfig() {
        QBittorrentContainer c = daemon().container();
        return ClientConfig.builder(c.url()).credentials(new Credentials(c.username(), c.password())).build();
    }

    /** @return the capabilities this version truly lacks */
    Set<Capability> missingOnThisVersion() {
        return Set.of();
    }

    @Override
    protected Optional<Set<Capability>> expectedCapabilities() {
        Set<Capability> expected = EnumSet.allOf(Capability.class);
        // what no qBittorrent has: a low file priority, pointing at data without moving it, file
        // priorities at add, a bandwidth priority
        expected.removeAll(Set.of(Capability.FILE_PRIORITY_LOW, Capability.SET_LOCATION_WITHOUT_MOVING,
                Capability.ADD_OPTION_FILE_PRIORITIES, Capability.BANDWIDTH_PRIORITY,
                Capability.ADD_OPTION_BANDWIDTH_PRIORITY));
        expected.removeAll(missingOnThisVersion());
        return Optional.of(expected);
    }

    @Override
    protected String hostSeenByClient() {
        return daemon().hostSeenByContainer();
    }
}
