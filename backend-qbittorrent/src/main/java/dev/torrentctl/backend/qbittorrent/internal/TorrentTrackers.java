package dev.torrentctl.backend.qbittorrent.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.Tracker;
import dev.torrentctl.api.TrackerStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A torrent's trackers and web seeds. qBittorrent answers 200 to removing URLs a torrent does not
 * have, so removals compare the lists before and after.
 */
final class TorrentTrackers {
    private static final TrackerStatus[] STATUSES = {TrackerStatus.DISABLED, TrackerStatus.NOT_CONTACTED,
        TrackerStatus.WORKING, TrackerStatus.UPDATING, TrackerStatus.NOT_WORKING, TrackerStatus.ERROR,
        TrackerStatus.UNREACHABLE};

    private final Calls calls;

    TorrentTrackers(Calls calls) {
        this.calls = calls;
    }

    List<Tracker> trackers(TorrentRef ref) {
        return trackers("trackers", calls.resolve("trackers", ref), ref);
    }

    private List<Tracker> trackers(String operation, Torrent t, TorrentRef ref) {
        return calls.getJson(operation, "torrents/trackers", ref, Map.of("hash", t.id()), TorrentTrackers::readTrackers);
    }

    private static List<Tracker> readTrackers(JsonElement json) {
        List<Tracker> out = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray()) {
            JsonObject o = e.getAsJsonObject();
            int tier = o.has("tier") && o.get("tier").isJsonPrimitive() && o.get("tier").getAsJsonPrimitive().isNumber()
                    ? o.get("tier").getAsInt() : -1;
            String url = o.get("url").getAsString();
            if (tier < 0 && url.startsWith("** [")) {
                continue; // DHT, PeX and LSD rows
            }
            int status = o.get("status").getAsInt();
            out.add(Tracker.builder(url).tier(Math.max(0, tier))
                    .status(status >= 0 && status < STATUSES.length ? STATUSES[status] : TrackerStatus.UNKNOWN)
                    .message(o.has("msg") ? o.get("msg").getAsString() : "")
                    .peers(count(o, "num_peers")).seeds(count(o, "num_seeds")).leechers(count(o, "num_leeches"))
                    .downloaded(count(o, "num_downloaded")).build());
        }
        out.sort(Comparator.comparingInt(Tracker::tier));
        return List.copyOf(out);
    }

    private static OptionalInt count(JsonObject o, String field) {
        if (!o.has(field) || o.get(field).isJsonNull()) {
            return OptionalInt.empty();
        }
        int n = o.get(field).getAsInt();
        return n < 0 ? OptionalInt.empty() : OptionalInt.of(n);
    }

    void addTrackers(TorrentRef ref, List<String> urls) {
        List<String> checked = urls("addTrackers", urls);
        if (checked.isEmpty()) {
            return;
        }
        Torrent t = calls.resolve("addTrackers", ref);
        calls.postOk("addTrackers", "torrents/addTrackers", Map.of("hash", t.id(), "urls", String.join("\n", checked)));
    }

    void editTracker(TorrentRef ref, String from, String to) {
        Objects.requireNonNull(from, "from");
        url("editTracker", "to", to);
        Torrent t = calls.resolve("editTracker", ref);
        String fromParameter = calls.webApi.atLeast(WebApiVersion.EDIT_TRACKER_URL) ? "url" : "origUrl";
        if (calls.webApi.atLeast(WebApiVersion.EDIT_TRACKER_URL)
                && trackers("editTracker", t, ref).stream().noneMatch(tr -> tr.url().equals(from))) {
            // 5.2+ answers 204 whether or not the torrent had the URL
            throw new InvalidInputException(Calls.BACKEND, "editTracker", "parameter 'from': " + ref
                    + " has no tracker '" + from + "'", null);
        }
        Calls.expectOkOr409("editTracker", calls.session.post("editTracker", "torrents/editTracker",
                Map.of("hash", t.id(), fromParameter, from, "newUrl", to)),
                "cannot replace tracker '" + from + "' with '" + to + "' in " + ref
                        + " (it has no such tracker, or has the new one already)");
    }

    Set<String> removeTrackers(TorrentRef ref, Set<String> urls) {
        Objects.requireNonNull(urls, "urls");
        Torrent t = calls.resolve("removeTrackers", ref);
        Set<String> before = new LinkedHashSet<>();
        trackers("removeTrackers", t, ref).forEach(tr -> before.add(tr.url()));
        Set<String> present = new LinkedHashSet<>(urls);
        present.retainAll(before);
        if (!present.isEmpty()) {
            Calls.expectOkOr409("removeTrackers", calls.session.post("removeTrackers", "torrents/removeTrackers",
                    Map.of("hash", t.id(), "urls", String.join("|", present))), "cannot remove trackers " + present);
        }
        return Set.copyOf(present);
    }

    List<String> webSeeds(TorrentRef ref) {
        return webSeeds("webSeeds", calls.resolve("webSeeds", ref), ref);
    }

    private List<String> webSeeds(String operation, Torrent t, TorrentRef ref) {
        return calls.getJson(operation, "torrents/webseeds", ref, Map.of("hash", t.id()), json -> {
            List<String> out = new ArrayList<>();
            json.getAsJsonArray().forEach(e -> out.add(e.getAsJsonObject().get("url").getAsString()));
            return List.copyOf(out);
        });
    }

    void addWebSeeds(TorrentRef ref, List<String> urls) {
        List<String> checked = urls("addWebSeeds", urls);
        if (checked.isEmpty()) {
            return;
        }
        Torrent t = calls.resolve("addWebSeeds", ref);
        Calls.expectOkOr409("addWebSeeds", calls.session.post("addWebSeeds", "torrents/addWebSeeds",
                Map.of("hash", t.id(), "urls", String.join("|", checked))), "cannot add web seeds " + checked);
    }

    void editWebSeed(TorrentRef ref, String from, String to) {
        Objects.requireNonNull(from, "from");
        url("editWebSeed", "to", to);
        Torrent t = calls.resolve("editWebSeed", ref);
        Calls.expectOkOr409("editWebSeed", calls.session.post("editWebSeed", "torrents/editWebSeed",
                Map.of("hash", t.id(), "origUrl", from, "newUrl", to)),
                "cannot replace web seed '" + from + "' with '" + to + "' in " + ref);
    }

    Set<String> removeWebSeeds(TorrentRef ref, Set<String> urls) {
        Objects.requireNonNull(urls, "urls");
        Torrent t = calls.resolve("removeWebSeeds", ref);
        Set<String> present = new LinkedHashSet<>(urls);
        present.retainAll(webSeeds("removeWebSeeds", t, ref));
        if (!present.isEmpty()) {
            Calls.expectOkOr409("removeWebSeeds", calls.session.post("removeWebSeeds", "torrents/removeWebSeeds",
                    Map.of("hash", t.id(), "urls", String.join("|", present))), "cannot remove web seeds " + present);
        }
        return Set.copyOf(present);
    }

    private static List<String> urls(String operation, List<String> urls) {
        Objects.requireNonNull(urls, "urls");
        List<String> out = new ArrayList<>();
        for (String u : urls) {
            out.add(url(operation, "urls", u));
        }
        return out;
    }

    /** qBittorrent splits lists on '|' and newlines and ignores what is not a URL: refuse those up front. */
    private static String url(String operation, String parameter, String url) {
        Objects.requireNonNull(url, parameter);
        try {
            URI uri = new URI(url);
            if (uri.isAbsolute() && uri.getHost() != null && url.indexOf('|') < 0 && url.indexOf('\n') < 0) {
                return url;
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException(Calls.BACKEND, operation, "parameter '" + parameter + "': '" + url
                    + "' is not a URL (" + e.getReason() + " at index " + e.getIndex() + ")", e);
        }
        throw new InvalidInputException(Calls.BACKEND, operation, "parameter '" + parameter + "': '" + url
                + "' is not an absolute URL with a host", null);
    }
}
