package dev.torrentctl.backend.qbittorrent;

import dev.torrentctl.daemons.DaemonImage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("HTTPS Web UI of qBittorrent 4.5")
class Https45IT extends HttpsKit {
    @Override
    DaemonImage image() {
        return DaemonImage.QBITTORRENT_4_5;
    }
}
