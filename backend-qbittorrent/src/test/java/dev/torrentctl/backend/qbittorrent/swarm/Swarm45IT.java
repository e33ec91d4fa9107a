package dev.torrentctl.backend.qbittorrent.swarm;

import dev.torrentctl.daemons.DaemonImage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Swarm of two qBittorrent 4.5")
class Swarm45IT extends SwarmKit {
    @Override
    DaemonImage image() {
        return DaemonImage.QBITTORRENT_4_5;
    }
}
