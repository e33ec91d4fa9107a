package dev.torrentctl.backend.qbittorrent;

import dev.torrentctl.daemons.DaemonImage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("qBittorrent 5.3 behind nginx at /qbt/")
class ReverseProxy53IT extends ReverseProxyKit {
    @Override
    DaemonImage image() {
        return DaemonImage.QBITTORRENT_5_3;
    }
}
