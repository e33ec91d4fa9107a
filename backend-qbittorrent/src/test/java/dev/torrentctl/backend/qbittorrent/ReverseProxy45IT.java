package dev.torrentctl.backend.qbittorrent;

import dev.torrentctl.daemons.DaemonImage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("qBittorrent 4.5 behind nginx at /qbt/")
class ReverseProxy45IT extends ReverseProxyKit {
    @Override
    DaemonImage image() {
        return DaemonImage.QBITTORRENT_4_5;
    }
}
