package dev.torrentctl.backend.qbittorrent;

import dev.torrentctl.daemons.DaemonExtension;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.QBittorrentContainer;
import dev.torrentctl.api.Capability;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("TCK on qBittorrent 5.1")
class QBittorrent51CompatibilityIT extends QBittorrentKit {
    @RegisterExtension
    static final DaemonExtension<QBittorrentContainer> DAEMON =
            new DaemonExtension<>(DaemonImage.QBITTORRENT_5_1, QBittorrentContainer::new);

    @Override
    DaemonExtension<QBittorrentContainer> daemon() {
        return DAEMON;
    }

    /** Per-torrent share-limit actions came with WebAPI 2.12.0 (qBittorrent 5.2). */
    @Override
    Set<Capability> missingOnThisVersion() {
        return Set.of(Capability.SHARE_LIMIT_ACTION);
    }
}
