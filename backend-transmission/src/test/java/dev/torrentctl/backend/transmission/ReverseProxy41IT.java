package dev.torrentctl.backend.transmission;

import dev.torrentctl.daemons.DaemonImage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Transmission 4.1 behind nginx")
class ReverseProxy41IT extends ReverseProxyKit {
    @Override
    DaemonImage image() {
        return DaemonImage.TRANSMISSION_4_1;
    }
}
