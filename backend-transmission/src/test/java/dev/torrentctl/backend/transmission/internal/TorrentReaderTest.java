package dev.torrentctl.backend.transmission.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import dev.torrentctl.api.DataRate;
import dev.torrentctl.api.Limit;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentState;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TorrentReaderTest {
    /** Every field the list asks for, none at its default, by legacy name. */
    private static final String LEGACY = """
            {"id": 7, "hashString": "6ed4ed6dac65486adda324aeb54c8c4f4922dbab", "name": "n", "status": 4,
             "percentDone": 0.25, "sizeWhenDone": 1000, "totalSize": 2000, "rateDownload": 300, "rateUpload": 400,
             "uploadRatio": 1.5, "downloadDir": "/d", "labels": ["a", "b"], "addedDate": 1700000000,
             "doneDate": 1700000100, "eta": 60, "error": 2, "errorString": "tracker error", "isFinished": false,
             "metadataPercentComplete": 1, "queuePosition": 3, "downloadLimit": 256, "downloadLimited": true,
             "uploadLimit": 128, "uploadLimited": true, "seedRatioLimit": 2.5, "seedRatioMode": 1,
             "seedIdleLimit": 30, "seedIdleMode": 1, "bandwidthPriority": -1, "sequential_download": true,
             "unknownField": {"x": [1]}}
            """;

    private static Torrent read(String json) throws IOException {
        try (JsonReader in = new JsonReader(new StringReader(json))) {
            return new TorrentReader().torrent(in);
        }
    }

    @Test
    @DisplayName("every listed field is read, under its legacy name and its JSON-RPC 2.0 name alike")
    void everyFieldInBothDialects() throws IOException {
        assertThat(java.util.stream.Stream.concat(TorrentReader.FIELDS.stream(), java.util.stream.Stream.of(
                TorrentReader.SEQUENTIAL)).toList()).allSatisfy(f -> assertThat(LEGACY).contains("\"" + f + "\""));
        JsonObject legacy = JsonParser.parseString(LEGACY).getAsJsonObject();
        JsonObject snake = new JsonObject();
        for (Map.Entry<String, JsonElement> e : legacy.entrySet()) {
            snake.add(RpcNames.snake(e.getKey()), e.getValue());
        }
        Torrent t = read(LEGACY);
        assertThat(read(snake.toString())).isEqualTo(t);
        assertThat(t.name()).isEqualTo("n");
        assertThat(t.state()).isEqualTo(TorrentState.DOWNLOADING); // a tracker error (2) is not a stop
        assertThat(t.progress()).isEqualTo(0.25);
        assertThat(t.sizeBytes()).isEqualTo(1000);
        assertThat(t.totalSizeBytes()).isEqualTo(2000);
        assertThat(t.downloadRate()).isEqualTo(DataRate.ofBytesPerSecond(300));
        assertThat(t.uploadRate()).isEqualTo(DataRate.ofBytesPerSecond(400));
        assertThat(t.ratio()).isEqualTo(1.5);
        assertThat(t.savePath()).isEqualTo("/d");
        assertThat(t.tags()).isEqualTo(Set.of("a", "b"));
        assertThat(t.addedOn()).contains(Instant.ofEpochSecond(1700000000));
        assertThat(t.completedOn()).contains(Instant.ofEpochSecond(1700000100));
        assertThat(t.eta()).contains(Duration.ofSeconds(60));
        assertThat(t.errorMessage()).contains("tracker error");
        assertThat(t.settings().queuePosition()).hasValue(4);
        assertThat(t.settings().speedLimits().download()).contains(DataRate.ofBytesPerSecond(256_000));
        assertThat(t.settings().speedLimits().upload()).contains(DataRate.ofBytesPerSecond(128_000));
        assertThat(t.settings().shareLimits().ratio()).isEqualTo(Limit.of(2.5));
        assertThat(t.settings().shareLimits().inactiveSeedingTime()).isEqualTo(Limit.of(Duration.ofMinutes(30)));
        assertThat(t.settings().bandwidthPriority()).contains(dev.torrentctl.api.BandwidthPriority.LOW);
        assertThat(t.settings().sequentialDownload()).isTrue();
        assertThat(t.anomalies()).isEmpty();
    }

    @Test
    @DisplayName("a field of the wrong kind is taken as absent or kept as an anomaly; one bad field never fails the torrent")
    void wrongKindsAreTolerated() throws IOException {
        Torrent t = read("""
                {"hashString": "6ed4ed6dac65486adda324aeb54c8c4f4922dbab", "name": ["x"], "status": 7.5,
                 "percentDone": "NaN", "totalSize": 1e30, "labels": "not a list", "isFinished": 1,
                 "downloadLimited": {"a": 1}, "eta": null, "sizeWhenDone": 12}
                """);
        assertThat(t.name()).isEmpty();
        assertThat(t.tags()).isEmpty();
        assertThat(t.sizeBytes()).isEqualTo(12);
        assertThat(t.settings().speedLimits().download()).isEmpty();
        assertThat(t.anomalies()).containsOnlyKeys("status", "percentDone", "totalSize")
                .containsEntry("totalSize", "1e30").containsEntry("status", "7.5");
    }
}
