package dev.torrentctl.backend.transmission.stub;

import dev.torrentctl.daemons.DaemonExtension;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.TransmissionContainer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("TCK on Transmission 4.1")
class Transmission41CompatibilityIT extends TransmissionKit {
    @RegisterExtension
    static final DaemonExtension<TransmissionContainer> DAEMON =
            new DaemonExtension<>(DaemonImage.TRANSMISSION_4_1, TransmissionContainer::new);

    @Override
    DaemonExtension<TransmissionContainer> daemon() {
        return DAEMON;
    }
}
