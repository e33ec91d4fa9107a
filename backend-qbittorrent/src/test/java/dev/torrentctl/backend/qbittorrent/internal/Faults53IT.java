package dev.torrentctl.backend.qbittorrent.internal;

import dev.torrentctl.daemons.DaemonImage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Faults on qBittorrent 5.3")
class Faults53IT extends FaultsKit {
    @Override
    DaemonImage image() {
        return DaemonImage.QBITTORRENT_5_3;
    }
}
