package dev.torrentctl.crossclient;

import dev.torrentctl.daemons.DaemonImage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Swarm of qBittorrent 5.3 and Transmission 4.1")
class QBittorrent53Transmission41SwarmIT extends QBittorrentTransmissionSwarmKit {
    @Override
    DaemonImage qbittorrentImage() {
        return DaemonImage.QBITTORRENT_5_3;
    }

    @Override
    DaemonImage transmissionImage() {
        return DaemonImage.TRANSMISSION_4_1;
    }
}
