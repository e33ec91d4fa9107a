package dev.torrentctl.backend.transmission.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torrentctl.api.ConnectionStatus;
import dev.torrentctl.api.DataRate;
import dev.torrentctl.api.Peer;
import dev.torrentctl.api.SpeedLimits;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentProperties;
import dev.torrentctl.api.TransferInfo;
import dev.torrentctl.backend.support.Values;
import dev.torrentctl.backend.support.json.TolerantNumbers;
import dev.torrentctl.backend.transmission.TransmissionProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What concerns the whole session ({@code session-get}, {@code session-set}, {@code session-stats},
 * {@code free-space}) and a torrent's peers and properties ({@code torrent-get}).
 */
final class SessionCalls {
    private static final String BACKEND = TransmissionProvider.NAME;

    private final RpcClient rpc;
    private final TorrentDetails details;

    SessionCalls(RpcClient rpc, TorrentDetails details) {
        this.rpc = rpc;
        this.details = details;
    }

    private JsonObject session(String operation, String... fields) {
        JsonObject args = new JsonObject();
        com.google.gson.JsonArray names = new com.google.gson.JsonArray();
        for (String f : fields) {
            names.add(f);
        }
        args.add("fields", names);
        return rpc.call(operation, "session-get", args);
    }

    SpeedLimits globalSpeedLimits() {
        JsonObject s = session("globalSpeedLimits", "speed-limit-down", "speed-limit-down-enabled", "speed-limit-up",
                "speed-limit-up-enabled");
        TolerantNumbers n = new TolerantNumbers(BACKEND);
        return new SpeedLimits(limit(n, s, "speed-limit-down"), limit(n, s, "speed-limit-up"));
    }

    private Optional<DataRate> limit(TolerantNumbers n, JsonObject s, String legacy) {
        if (!TorrentReader.bool(s, rpc.name(legacy + "-enabled"))) {
            return Optional.empty();
        }
        long kb = n.integer(s, rpc.name(legacy), 0, Long.MAX_VALUE / TorrentReader.SPEED_UNIT, 0);
        return Optional.of(DataRate.ofBytesPerSecond(kb * TorrentReader.SPEED_UNIT));
    }

    /** Transmission limits in whole kB/s (1,000 bytes); a limit is rounded up to at least 1 kB/s. */
    void setGlobalSpeedLimits(SpeedLimits limits) {
        JsonObject args = new JsonObject();
        put(args, "speed-limit-down", limits.download());
        put(args, "speed-limit-up", limits.upload());
        rpc.call("setGlobalSpeedLimits", "session-set", args);
    }

    private static void put(JsonObject args, String legacy, Optional<DataRate> limit) {
        args.addProperty(legacy + "-enabled", limit.isPresent());
        limit.ifPresent(r -> args.addProperty(legacy, kilobytes(r)));
    }

    static long kilobytes(DataRate r) {
        return Math.max(1, (r.bytesPerSecond() + TorrentReader.SPEED_UNIT - 1) / TorrentReader.SPEED_UNIT);
    }

    boolean alternativeSpeedMode() {
        return TorrentReader.bool(session("alternativeSpeedMode", "alt-speed-enabled"), rpc.name("alt-speed-enabled"));
    }

    void setAlternativeSpeedMode(boolean on) {
        JsonObject args = new JsonObject();
        args.addProperty("alt-speed-enabled", on);
        rpc.call("setAlternativeSpeedMode", "session-set", args);
    }

    /** {@code session-stats} for rates and this session's bytes; {@code free-space} on the download folder. */
    TransferInfo transferInfo() {
        JsonObject stats = rpc.call("transferInfo", "session-stats", new JsonObject());
        TolerantNumbers n = new TolerantNumbers(BACKEND);
        JsonElement current = stats.get(rpc.name("current-stats"));
        JsonObject now = current != null && current.isJsonObject() ? current.getAsJsonObject() : new JsonObject();
        String dir = TorrentReader.text(session("transferInfo", "download-dir"), rpc.name("download-dir"));
        OptionalLong free = OptionalLong.empty();
        if (!dir.isEmpty()) {
            JsonObject args = new JsonObject();
            args.addProperty("path", dir);
            long bytes = n.integer(rpc.call("transferInfo", "free-space", args), rpc.name("size-bytes"), -1,
                    Long.MAX_VALUE, -1);
            free = bytes < 0 ? OptionalLong.empty() : OptionalLong.of(bytes);
        }
        return new TransferInfo(
                DataRate.ofBytesPerSecond(Math.max(0, n.integer(stats, rpc.name("downloadSpeed"), Long.MIN_VALUE,
                        Long.MAX_VALUE, 0))),
                DataRate.ofBytesPerSecond(Math.max(0, n.integer(stats, rpc.name("uploadSpeed"), Long.MIN_VALUE,
                        Long.MAX_VALUE, 0))),
                n.integer(now, rpc.name("downloadedBytes"), 0, Long.MAX_VALUE, 0),
                n.integer(now, rpc.name("uploadedBytes"), 0, Long.MAX_VALUE, 0),
                ConnectionStatus.UNKNOWN, OptionalInt.empty(), free);
    }

