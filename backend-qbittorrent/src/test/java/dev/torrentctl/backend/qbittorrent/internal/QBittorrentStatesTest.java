package dev.torrentctl.backend.qbittorrent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.api.TorrentState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every state string qBittorrent 4.x and 5.x send, and what it means normalized. */
class QBittorrentStatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "downloading, DOWNLOADING", "stalledDL, DOWNLOADING", "forcedDL, DOWNLOADING", "allocating, DOWNLOADING",
            "metaDL, FETCHING_METADATA", "forcedMetaDL, FETCHING_METADATA",
            "uploading, SEEDING", "stalledUP, SEEDING", "forcedUP, SEEDING",
            "pausedDL, STOPPED", "stoppedDL, STOPPED",
            "pausedUP, COMPLETED", "stoppedUP, COMPLETED",
            "queuedDL, QUEUED", "queuedUP, QUEUED",
            "checkingDL, CHECKING", "checkingUP, CHECKING", "checkingResumeData, CHECKING", "queuedForChecking, CHECKING",
            "moving, MOVING",
            "error, ERROR", "missingFiles, ERROR",
            "unknown, UNKNOWN", "somethingNew, UNKNOWN", "'', UNKNOWN", "Downloading, UNKNOWN"})
    void mapsEveryState(String raw, TorrentState expected) {
        assertThat(QBittorrentStates.normalize(raw)).isEqualTo(expected);
    }
}
