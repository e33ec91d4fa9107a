package dev.torrentctl.backend.transmission.stub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.api.TorrentState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Transmission's {@code status} (0 stopped, 1 check-wait, 2 check, 3 download-wait, 4 download,
 * 5 seed-wait, 6 seed), its {@code error} (1 tracker warning, 2 tracker error, 3 local error) and
 * progress, normalized.
 */
class TransmissionStatesTest {

    @ParameterizedTest(name = "status {0}, error {1}, progress {2} -> {3}")
    @CsvSource({
            "0, 0, 0.5, STOPPED", "0, 0, 1.0, COMPLETED",
            "1, 0, 0.0, CHECKING", "2, 0, 0.3, CHECKING",
            "3, 0, 0.0, QUEUED", "5, 0, 1.0, QUEUED",
            "4, 0, 0.2, DOWNLOADING", "6, 0, 1.0, SEEDING",
            "4, 1, 0.2, DOWNLOADING", "4, 2, 0.2, DOWNLOADING",
            "4, 3, 0.2, ERROR", "0, 3, 0.2, ERROR", "6, 3, 1.0, ERROR",
            "7, 0, 0.0, UNKNOWN", "-1, 0, 0.0, UNKNOWN"})
    void mapsEveryStatus(int status, int error, double progress, TorrentState expected) {
        assertThat(TransmissionApi.state(status, error, progress)).isEqualTo(expected);
    }
}
