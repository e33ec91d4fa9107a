package dev.torrentctl.hashes.crosscheck;

import com.google.gson.Gson;
import java.util.List;
import java.util.Objects;

/** What libtorrent reads from a .torrent, from the oracle's {@code inspect} JSON. */
final class LibtorrentView {
    /** For {@code load}: whether libtorrent accepts the file, and if not, why. */
    boolean ok = true;
    String error;
    String name;
    String v1;
    String v2;
    long piece_length;
    long num_pieces;
    @com.google.gson.annotations.SerializedName("private")
    boolean private_;
    List<FileEntry> files;
    List<String> url_seeds;
    List<String> http_seeds;
    List<String> trackers;

    static final class FileEntry {
        String path;
        long length;
        boolean pad;
        boolean symlink;
    }

    static LibtorrentView parse(String json) {
        return Objects.requireNonNull(new Gson().fromJson(json.strip(), LibtorrentView.class), json);
    }

    /** Non-pad files as {@code path=length}, the torrent's own folder left out of multi-file paths. */
    List<String> contentFiles() {
        return files.stream().filter(f -> !f.pad)
                .map(f -> (f.path.contains("/") ? f.path.substring(f.path.indexOf('/') + 1) : f.path) + "=" + f.length)
                .toList();
    }
}
