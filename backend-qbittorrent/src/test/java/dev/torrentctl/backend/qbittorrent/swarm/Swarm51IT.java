package dev.torrentctl.backend.qbittorrent.swarm;

import dev.torrentctl.daemons.DaemonImage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Swarm of two qBittorrent 5.1")
class Swarm51IT extends SwarmKit {
    @Override
    DaemonImage image() {
        return DaemonImage.QBITTORRENT_5_1;
    }
}
