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
            return new TorrentProperties(
                    string(o, "save_path"),
                    TorrentListReader.epoch(number(o, "creation_date")),
                    string(o, "comment"),
                    string(o, "created_by"),
                    Math.max(0, number(o, "piece_size")),
                    (int) Math.max(0, number(o, "pieces_have")),
                    (int) Math.max(0, number(o, "pieces_num")),
                    Math.max(0, number(o, "total_downloaded")),
                    Math.max(0, number(o, "total_uploaded")),
                    Math.max(0, number(o, "total_wasted")),
                    Duration.ofSeconds(Math.max(0, number(o, "time_elapsed"))),
                    Duration.ofSeconds(Math.max(0, number(o, "seeding_time"))),
                    (int) Math.max(0, number(o, "nb_connections")),
                    (int) Math.max(0, number(o, "seeds")),
                    (int) Math.max(0, number(o, "peers")),
                    count(number(o, "seeds_total")),
                    count(number(o, "peers_total")),
                    o.has("share_ratio") ? Math.max(0, o.get("share_ratio").getAsDouble()) : 0,
                    DataRate.ofBytesPerSecond(Math.max(0, number(o, "dl_speed_avg"))),
                    DataRate.ofBytesPerSecond(Math.max(0, number(o, "up_speed_avg"))),
                    TorrentListReader.epoch(number(o, "addition_date")),
                    TorrentListReader.epoch(number(o, "completion_date")),
                    TorrentListReader.epoch(number(o, "last_seen")),
                    isPrivate,
                    raw);
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
                    out.add(new Peer(string(p, "ip"), (int) number(p, "port"), string(p, "client"),
                            p.has("progress") ? p.get("progress").getAsDouble() : 0,
                            DataRate.ofBytesPerSecond(Math.max(0, number(p, "dl_speed"))),
                            DataRate.ofBytesPerSecond(Math.max(0, number(p, "up_speed"))),
                            Math.max(0, number(p, "downloaded")), Math.max(0, number(p, "uploaded")),
                            string(p, "connection"), string(p, "flags")));
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
    private static long number(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull() ? -1 : e.getAsLong();
    }

    private static Optional<Boolean> bool(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull() ? Optional.empty() : Optional.of(e.getAsBoolean());
    }

    private static OptionalInt count(long n) {
        return n < 0 || n > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) n);
    }
}
