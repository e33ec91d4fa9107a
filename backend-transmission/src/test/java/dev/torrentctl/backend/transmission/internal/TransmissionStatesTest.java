package dev.torrentctl.backend.transmission.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.api.TorrentState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Transmission's {@code status} (0 stopped, 1 check-wait, 2 check, 3 download-wait, 4 download,
 * 5 seed-wait, 6 seed), its {@code error} (1 tracker warning, 2 tracker error, 3 local error),
 * progress, {@code isFinished} (the seeding limit was reached) and metadata, normalized.
 */
class TransmissionStatesTest {

    @ParameterizedTest(name = "status {0}, error {1}, progress {2}, finished {3}, metadata {4} -> {5}")
    @CsvSource({
            "0, 0, 0.5, false, 1.0, STOPPED", "0, 0, 1.0, false, 1.0, COMPLETED", "0, 0, 0.5, true, 1.0, COMPLETED",
            "1, 0, 0.0, false, 1.0, CHECKING", "2, 0, 0.3, false, 1.0, CHECKING",
            "3, 0, 0.0, false, 1.0, QUEUED", "5, 0, 1.0, false, 1.0, QUEUED",
            "4, 0, 0.2, false, 1.0, DOWNLOADING", "4, 0, 0.0, false, 0.4, FETCHING_METADATA",
            "6, 0, 1.0, false, 1.0, SEEDING", "6, 0, 1.0, true, 1.0, SEEDING",
            "4, 1, 0.2, false, 1.0, DOWNLOADING", "4, 2, 0.2, false, 1.0, DOWNLOADING",
            "6, 2, 1.0, false, 1.0, SEEDING", "0, 1, 0.5, false, 1.0, STOPPED",
            "4, 3, 0.2, false, 1.0, ERROR", "0, 3, 0.2, false, 1.0, STOPPED", "6, 3, 1.0, true, 1.0, ERROR",
            "2, 3, 0.2, false, 1.0, ERROR", "0, 3, 1.0, false, 1.0, COMPLETED",
            "7, 0, 0.0, false, 1.0, UNKNOWN", "-1, 0, 0.0, false, 1.0, UNKNOWN"})
    @DisplayName("every status, with tracker and local errors, finished and fetching metadata")
    void mapsEveryStatus(int status, int error, double progress, boolean finished, double metadata,
            TorrentState expected) {
        assertThat(TransmissionStates.state(status, error, progress, finished, metadata)).isEqualTo(expected);
    }
}
