package dev.torrentctl.backend.qbittorrent;

import dev.torrentctl.daemons.DaemonExtension;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.QBittorrentContainer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("HTTPS Web UI of qBittorrent 4.5")
class Https45IT extends HttpsKit {
    @RegisterExtension
    static final DaemonExtension<QBittorrentContainer> DAEMON = new DaemonExtension<>(
            DaemonImage.QBITTORRENT_4_5, image -> new QBittorrentContainer(image).withHttps(CERTIFICATE));

    @Override
    DaemonExtension<QBittorrentContainer> daemon() {
        return DAEMON;
    }
}
