package dev.torrentctl.hashes;

import java.util.List;
import java.util.Objects;

/**
 * One file of a torrent.
 *
 * @param path path components below the torrent's root folder (for a single-file torrent: its name)
 * @param lengthBytes size in bytes
 * @param padding true for a BEP 47 pad file, which only aligns the next file to a piece boundary
 * @since 0.1
 */
public record TorrentFile(List<String> path, long lengthBytes, boolean padding) {
    /** @throws IllegalArgumentException if the path is empty or the length negative */
    public TorrentFile {
        path = List.copyOf(Objects.requireNonNull(path, "path"));
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a file path has at least one component");
        }
        if (lengthBytes < 0) {
            throw new IllegalArgumentException("file length is negative: " + lengthBytes);
        }
    }

    /** @return the path joined with {@code /} */
    public String joinedPath() {
        return String.join("/", path);
    }
}
