package dev.torrentctl.backend.qbittorrent;

import dev.torrentctl.daemons.DaemonExtension;
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
}
