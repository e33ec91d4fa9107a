package dev.torrentctl.hashes;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One file of a torrent.
 *
 * @param path path components below the torrent's root folder (for a single-file torrent: its name)
 * @param lengthBytes size in bytes
 * @param attributes the BEP 47 attributes; {@link FileAttribute#PADDING} also for a file that BitComet
 *     named {@code _____padding_file_…} without an {@code attr}, which libtorrent takes for a pad file
 * @param symlinkTarget for a {@link FileAttribute#SYMLINK}, the target's path components below the
 *     torrent's root folder
 * @since 0.1
 */
public record TorrentFile(List<String> path, long lengthBytes, Set<FileAttribute> attributes,
        Optional<List<String>> symlinkTarget) {

    /** @throws IllegalArgumentException if the path is empty or the length negative */
    public TorrentFile {
        path = List.copyOf(Objects.requireNonNull(path, "path"));
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a file path has at least one component");
        }
        if (lengthBytes < 0) {
            throw new IllegalArgumentException("file length is negative: " + lengthBytes);
        }
        attributes = attributes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(attributes));
        symlinkTarget = symlinkTarget.map(List::copyOf);
    }

    /**
     * @param path path components
     * @param lengthBytes size in bytes
     * @return a plain file, without attributes
     */
    public static TorrentFile of(List<String> path, long lengthBytes) {
        return new TorrentFile(path, lengthBytes, Set.of(), Optional.empty());
    }

    /** @return true for a BEP 47 pad file, which only aligns the next file to a piece boundary */
    public boolean padding() {
        return attributes.contains(FileAttribute.PADDING);
    }

    /** @return the path joined with {@code /} */
    public String joinedPath() {
        return String.join("/", path);
    }
}
