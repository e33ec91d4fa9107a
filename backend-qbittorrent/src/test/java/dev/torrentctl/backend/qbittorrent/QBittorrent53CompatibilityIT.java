package dev.torrentctl.backend.qbittorrent;

import dev.torrentctl.daemons.DaemonExtension;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.QBittorrentContainer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("TCK on qBittorrent 5.3")
class QBittorrent53CompatibilityIT extends QBittorrentKit {
    @RegisterExtension
    static final DaemonExtension<QBittorrentContainer> DAEMON =
            new DaemonExtension<>(DaemonImage.QBITTORRENT_5_3, QBittorrentContainer::new);

    @Override
    DaemonExtension<QBittorrentContainer> daemon() {
        return DAEMON;
    }
}
