package dev.torrentctl.backend.qbittorrent.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torrentctl.api.DataRate;
import dev.torrentctl.api.Peer;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentProperties;
import dev.torrentctl.api.TorrentRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/** What qBittorrent tells of one torrent beyond its list entry: {@code torrents/properties} and its peers. */
final class TorrentDetails {
    private final Calls calls;

    TorrentDetails(Calls calls) {
        this.calls = calls;
    }

    TorrentProperties properties(TorrentRef ref) {
        Torrent t = calls.resolve("properties", ref);
        return calls.getJson("properties", "torrents/properties", ref, Map.of("hash", t.id()), json -> {
            JsonObject o = json.getAsJsonObject();
            Map<String, String> raw = new TreeMap<>();
            o.entrySet().forEach(e -> raw.put(e.getKey(), e.getValue().toString()));
            Optional<Boolean> isPrivate = bool(o, "private").or(() -> bool(o, "is_private"));
            return TorrentProperties.builder()
                    .savePath(string(o, "save_path"))
                    .creationDate(TorrentListReader.epoch(number(o, "creation_date")))
                    .comment(string(o, "comment"))
                    .createdBy(string(o, "created_by"))
                    .pieceSizeBytes(Math.max(0, number(o, "piece_size")))
                    .piecesHave((int) Math.max(0, number(o, "pieces_have")))
                    .piecesTotal((int) Math.max(0, number(o, "pieces_num")))
                    .totalDownloadedBytes(Math.max(0, number(o, "total_downloaded")))
                    .totalUploadedBytes(Math.max(0, number(o, "total_uploaded")))
                    .totalWastedBytes(Math.max(0, number(o, "total_wasted")))
                    .timeActive(Duration.ofSeconds(Math.max(0, number(o, "time_elapsed"))))
                    .seedingTime(Duration.ofSeconds(Math.max(0, number(o, "seeding_time"))))
                    .connections((int) Math.max(0, number(o, "nb_connections")))
                    .seedsConnected((int) Math.max(0, number(o, "seeds")))
                    .peersConnected((int) Math.max(0, number(o, "peers")))
                    .seedsInSwarm(count(number(o, "seeds_total")))
                    .peersInSwarm(count(number(o, "peers_total")))
                    .shareRatio(o.has("share_ratio") ? Math.max(0, o.get("share_ratio").getAsDouble()) : 0)
                    .averageDownloadRate(DataRate.ofBytesPerSecond(Math.max(0, number(o, "dl_speed_avg"))))
                    .averageUploadRate(DataRate.ofBytesPerSecond(Math.max(0, number(o, "up_speed_avg"))))
                    .addedOn(TorrentListReader.epoch(number(o, "addition_date")))
                    .completedOn(TorrentListReader.epoch(number(o, "completion_date")))
                    .lastSeenComplete(TorrentListReader.epoch(number(o, "last_seen")))
                    .isPrivate(isPrivate)
                    .raw(raw)
                    .build();
        });
    }

    List<Peer> peers(TorrentRef ref) {
        Torrent t = calls.resolve("peers", ref);
        return calls.getJson("peers", "sync/torrentPeers", ref, Map.of("hash", t.id(), "rid", "0"), json -> {
            JsonObject peers = json.getAsJsonObject().getAsJsonObject("peers");
            List<Peer> out = new ArrayList<>();
            if (peers != null) {
                for (Map.Entry<String, JsonElement> e : peers.entrySet()) {
                    JsonObject p = e.getValue().getAsJsonObject();
                    out.add(Peer.builder(string(p, "ip"), (int) number(p, "port")).client(string(p, "client"))
                            .progress(p.has("progress") ? p.get("progress").getAsDouble() : 0)
                            .downloadRate(DataRate.ofBytesPerSecond(Math.max(0, number(p, "dl_speed"))))
                            .uploadRate(DataRate.ofBytesPerSecond(Math.max(0, number(p, "up_speed"))))
                            .downloadedBytes(Math.max(0, number(p, "downloaded")))
                            .uploadedBytes(Math.max(0, number(p, "uploaded")))
                            .connection(string(p, "connection")).flags(string(p, "flags")).build());
                }
            }
            out.sort(Comparator.comparing(Peer::address).thenComparingInt(Peer::port));
            return List.copyOf(out);
        });
    }

    private static String string(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }

    /** @return the number, or -1 (qBittorrent's "unknown") when absent or null */
    /** A number by the one policy (out of range or not a number: unknown, -1; the raw text stays in {@code raw()}). */
    private static long number(JsonObject o, String field) {
        return new dev.torrentctl.backend.support.json.TolerantNumbers(Calls.BACKEND).integer(o, field, Long.MIN_VALUE,
                Long.MAX_VALUE, -1);
    }

    private static Optional<Boolean> bool(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull() ? Optional.empty() : Optional.of(e.getAsBoolean());
    }

    private static OptionalInt count(long n) {
        return n < 0 || n > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) n);
    }
}
