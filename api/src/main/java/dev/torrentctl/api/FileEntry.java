package dev.torrentctl.api;

import java.util.Objects;

/**
 * One file of a torrent, as the client reports it.
 *
 * @param index the file's index in the torrent, which file operations take
 * @param path the path inside the torrent, with {@code /} separators, as currently named (renames show here)
 * @param sizeBytes the file's size
 * @param progress the fraction downloaded, from 0.0 to 1.0
 * @param priority how eagerly it is downloaded
 * @since 0.2
 */
public record FileEntry(int index, String path, long sizeBytes, double progress, FilePriority priority) {
    /** Checks the values. */
    public FileEntry {
        if (index < 0) {
            throw new IllegalArgumentException("index < 0: " + index);
        }
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(priority, "priority");
    }

    /** @return true when the client does not download it */
    public boolean isSkipped() {
        return priority == FilePriority.SKIP;
    }
}
