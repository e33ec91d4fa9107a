package dev.torrentctl.backend.qbittorrent.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torrentctl.api.FileEntry;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.FilePriority;
import dev.torrentctl.api.UnsupportedCapabilityException;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A torrent's files: {@code torrents/files}, {@code filePrio}, {@code renameFile}, {@code renameFolder}. */
final class TorrentFiles {
    private final Calls calls;

    TorrentFiles(Calls calls) {
        this.calls = calls;
    }

    List<FileEntry> files(TorrentRef ref) {
        Torrent t = calls.resolve("files", ref);
        return calls.getJson("files", "torrents/files", ref, Map.of("hash", t.id()), TorrentFiles::read);
    }

    private static List<FileEntry> read(JsonElement json) {
        List<FileEntry> out = new ArrayList<>();
        int position = 0;
        for (JsonElement e : json.getAsJsonArray()) {
            JsonObject f = e.getAsJsonObject();
            // 'index' since WebAPI 2.8.2; before that the position is the index
            int index = f.has("index") ? f.get("index").getAsInt() : position;
            out.add(new FileEntry(index, f.get("name").getAsString(), f.get("size").getAsLong(),
                    f.get("progress").getAsDouble(), priority(f.get("priority").getAsInt())));
            position++;
        }
        return List.copyOf(out);
    }

    /** qBittorrent's priorities are libtorrent's 0..7; the UI uses 0, 1, 6, 7 (4 is libtorrent's default). */
    static FilePriority priority(int value) {
        if (value <= 0) {
            return FilePriority.SKIP;
        }
        if (value <= 5) {
            return FilePriority.NORMAL;
        }
        return value == 6 ? FilePriority.HIGH : FilePriority.MAXIMUM;
    }

    static int priorityParameter(FilePriority priority) {
        return switch (priority) {
            case SKIP -> 0;
            case NORMAL -> 1;
            case HIGH -> 6;
            case MAXIMUM -> 7;
            case LOW -> throw new UnsupportedCapabilityException(Calls.BACKEND, "setFilePriority",
                    Capability.FILE_PRIORITY_LOW, "qBittorrent's file priorities are skip, normal, high and maximum");
        };
    }

    void setFilePriority(TorrentRef ref, Set<Integer> indexes, FilePriority priority) {
        Objects.requireNonNull(indexes, "indexes");
        Objects.requireNonNull(priority, "priority");
        if (indexes.isEmpty()) {
            return;
        }
        Set<Integer> sorted = new TreeSet<>(indexes);
        if (sorted.iterator().next() < 0) {
            throw new InvalidInputException(Calls.BACKEND, "setFilePriority", "parameter 'indexes': a file index cannot"
                    + " be negative: " + sorted.iterator().next(), null);
        }
        Torrent t = calls.resolve("setFilePriority", ref);
        String ids = sorted.stream().map(String::valueOf).collect(Collectors.joining("|"));
        Calls.expectOkOr409("setFilePriority", calls.session.post("setFilePriority", "torrents/filePrio",
                Map.of("hash", t.id(), "id", ids, "priority", Integer.toString(priorityParameter(priority)))),
                "parameter 'indexes' " + sorted + " of " + ref + " (a file index that does not exist, or the metadata"
                        + " is not known yet)");
    }

    void renameFile(TorrentRef ref, String from, String to) {
        rename("renameFile", "torrents/renameFile", ref, from, to);
    }

    void renameFolder(TorrentRef ref, String from, String to) {
        rename("renameFolder", "torrents/renameFolder", ref, from, to);
    }

    private void rename(String operation, String endpoint, TorrentRef ref, String from, String to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isBlank() || to.isBlank()) {
            throw new InvalidInputException(Calls.BACKEND, operation, "parameter '" + (from.isBlank() ? "from" : "to")
                    + "' is blank", null);
        }
        Torrent t = calls.resolve(operation, ref);
        Calls.expectOkOr409(operation, calls.session.post(operation, endpoint,
                Map.of("hash", t.id(), "oldPath", from, "newPath", to)),
                "cannot rename '" + from + "' to '" + to + "' in " + ref);
    }
}
