package dev.torrentctl.backend.qbittorrent.internal;

import dev.torrentctl.daemons.DaemonImage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Session on qBittorrent 5.1")
class Session51IT extends SessionKit {
    @Override
    DaemonImage image() {
        return DaemonImage.QBITTORRENT_5_1;
    }

    @Override
    boolean supportsBasicAndApiKeys() {
        return false;
    }
}
