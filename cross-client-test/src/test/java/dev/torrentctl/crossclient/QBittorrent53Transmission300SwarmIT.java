package dev.torrentctl.crossclient;

import dev.torrentctl.daemons.DaemonImage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Swarm of qBittorrent 5.3 and Transmission 3.00")
class QBittorrent53Transmission300SwarmIT extends QBittorrentTransmissionSwarmKit {
    @Override
    DaemonImage qbittorrentImage() {
        return DaemonImage.QBITTORRENT_5_3;
    }

    @Override
    DaemonImage transmissionImage() {
        return DaemonImage.TRANSMISSION_3_00;
    }
}
