package dev.torrentctl.backend.transmission.internal;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.torrentctl.api.DataRate;
import dev.torrentctl.api.Limit;
import dev.torrentctl.api.ShareLimits;
import dev.torrentctl.api.SpeedLimits;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentSettings;
import dev.torrentctl.backend.support.Values;
import dev.torrentctl.backend.support.json.TolerantNumbers;
import dev.torrentctl.backend.transmission.TransmissionProvider;
import dev.torrentctl.hashes.InfoHashV1;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A {@code torrent-get} torrent as a {@link Torrent}, in either dialect's names. Numbers out of
 * range are tolerated and reported as anomalies ({@link TolerantNumbers}); a torrent without a
 * readable hash is an error for the caller to report.
 */
final class TorrentReader {
    /** The fields a listed torrent needs, by their legacy names. */
    static final List<String> FIELDS = List.of("id", "hashString", "name", "status", "percentDone", "sizeWhenDone",
            "totalSize", "rateDownload", "rateUpload", "uploadRatio", "downloadDir", "labels", "addedDate", "doneDate",
            "eta", "error", "errorString", "isFinished", "metadataPercentComplete", "queuePosition", "downloadLimit",
            "downloadLimited", "uploadLimit", "uploadLimited", "seedRatioLimit", "seedRatioMode", "seedIdleLimit",
            "seedIdleMode", "bandwidthPriority");
    /**
     * Asked for only from 4.1 ({@code rpc-version} 18), which has it: under this one name in both
     * dialects (it came with the JSON-RPC names; {@code api-compat.cc} has no legacy one).
     */
    static final String SEQUENTIAL = "sequential_download";
    /** Transmission's speeds are in kB/s of 1,000 bytes ({@code tr_speed_K}). */
    static final long SPEED_UNIT = 1000;
    private static final String BACKEND = TransmissionProvider.NAME;

    /**
     * The v2 hashes of hybrid torrents added through this client, by v1 hash: Transmission reports
     * only the v1 hash (4.1's magnet links carry no btmh), so a reference by v2 hash finds only these.
     */
    private final java.util.Map<String, dev.torrentctl.hashes.InfoHashV2> knownV2 =
            new java.util.concurrent.ConcurrentHashMap<>();

    TorrentReader() {}

    void remember(dev.torrentctl.hashes.InfoHashes hashes) {
        if (hashes.v1().isPresent() && hashes.v2().isPresent()) {
            knownV2.put(hashes.v1().get().hex(), hashes.v2().get());
        }
    }

    /** @return the v1 hash of a hybrid added through this client whose v2 hash this is */
    java.util.Optional<String> v1Of(dev.torrentctl.hashes.InfoHashV2 v2) {
        return knownV2.entrySet().stream().filter(e -> e.getValue().equals(v2)).map(java.util.Map.Entry::getKey)
                .findFirst();
    }

    /** @return the v1 hash of a hybrid added through this client whose torrent id (truncated v2 hash) this is */
    java.util.Optional<String> v1OfTruncated(dev.torrentctl.hashes.TorrentId id) {
        return knownV2.entrySet().stream().filter(e -> e.getValue().truncated().equals(id))
                .map(java.util.Map.Entry::getKey).findFirst();
    }

