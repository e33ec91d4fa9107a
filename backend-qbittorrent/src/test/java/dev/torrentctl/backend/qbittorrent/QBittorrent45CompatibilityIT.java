package dev.torrentctl.backend.qbittorrent;

import dev.torrentctl.api.Capability;
import dev.torrentctl.daemons.DaemonExtension;
import java.util.Set;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.QBittorrentContainer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("TCK on qBittorrent 4.5")
class QBittorrent45CompatibilityIT extends QBittorrentKit {
    @RegisterExtension
    static final DaemonExtension<QBittorrentContainer> DAEMON =
            new DaemonExtension<>(DaemonImage.QBITTORRENT_4_5, QBittorrentContainer::new);

    @Override
    DaemonExtension<QBittorrentContainer> daemon() {
        return DAEMON;
    }

    /**
     * WebAPI 2.8.19 lacks torrents/setTags (2.11.4, qBittorrent 5.1), editing web seeds (2.11.3,
     * 5.1), the inactive seeding time limit (2.9.2, 4.6) and per-torrent share-limit actions
     * (2.12.0, 5.2).
     */
    @Override
    Set<Capability> missingOnThisVersion() {
        return Set.of(Capability.SET_TAGS, Capability.EDIT_WEB_SEEDS, Capability.INACTIVE_SEEDING_TIME_LIMIT,
                Capability.SHARE_LIMIT_ACTION);
    }
}
