package dev.torrentctl.backend.transmission.internal;

import dev.torrentctl.daemons.DaemonImage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Faults on Transmission 3.00")
class Faults300IT extends FaultsKit {
    @Override
    DaemonImage image() {
        return DaemonImage.TRANSMISSION_3_00;
    }
}
