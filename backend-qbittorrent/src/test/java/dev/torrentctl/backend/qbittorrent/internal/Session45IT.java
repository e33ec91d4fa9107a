package dev.torrentctl.backend.qbittorrent.internal;

import dev.torrentctl.daemons.DaemonImage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Session on qBittorrent 4.5")
class Session45IT extends SessionKit {
    @Override
    DaemonImage image() {
        return DaemonImage.QBITTORRENT_4_5;
    }

    @Override
    boolean supportsBasicAndApiKeys() {
        return false;
    }
}
