package dev.torrentctl.backend.qbittorrent.internal;

import dev.torrentctl.daemons.DaemonImage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Faults on qBittorrent 4.5")
class Faults45IT extends FaultsKit {
    @Override
    DaemonImage image() {
        return DaemonImage.QBITTORRENT_4_5;
    }
}
