package dev.torrentctl.backend.qbittorrent.internal;

import dev.torrentctl.daemons.DaemonImage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Session on qBittorrent 5.3")
class Session53IT extends SessionKit {
    @Override
    DaemonImage image() {
        return DaemonImage.QBITTORRENT_5_3;
    }

    @Override
    boolean supportsBasicAndApiKeys() {
        return true;
    }
}
