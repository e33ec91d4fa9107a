package dev.torrentctl.backend.transmission.internal;

import dev.torrentctl.daemons.DaemonImage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Faults on Transmission 4.1")
class Faults41IT extends FaultsKit {
    @Override
    DaemonImage image() {
        return DaemonImage.TRANSMISSION_4_1;
    }
}
