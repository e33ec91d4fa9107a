package dev.torrentctl.backend.transmission.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torrentctl.api.FileEntry;
import dev.torrentctl.api.FilePriority;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.Tracker;
import dev.torrentctl.api.TrackerStatus;
import dev.torrentctl.backend.support.json.TolerantNumbers;
import dev.torrentctl.backend.transmission.TransmissionProvider;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One torrent's files and trackers: {@code torrent-get} of {@code files}, {@code fileStats},
 * {@code trackerStats} and {@code webseeds}; {@code torrent-set} of wanted files and priorities;
 * {@code torrent-rename-path}; and the tracker edits, which changed in 4.0: 3.00 edits by tracker id
 * ({@code trackerAdd}, {@code trackerReplace}, {@code trackerRemove}), 4.0 and later replace the
 * whole list ({@code trackerList}: one URL per line, a blank line between tiers).
 */
final class TorrentDetails {
    private static final String BACKEND = TransmissionProvider.NAME;

    private final RpcClient rpc;
    private final boolean trackerList;

    TorrentDetails(RpcClient rpc, int rpcVersion) {
        this.rpc = rpc;
        this.trackerList = rpcVersion >= TransmissionApi.RPC_4_0;
    }

    /** @return the torrent's own fields, as the dialect names them */
    JsonObject get(String operation, Torrent t, String... fields) {
        JsonObject args = new JsonObject();
        JsonArray ids = new JsonArray();
        ids.add(t.id());
        args.add("ids", ids);
        JsonArray names = new JsonArray();
        for (String f : fields) {
            names.add(f);
        }
        args.add("fields", names);
        List<JsonObject> found = new ArrayList<>();
        rpc.stream(operation, "torrent-get", args, found::add);
        if (found.isEmpty()) {
            throw new dev.torrentctl.api.TorrentNotFoundException(BACKEND, operation, t.ref());
        }
        return found.get(0);
    }

    private JsonArray array(JsonObject o, String legacy) {
        JsonElement e = o.get(rpc.name(legacy));
        return e != null && e.isJsonArray() ? e.getAsJsonArray() : new JsonArray();
    }

    // ---- files

