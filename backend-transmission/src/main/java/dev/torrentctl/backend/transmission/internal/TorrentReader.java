package dev.torrentctl.backend.transmission.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
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
            "seedIdleMode");
    /** Transmission's speeds are in kB/s of 1,000 bytes ({@code tr_speed_K}). */
    static final long SPEED_UNIT = 1000;
    private static final String BACKEND = TransmissionProvider.NAME;

    private final RpcClient rpc;
    /**
     * The v2 hashes of hybrid torrents added through this client, by v1 hash: Transmission reports
     * only the v1 hash (4.1's magnet links carry no btmh), so a reference by v2 hash finds only these.
     */
    private final java.util.Map<String, dev.torrentctl.hashes.InfoHashV2> knownV2 =
            new java.util.concurrent.ConcurrentHashMap<>();

    TorrentReader(RpcClient rpc) {
        this.rpc = rpc;
    }

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

    /** @return the field's name in the dialect in use ({@link RpcNames} keeps the translations) */
    private String key(String legacy) {
        return rpc.name(legacy);
    }

    Torrent torrent(JsonObject t) {
        TolerantNumbers n = new TolerantNumbers(BACKEND);
        int status = (int) n.integer(t, key("status"), 0, 6, -1);
        int error = (int) n.integer(t, key("error"), 0, 3, 0);
        double progress = n.real(t, key("percentDone"), 0, 1, 0);
        double metadata = t.has(key("metadataPercentComplete")) ? n.real(t, key("metadataPercentComplete"), 0, 1, 1) : 1;
        boolean finished = bool(t, key("isFinished"));
        String errorString = text(t, key("errorString"));
        Set<String> labels = new LinkedHashSet<>();
        JsonElement l = t.get(key("labels"));
        if (l != null && l.isJsonArray()) {
            l.getAsJsonArray().forEach(x -> labels.add(x.getAsString()));
        }
        long eta = n.integer(t, key("eta"), Long.MIN_VALUE, 100L * 365 * 86_400, -1);
        String hash = text(t, key("hashString"));
        long queue = n.integer(t, key("queuePosition"), -1, Integer.MAX_VALUE, -1);
        return Torrent.builder(hash)
                .infoHashV1(Optional.of(InfoHashV1.parse(hash)))
                .infoHashV2(Optional.ofNullable(knownV2.get(hash.toLowerCase(java.util.Locale.ROOT))))
                .name(text(t, key("name")))
                .state(TransmissionStates.state(status, error, progress, finished, metadata))
                .rawState(Integer.toString(status))
                .progress(progress)
                .sizeBytes(n.integer(t, key("sizeWhenDone"), 0, Long.MAX_VALUE, 0))
                .totalSizeBytes(n.integer(t, key("totalSize"), 0, Long.MAX_VALUE, 0))
                .downloadRate(rate(n, t, key("rateDownload"), 1))
                .uploadRate(rate(n, t, key("rateUpload"), 1))
                .ratio(Math.max(0, n.real(t, key("uploadRatio"), -2, Double.MAX_VALUE, 0)))
                .savePath(text(t, key("downloadDir")))
                .tags(labels)
                .addedOn(Values.epochSeconds(n.integer(t, key("addedDate"), Long.MIN_VALUE, Long.MAX_VALUE, 0)))
                .completedOn(Values.epochSeconds(n.integer(t, key("doneDate"), Long.MIN_VALUE, Long.MAX_VALUE, 0)))
                .eta(eta < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(eta)))
                .errorMessage(error == 0 || errorString.isEmpty() ? Optional.empty() : Optional.of(errorString))
                .settings(new TorrentSettings(speedLimits(n, t), shareLimits(n, t), false, false, false, false, false,
                        queue < 0 ? OptionalInt.empty() : OptionalInt.of((int) queue + 1)))
                .anomalies(n.takeAnomalies())
                .build();
    }

    /** {@code seedRatioMode}/{@code seedIdleMode}: 0 global, 1 this torrent's limit, 2 unlimited. */
    private ShareLimits shareLimits(TolerantNumbers n, JsonObject t) {
        int ratioMode = (int) n.integer(t, key("seedRatioMode"), 0, 2, 0);
        int idleMode = (int) n.integer(t, key("seedIdleMode"), 0, 2, 0);
        Limit<Double> ratio = ratioMode == 1 ? Limit.of(n.real(t, key("seedRatioLimit"), 0, Double.MAX_VALUE, 0))
                : ratioMode == 2 ? Limit.unlimited() : Limit.global();
        Limit<Duration> idle = idleMode == 1 ? Limit.of(Duration.ofMinutes(n.integer(t, key("seedIdleLimit"), 0,
                Integer.MAX_VALUE, 0))) : idleMode == 2 ? Limit.unlimited() : Limit.global();
        return new ShareLimits(ratio, Limit.global(), idle, Optional.empty());
    }

    /** What Transmission keeps of the limits asked for: the ratio, and the idle time in whole minutes. */
    static ShareLimits storedShareLimits(ShareLimits asked) {
        Limit<Duration> idle = asked.inactiveSeedingTime().value()
                .map(d -> Limit.of(Duration.ofMinutes(d.toMinutes()))).orElse(asked.inactiveSeedingTime());
        return new ShareLimits(asked.ratio(), Limit.global(), idle, Optional.empty());
    }

    private SpeedLimits speedLimits(TolerantNumbers n, JsonObject t) {
        Optional<DataRate> down = bool(t, key("downloadLimited"))
                ? Optional.of(rate(n, t, key("downloadLimit"), SPEED_UNIT)) : Optional.empty();
        Optional<DataRate> up = bool(t, key("uploadLimited"))
                ? Optional.of(rate(n, t, key("uploadLimit"), SPEED_UNIT)) : Optional.empty();
        return new SpeedLimits(down, up);
    }

    private static DataRate rate(TolerantNumbers n, JsonObject t, String key, long unit) {
        long v = Math.max(0, n.integer(t, key, Long.MIN_VALUE, Long.MAX_VALUE / SPEED_UNIT, 0));
        return DataRate.ofBytesPerSecond(v * unit);
    }

    static String text(JsonObject t, String key) {
        JsonElement e = t.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : "";
    }

    static boolean bool(JsonObject t, String key) {
        JsonElement e = t.get(key);
        if (e == null || !e.isJsonPrimitive()) {
            return false;
        }
        return e.getAsJsonPrimitive().isBoolean() ? e.getAsBoolean()
                : e.getAsJsonPrimitive().isNumber() && e.getAsInt() != 0;
    }
}