    /**
     * Reads one torrent object of a {@code torrent-get} answer straight from the JSON (either
     * dialect's names; unknown fields skipped, a field of the wrong kind taken as absent or, for a
     * number, kept as an anomaly).
     */
    Torrent torrent(JsonReader in) throws IOException {
        TolerantNumbers n = new TolerantNumbers(BACKEND);
        int status = -1;
        int error = 0;
        double progress = 0;
        double metadata = 1;
        boolean finished = false;
        String errorString = "";
        Set<String> labels = Set.of();
        long eta = -1;
        String hash = "";
        String name = "";
        long queue = -1;
        long sizeWhenDone = 0;
        long totalSize = 0;
        long rateDownload = 0;
        long rateUpload = 0;
        double ratio = 0;
        String downloadDir = "";
        long added = 0;
        long done = 0;
        long downloadLimit = 0;
        boolean downloadLimited = false;
        long uploadLimit = 0;
        boolean uploadLimited = false;
        double seedRatioLimit = 0;
        int seedRatioMode = 0;
        long seedIdleLimit = 0;
        int seedIdleMode = 0;
        Optional<dev.torrentctl.api.BandwidthPriority> bandwidth = Optional.empty();
        boolean sequential = false;
        in.beginObject();
        while (in.hasNext()) {
            String wire = in.nextName();
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                continue;
            }
            switch (wire) { // each field by its legacy and its JSON-RPC 2.0 name (no map lookup: this is the hot loop)
                case "hashString", "hash_string" -> hash = text(in);
                case "name" -> name = text(in);
                case "status" -> status = (int) n.integer(in, wire, 0, 6, -1);
                case "error" -> error = (int) n.integer(in, wire, 0, 3, 0);
                case "percentDone", "percent_done" -> progress = n.real(in, wire, 0, 1, 0);
                case "metadataPercentComplete", "metadata_percent_complete" -> metadata = n.real(in, wire, 0, 1, 1);
                case "isFinished", "is_finished" -> finished = bool(in);
                case "errorString", "error_string" -> errorString = text(in);
                case "labels" -> labels = labels(in);
                case "eta" -> eta = n.integer(in, wire, Long.MIN_VALUE, 100L * 365 * 86_400, -1);
                case "queuePosition", "queue_position" -> queue = n.integer(in, wire, -1, Integer.MAX_VALUE, -1);
                case "sizeWhenDone", "size_when_done" -> sizeWhenDone = n.integer(in, wire, 0, Long.MAX_VALUE, 0);
                case "totalSize", "total_size" -> totalSize = n.integer(in, wire, 0, Long.MAX_VALUE, 0);
                case "rateDownload", "rate_download" -> rateDownload = rate(n, in, wire);
                case "rateUpload", "rate_upload" -> rateUpload = rate(n, in, wire);
                case "uploadRatio", "upload_ratio" -> ratio = Math.max(0, n.real(in, wire, -2, Double.MAX_VALUE, 0));
                case "downloadDir", "download_dir" -> downloadDir = text(in);
                case "addedDate", "added_date" -> added = n.integer(in, wire, Long.MIN_VALUE, Long.MAX_VALUE, 0);
                case "doneDate", "done_date" -> done = n.integer(in, wire, Long.MIN_VALUE, Long.MAX_VALUE, 0);
                case "downloadLimit", "download_limit" -> downloadLimit = rate(n, in, wire);
                case "downloadLimited", "download_limited" -> downloadLimited = bool(in);
                case "uploadLimit", "upload_limit" -> uploadLimit = rate(n, in, wire);
                case "uploadLimited", "upload_limited" -> uploadLimited = bool(in);
                case "seedRatioLimit", "seed_ratio_limit" -> seedRatioLimit = n.real(in, wire, 0, Double.MAX_VALUE, 0);
                case "seedRatioMode", "seed_ratio_mode" -> seedRatioMode = (int) n.integer(in, wire, 0, 2, 0);
                case "seedIdleLimit", "seed_idle_limit" -> seedIdleLimit = n.integer(in, wire, 0, Integer.MAX_VALUE, 0);
                case "seedIdleMode", "seed_idle_mode" -> seedIdleMode = (int) n.integer(in, wire, 0, 2, 0);
                case "bandwidthPriority", "bandwidth_priority" -> bandwidth = bandwidthPriority(
                        (int) n.integer(in, wire, -1, 1, 0));
                case "sequentialDownload", "sequential_download" -> sequential = bool(in);
                default -> in.skipValue();
            }
        }
        in.endObject();
        Limit<Double> ratioLimit = seedRatioMode == 1 ? Limit.of(seedRatioLimit)
                : seedRatioMode == 2 ? Limit.unlimited() : Limit.global();
        Limit<Duration> idle = seedIdleMode == 1 ? Limit.of(Duration.ofMinutes(seedIdleLimit))
                : seedIdleMode == 2 ? Limit.unlimited() : Limit.global();
        SpeedLimits speed = downloadLimited || uploadLimited
                ? new SpeedLimits(downloadLimited ? Optional.of(DataRate.ofBytesPerSecond(downloadLimit * SPEED_UNIT))
                        : Optional.empty(), uploadLimited ? Optional.of(DataRate.ofBytesPerSecond(uploadLimit * SPEED_UNIT))
                        : Optional.empty())
                : NO_SPEED_LIMITS;
        ShareLimits share = seedRatioMode == 0 && seedIdleMode == 0 ? GLOBAL_SHARE_LIMITS
                : new ShareLimits(ratioLimit, Limit.global(), idle, Optional.empty());
        return Torrent.builder(hash)
                .infoHashV1(Optional.of(InfoHashV1.parse(hash)))
                .infoHashV2(knownV2.isEmpty() ? Optional.empty()
                        : Optional.ofNullable(knownV2.get(hash.toLowerCase(java.util.Locale.ROOT))))
                .name(name)
                .state(TransmissionStates.state(status, error, progress, finished, metadata))
                .rawState(Integer.toString(status))
                .progress(progress)
                .sizeBytes(sizeWhenDone)
                .totalSizeBytes(totalSize)
                .downloadRate(DataRate.ofBytesPerSecond(rateDownload))
                .uploadRate(DataRate.ofBytesPerSecond(rateUpload))
                .ratio(ratio)
                .savePath(downloadDir)
                .tags(labels)
                .addedOn(Values.epochSeconds(added))
                .completedOn(Values.epochSeconds(done))
                .eta(eta < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(eta)))
                .errorMessage(error == 0 || errorString.isEmpty() ? Optional.empty() : Optional.of(errorString))
                .settings(new TorrentSettings(speed, share, sequential, false, false, false, false,
                        queue < 0 ? OptionalInt.empty() : OptionalInt.of((int) queue + 1), bandwidth))
                .anomalies(n.takeAnomalies())
                .build();
    }

    /** {@code tr_priority_t}: -1 low, 0 normal, 1 high. */
    static int bandwidthPriority(dev.torrentctl.api.BandwidthPriority p) {
        return switch (p) {
            case LOW -> -1;
            case NORMAL -> 0;
            case HIGH -> 1;
        };
    }

    private static Optional<dev.torrentctl.api.BandwidthPriority> bandwidthPriority(int value) {
        return Optional.of(value < 0 ? dev.torrentctl.api.BandwidthPriority.LOW
                : value > 0 ? dev.torrentctl.api.BandwidthPriority.HIGH : dev.torrentctl.api.BandwidthPriority.NORMAL);
    }

    private static final SpeedLimits NO_SPEED_LIMITS = new SpeedLimits(Optional.empty(), Optional.empty());
    private static final ShareLimits GLOBAL_SHARE_LIMITS = new ShareLimits(Limit.global(), Limit.global(),
            Limit.global(), Optional.empty());

    /** A rate's number (rates in B/s, limits in kB/s: the caller multiplies), never negative. */
    private static long rate(TolerantNumbers n, JsonReader in, String wire) throws IOException {
        return Math.max(0, n.integer(in, wire, Long.MIN_VALUE, Long.MAX_VALUE / SPEED_UNIT, 0));
    }

    /** A string, number or boolean as text; anything else skipped and taken as empty. */
    private static String text(JsonReader in) throws IOException {
        JsonToken t = in.peek();
        if (t == JsonToken.STRING || t == JsonToken.NUMBER) {
            return in.nextString();
        }
        if (t == JsonToken.BOOLEAN) {
            return Boolean.toString(in.nextBoolean());
        }
        in.skipValue();
        return "";
    }

    /** A boolean, or a number (non-zero is true); anything else skipped and taken as false. */
    private static boolean bool(JsonReader in) throws IOException {
        JsonToken t = in.peek();
        if (t == JsonToken.BOOLEAN) {
            return in.nextBoolean();
        }
        if (t == JsonToken.NUMBER) {
            return !in.nextString().matches("-?0+(\\.0*)?");
        }
        in.skipValue();
        return false;
    }

    private static Set<String> labels(JsonReader in) throws IOException {
        if (in.peek() != JsonToken.BEGIN_ARRAY) {
            in.skipValue();
            return Set.of();
        }
        Set<String> labels = new LinkedHashSet<>();
        in.beginArray();
        while (in.hasNext()) {
            String label = text(in);
            if (!label.isEmpty()) {
                labels.add(label);
            }
        }
        in.endArray();
        return labels;
    }

    /** What Transmission keeps of the limits asked for: the ratio, and the idle time in whole minutes. */
    static ShareLimits storedShareLimits(ShareLimits asked) {
        Limit<Duration> idle = asked.inactiveSeedingTime().value()
                .map(d -> Limit.of(Duration.ofMinutes(d.toMinutes()))).orElse(asked.inactiveSeedingTime());
        return new ShareLimits(asked.ratio(), Limit.global(), idle, Optional.empty());
    }

    static String text(com.google.gson.JsonObject t, String key) {
        com.google.gson.JsonElement e = t.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : "";
    }

    static boolean bool(com.google.gson.JsonObject t, String key) {
        com.google.gson.JsonElement e = t.get(key);
        if (e == null || !e.isJsonPrimitive()) {
            return false;
        }
        return e.getAsJsonPrimitive().isBoolean() ? e.getAsBoolean()
                : e.getAsJsonPrimitive().isNumber() && e.getAsInt() != 0;
    }
}
