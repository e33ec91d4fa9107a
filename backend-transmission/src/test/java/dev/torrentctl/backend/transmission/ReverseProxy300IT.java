package dev.torrentctl.backend.transmission;

import dev.torrentctl.daemons.DaemonImage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Transmission 3.00 behind nginx")
class ReverseProxy300IT extends ReverseProxyKit {
    @Override
    DaemonImage image() {
        return DaemonImage.TRANSMISSION_3_00;
    }
}
