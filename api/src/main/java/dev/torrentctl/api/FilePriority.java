package dev.torrentctl.api;

/**
 * How eagerly a client downloads one file of a torrent.
 *
 * <p>qBittorrent maps these to its priorities 0, 1, 6 and 7; any other value it reports (libtorrent
 * has eight levels) is read as the nearest of these.
 *
 * @since 0.2
 */
public enum FilePriority {
    /** Do not download. */
    SKIP,
    /** The default. */
    NORMAL,
    /** Before normal files. */
    HIGH,
    /** Before everything else. */
    MAXIMUM
}
