package dev.torrentctl.backend.transmission;

import dev.torrentctl.api.Capability;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.daemons.DaemonExtension;
import dev.torrentctl.daemons.TransmissionContainer;
import dev.torrentctl.tck.ApiCompatibilityKit;
import java.util.Optional;
import java.util.Set;

/** The TCK against one Transmission container. */
abstract class TransmissionKit extends ApiCompatibilityKit {

    abstract DaemonExtension<TransmissionContainer> daemon();

    abstract dev.torrentctl.daemons.DaemonImage image();

    @Override
    protected String backendName() {
        return "transmission";
    }

    @Override
    protected ClientConfig clientConfig() {
        TransmissionContainer c = daemon().container();
        return ClientConfig.builder(c.url()).credentials(new Credentials(c.username(), c.password())).build();
    }

    @Override
    protected String hostSeenByClient() {
        return daemon().hostSeenByContainer();
    }

    @Override
    protected Optional<Set<Capability>> expectedCapabilities() {
        Set<Capability> expected = java.util.EnumSet.copyOf(EXPECTED);
        if (image() != dev.torrentctl.daemons.DaemonImage.TRANSMISSION_3_00) { // 3.00 re-encodes info to hash it
            expected.add(Capability.NON_CANONICAL_TORRENTS);
            expected.add(Capability.HYBRID_TORRENTS);
            expected.add(Capability.ADD_OPTION_SEQUENTIAL); // 4.1's sequentialDownload
        }
        return Optional.of(expected);
    }

    /** What Transmission 3.00 and 4.1 both offer. */
    static final Set<Capability> EXPECTED = Set.of(Capability.LIST_TORRENTS, Capability.GET_TORRENT,
            Capability.ADD_MAGNET, Capability.ADD_TORRENT_FILE, Capability.ADD_URL, Capability.ADD_OPTION_SAVE_PATH,
            Capability.ADD_OPTION_STOPPED, Capability.ADD_MANY, Capability.STOP_START, Capability.REMOVE,
            Capability.RAW_CALL, Capability.TAG_TORRENTS, Capability.SET_TAGS, Capability.RECHECK,
            Capability.REANNOUNCE, Capability.ADD_OPTION_TAGS, Capability.FILES, Capability.RENAME_FILES,
            Capability.TRACKERS, Capability.EDIT_TRACKERS, Capability.WEB_SEEDS, Capability.SET_LOCATION,
            Capability.QUEUE, Capability.TORRENT_SPEED_LIMITS, Capability.GLOBAL_SPEED_LIMITS,
            Capability.ALTERNATIVE_SPEED_MODE, Capability.PEERS, Capability.TRANSFER_INFO, Capability.PROPERTIES,
            Capability.FILE_PRIORITIES, Capability.FILE_PRIORITY_LOW, Capability.SHARE_LIMITS,
            Capability.INACTIVE_SEEDING_TIME_LIMIT, Capability.START_NOW, Capability.SET_SAVE_PATH,
            Capability.SET_LOCATION_WITHOUT_MOVING, Capability.BANDWIDTH_PRIORITY, Capability.ADD_OPTION_FILE_PRIORITIES,
            Capability.ADD_OPTION_BANDWIDTH_PRIORITY, Capability.ADD_OPTION_SPEED_LIMITS,
            Capability.ADD_OPTION_SHARE_LIMITS);

}