    List<Peer> peers(Torrent t) {
        JsonObject o = details.get("peers", t, "peers");
        JsonElement list = o.get(rpc.name("peers"));
        List<Peer> out = new ArrayList<>();
        if (list == null || !list.isJsonArray()) {
            return out;
        }
        for (JsonElement e : list.getAsJsonArray()) {
            JsonObject p = e.getAsJsonObject();
            TolerantNumbers n = new TolerantNumbers(BACKEND);
            boolean utp = TorrentReader.bool(p, rpc.name("isUTP"));
            out.add(Peer.builder(TorrentReader.text(p, rpc.name("address")),
                            (int) n.integer(p, rpc.name("port"), 0, 65535, 0))
                    .client(TorrentReader.text(p, rpc.name("clientName")))
                    .progress(n.real(p, rpc.name("progress"), 0, 1, 0))
                    .downloadRate(DataRate.ofBytesPerSecond(Math.max(0, n.integer(p, rpc.name("rateToClient"),
                            Long.MIN_VALUE, Long.MAX_VALUE, 0))))
                    .uploadRate(DataRate.ofBytesPerSecond(Math.max(0, n.integer(p, rpc.name("rateToPeer"),
                            Long.MIN_VALUE, Long.MAX_VALUE, 0))))
                    .connection(utp ? "uTP" : "TCP")
                    .flags(TorrentReader.text(p, rpc.name("flagStr")))
                    .build());
        }
        return out;
    }

    /** Every field as Transmission sent it, as JSON text, but the tracker statistics. */
    private Map<String, String> raw(JsonObject o) {
        Map<String, String> out = new java.util.TreeMap<>();
        o.entrySet().forEach(e -> {
            if (!e.getKey().equals(rpc.name("trackerStats"))) {
                out.put(e.getKey(), e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : e.getValue().toString());
            }
        });
        return out;
    }

    TorrentProperties properties(Torrent t) {
        JsonObject o = details.get("properties", t, "downloadDir", "dateCreated", "comment", "creator", "pieceSize",
                "pieceCount", "haveValid", "downloadedEver", "uploadedEver", "corruptEver", "secondsDownloading",
                "secondsSeeding", "peersConnected", "peersSendingToUs", "peersGettingFromUs", "uploadRatio",
                "addedDate", "doneDate", "isPrivate", "trackerStats");
        TolerantNumbers n = new TolerantNumbers(BACKEND);
        long pieceSize = n.integer(o, rpc.name("pieceSize"), 0, Long.MAX_VALUE, 0);
        long have = n.integer(o, rpc.name("haveValid"), 0, Long.MAX_VALUE, 0);
        long downloading = n.integer(o, rpc.name("secondsDownloading"), 0, Long.MAX_VALUE / 2, 0);
        long seeding = n.integer(o, rpc.name("secondsSeeding"), 0, Long.MAX_VALUE / 2, 0);
        long down = n.integer(o, rpc.name("downloadedEver"), 0, Long.MAX_VALUE, 0);
        long up = n.integer(o, rpc.name("uploadedEver"), 0, Long.MAX_VALUE, 0);
        int seedsInSwarm = -1;
        int peersInSwarm = -1;
        JsonElement trackers = o.get(rpc.name("trackerStats"));
        if (trackers != null && trackers.isJsonArray()) {
            for (JsonElement e : trackers.getAsJsonArray()) {
                JsonObject s = e.getAsJsonObject();
                seedsInSwarm = Math.max(seedsInSwarm, (int) n.integer(s, rpc.name("seederCount"), -1,
                        Integer.MAX_VALUE, -1));
                peersInSwarm = Math.max(peersInSwarm, (int) n.integer(s, rpc.name("leecherCount"), -1,
                        Integer.MAX_VALUE, -1));
            }
        }
        return TorrentProperties.builder()
                .savePath(TorrentReader.text(o, rpc.name("downloadDir")))
                .creationDate(Values.epochSeconds(n.integer(o, rpc.name("dateCreated"), Long.MIN_VALUE, Long.MAX_VALUE,
                        0)))
                .comment(TorrentReader.text(o, rpc.name("comment")))
                .createdBy(TorrentReader.text(o, rpc.name("creator")))
                .pieceSizeBytes(pieceSize)
                .piecesHave(pieceSize == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, have / pieceSize))
                .piecesTotal((int) n.integer(o, rpc.name("pieceCount"), 0, Integer.MAX_VALUE, 0))
                .totalDownloadedBytes(down)
                .totalUploadedBytes(up)
                .totalWastedBytes(n.integer(o, rpc.name("corruptEver"), 0, Long.MAX_VALUE, 0))
                .timeActive(Duration.ofSeconds(downloading + seeding))
                .seedingTime(Duration.ofSeconds(seeding))
                .connections((int) n.integer(o, rpc.name("peersConnected"), 0, Integer.MAX_VALUE, 0))
                .seedsConnected(0)
                .peersConnected((int) n.integer(o, rpc.name("peersConnected"), 0, Integer.MAX_VALUE, 0))
                .seedsInSwarm(seedsInSwarm < 0 ? OptionalInt.empty() : OptionalInt.of(seedsInSwarm))
                .peersInSwarm(peersInSwarm < 0 ? OptionalInt.empty() : OptionalInt.of(peersInSwarm))
                .shareRatio(Math.max(0, n.real(o, rpc.name("uploadRatio"), -2, Double.MAX_VALUE, 0)))
                .averageDownloadRate(DataRate.ofBytesPerSecond(downloading == 0 ? 0 : down / downloading))
                .averageUploadRate(DataRate.ofBytesPerSecond(downloading + seeding == 0 ? 0
                        : up / (downloading + seeding)))
                .addedOn(Values.epochSeconds(n.integer(o, rpc.name("addedDate"), Long.MIN_VALUE, Long.MAX_VALUE, 0)))
                .completedOn(Values.epochSeconds(n.integer(o, rpc.name("doneDate"), Long.MIN_VALUE, Long.MAX_VALUE,
                        0)))
                .lastSeenComplete(Optional.empty())
                .isPrivate(Optional.of(TorrentReader.bool(o, rpc.name("isPrivate"))))
                .raw(raw(o))
                .build();
    }
}