    /** Paths as Transmission gives them: a multi-file torrent's begin with its folder. */
    List<FileEntry> files(String operation, Torrent t) {
        JsonObject o = get(operation, t, "files", "fileStats", "name");
        JsonArray files = array(o, "files");
        JsonArray stats = array(o, "fileStats");
        List<FileEntry> out = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            JsonObject f = files.get(i).getAsJsonObject();
            JsonObject s = i < stats.size() ? stats.get(i).getAsJsonObject() : new JsonObject();
            TolerantNumbers n = new TolerantNumbers(BACKEND);
            long size = n.integer(f, rpc.name("length"), 0, Long.MAX_VALUE, 0);
            long done = n.integer(f, rpc.name("bytesCompleted"), 0, Long.MAX_VALUE, 0);
            boolean wanted = TorrentReader.bool(s, rpc.name("wanted")) || !s.has(rpc.name("wanted"));
            int priority = (int) n.integer(s, rpc.name("priority"), -1, 1, 0);
            out.add(new FileEntry(i, TorrentReader.text(f, rpc.name("name")), size,
                    size == 0 ? 1.0 : Math.min(1.0, (double) done / size),
                    !wanted ? FilePriority.SKIP : priority > 0 ? FilePriority.HIGH
                            : priority < 0 ? FilePriority.LOW : FilePriority.NORMAL));
        }
        return out;
    }

    void setFilePriority(String operation, Torrent t, Set<Integer> indexes, FilePriority priority) {
        int count = array(get(operation, t, "files"), "files").size();
        if (count == 0) {
            throw new InvalidInputException(BACKEND, operation, "the torrent's files are not known yet (its metadata"
                    + " is still being fetched)", null);
        }
        for (int i : indexes) {
            if (i < 0 || i >= count) {
                throw new InvalidInputException(BACKEND, operation, "parameter 'indexes' holds " + i + ", but the"
                        + " torrent has " + count + " files", null);
            }
        }
        if (indexes.isEmpty()) {
            return; // an empty index list would mean every file
        }
        JsonObject args = ids(t);
        JsonArray which = new JsonArray();
        indexes.forEach(which::add);
        prioritize(args, priority, which);
        rpc.call(operation, "torrent-set", args);
    }

    /**
     * Adds the arguments of {@code torrent-set} or {@code torrent-add} that give these files this
     * priority: Transmission's "wanted" flag and its three levels (-1 low, 0 normal, 1 high).
     */
    static void prioritize(JsonObject args, FilePriority priority, JsonArray which) {
        switch (priority) {
            case SKIP -> args.add("files-unwanted", which);
            case LOW -> {
                args.add("files-wanted", which);
                args.add("priority-low", which.deepCopy());
            }
            case NORMAL -> {
                args.add("files-wanted", which);
                args.add("priority-normal", which.deepCopy());
            }
            case HIGH -> {
                args.add("files-wanted", which);
                args.add("priority-high", which.deepCopy());
            }
            case MAXIMUM -> throw new dev.torrentctl.api.UnsupportedCapabilityException(BACKEND, "setFilePriority",
                    dev.torrentctl.api.Capability.FILE_PRIORITY_MAXIMUM, "Transmission's priorities are low, normal"
                            + " and high");
        }
    }

    /**
     * {@code torrent-rename-path} renames the last component of a path in place; moving a file to
     * another folder is not something Transmission does.
     */
    void renamePath(String operation, Torrent t, String from, String to, boolean folder) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        String fromParent = parent(from);
        String toParent = parent(to);
        String newName = to.substring(toParent.isEmpty() ? 0 : toParent.length() + 1);
        if (!fromParent.equals(toParent) || newName.isEmpty() || newName.equals(".") || newName.equals("..")) {
            throw new InvalidInputException(BACKEND, operation, "Transmission renames a " + (folder ? "folder" : "file")
                    + " in place: '" + to + "' must be in the same folder as '" + from + "', with a new name", null);
        }
        List<FileEntry> files = files(operation, t);
        boolean exists = folder ? files.stream().anyMatch(f -> f.path().startsWith(from + "/"))
                : files.stream().anyMatch(f -> f.path().equals(from));
        if (!exists) {
            throw new InvalidInputException(BACKEND, operation, "the torrent has no " + (folder ? "folder" : "file")
                    + " '" + from + "'", null);
        }
        boolean taken = files.stream().anyMatch(f -> f.path().equals(to) || f.path().startsWith(to + "/"));
        if (taken) {
            throw new InvalidInputException(BACKEND, operation, "'" + to + "' is already in the torrent", null);
        }
        JsonObject args = ids(t);
        args.addProperty("path", from);
        args.addProperty("name", newName);
        rpc.call(operation, "torrent-rename-path", args, result -> new InvalidInputException(BACKEND, operation,
                "Transmission did not rename '" + from + "': " + result, null));
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    // ---- trackers

    /** A tracker as Transmission reports it, with the id 3.00's edits need. */
    private record Announce(int id, int tier, String url) {}

    List<Tracker> trackers(String operation, Torrent t) {
        JsonObject o = get(operation, t, "trackerStats");
        List<Tracker> out = new ArrayList<>();
        for (JsonElement e : array(o, "trackerStats")) {
            JsonObject s = e.getAsJsonObject();
            TolerantNumbers n = new TolerantNumbers(BACKEND);
            boolean announced = TorrentReader.bool(s, rpc.name("hasAnnounced"));
            boolean succeeded = TorrentReader.bool(s, rpc.name("lastAnnounceSucceeded"));
            int state = (int) n.integer(s, rpc.name("announceState"), 0, 3, 0);
            TrackerStatus status = state == 3 ? TrackerStatus.UPDATING : !announced ? TrackerStatus.NOT_CONTACTED
                    : succeeded ? TrackerStatus.WORKING : TrackerStatus.NOT_WORKING;
            out.add(Tracker.builder(TorrentReader.text(s, rpc.name("announce")))
                    .tier((int) n.integer(s, rpc.name("tier"), 0, Integer.MAX_VALUE, 0))
                    .status(status)
                    .message(announced && !succeeded ? TorrentReader.text(s, rpc.name("lastAnnounceResult")) : "")
                    .seeds(count(n, s, "seederCount"))
                    .leechers(count(n, s, "leecherCount"))
                    .downloaded(count(n, s, "downloadCount"))
                    .build());
        }
        return out;
    }

    /** Transmission says -1 for a count it does not know. */
    private OptionalInt count(TolerantNumbers n, JsonObject s, String legacy) {
        long v = n.integer(s, rpc.name(legacy), -1, Integer.MAX_VALUE, -1);
        return v < 0 ? OptionalInt.empty() : OptionalInt.of((int) v);
    }

    private List<Announce> announces(String operation, Torrent t) {
        JsonObject o = get(operation, t, "trackers");
        List<Announce> out = new ArrayList<>();
        for (JsonElement e : array(o, "trackers")) {
            JsonObject a = e.getAsJsonObject();
            TolerantNumbers n = new TolerantNumbers(BACKEND);
            out.add(new Announce((int) n.integer(a, rpc.name("id"), 0, Integer.MAX_VALUE, 0),
                    (int) n.integer(a, rpc.name("tier"), 0, Integer.MAX_VALUE, 0), TorrentReader.text(a,
                            rpc.name("announce"))));
        }
        return out;
    }

    void addTrackers(String operation, Torrent t, List<String> urls) {
        List<String> checked = urls.stream().map(u -> checkUrl(operation, "urls", u)).toList();
        List<Announce> now = announces(operation, t);
        List<String> fresh = new ArrayList<>(new LinkedHashSet<>(checked));
        fresh.removeIf(u -> now.stream().anyMatch(a -> a.url().equals(u)));
        if (fresh.isEmpty()) {
            return;
        }
        if (trackerList) {
            List<Announce> next = new ArrayList<>(now);
            int tier = now.stream().mapToInt(Announce::tier).max().orElse(-1);
            for (String u : fresh) {
                next.add(new Announce(0, ++tier, u)); // each in a tier of its own, after the others
            }
            setTrackerList(operation, t, next);
        } else {
            JsonObject args = ids(t);
            JsonArray add = new JsonArray();
            fresh.forEach(add::add);
            args.add("trackerAdd", add);
            rpc.call(operation, "torrent-set", args);
        }
    }

    void editTracker(String operation, Torrent t, String from, String to) {
        String target = checkUrl(operation, "to", to);
        List<Announce> now = announces(operation, t);
        Announce old = now.stream().filter(a -> a.url().equals(from)).findFirst().orElseThrow(() ->
                new InvalidInputException(BACKEND, operation, "the torrent has no tracker '" + from + "'", null));
        if (now.stream().anyMatch(a -> a.url().equals(target))) {
            throw new InvalidInputException(BACKEND, operation, "the torrent already has the tracker '" + target + "'",
                    null);
        }
        if (trackerList) {
            List<Announce> next = new ArrayList<>();
            now.forEach(a -> next.add(a == old ? new Announce(a.id(), a.tier(), target) : a));
            setTrackerList(operation, t, next);
        } else {
            JsonObject args = ids(t);
            JsonArray replace = new JsonArray();
            replace.add(old.id());
            replace.add(target);
            args.add("trackerReplace", replace);
            rpc.call(operation, "torrent-set", args);
        }
    }

    Set<String> removeTrackers(String operation, Torrent t, Set<String> urls) {
        List<Announce> now = announces(operation, t);
        Set<String> removed = new LinkedHashSet<>();
        now.stream().filter(a -> urls.contains(a.url())).forEach(a -> removed.add(a.url()));
        if (removed.isEmpty()) {
            return removed;
        }
        if (trackerList) {
            setTrackerList(operation, t, now.stream().filter(a -> !removed.contains(a.url())).toList());
        } else {
            JsonObject args = ids(t);
            JsonArray remove = new JsonArray();
            now.stream().filter(a -> removed.contains(a.url())).forEach(a -> remove.add(a.id()));
            args.add("trackerRemove", remove);
            rpc.call(operation, "torrent-set", args);
        }
        return removed;
    }

    private void setTrackerList(String operation, Torrent t, List<Announce> announces) {
        StringBuilder list = new StringBuilder();
        int tier = Integer.MIN_VALUE;
        for (Announce a : announces.stream().sorted(java.util.Comparator.comparingInt(Announce::tier)).toList()) {
            if (tier != Integer.MIN_VALUE && a.tier() != tier) {
                list.append('\n'); // a blank line between tiers
            }
            list.append(a.url()).append('\n');
            tier = a.tier();
        }
        JsonObject args = ids(t);
        args.addProperty("trackerList", list.toString());
        rpc.call(operation, "torrent-set", args);
    }

    private static String checkUrl(String operation, String parameter, String url) {
        Objects.requireNonNull(url, parameter);
        try {
            URI u = new URI(url.strip());
            if (!u.isAbsolute() || u.getHost() == null) {
                throw new InvalidInputException(BACKEND, operation, "parameter '" + parameter + "' must be an absolute"
                        + " tracker URL, got '" + url + "'", null);
            }
            return u.toString();
        } catch (java.net.URISyntaxException e) {
            throw new InvalidInputException(BACKEND, operation, "parameter '" + parameter + "' must be an absolute"
                    + " tracker URL, got '" + url + "'", e);
        }
    }

    List<String> webSeeds(String operation, Torrent t) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : array(get(operation, t, "webseeds"), "webseeds")) {
            out.add(e.getAsString());
        }
        return out;
    }

    private static JsonObject ids(Torrent t) {
        JsonObject args = new JsonObject();
        JsonArray ids = new JsonArray();
        ids.add(t.id());
        args.add("ids", ids);
        return args;
    }
}
