package dev.torrentctl.backend.qbittorrent;

import dev.torrentctl.daemons.DaemonImage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("HTTPS Web UI of qBittorrent 5.3")
class Https53IT extends HttpsKit {
    @Override
    DaemonImage image() {
        return DaemonImage.QBITTORRENT_5_3;
    }
}
