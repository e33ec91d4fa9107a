package dev.torrentctl.backend.qbittorrent;

import dev.torrentctl.daemons.DaemonExtension;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.QBittorrentContainer;
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
}
