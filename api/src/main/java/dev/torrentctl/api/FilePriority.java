package dev.torrentctl.api;

/**
 * How eagerly a client downloads one file of a torrent.
 *
 * <p>Every client with {@link Capability#FILE_PRIORITIES} has {@link #SKIP}, {@link #NORMAL} and
 * {@link #HIGH}; {@link #LOW} needs {@link Capability#FILE_PRIORITY_LOW} (Transmission, Deluge) and
 * {@link #MAXIMUM} {@link Capability#FILE_PRIORITY_MAXIMUM} (qBittorrent). qBittorrent maps these to
 * its priorities 0, 1, 6 and 7; any other value it reports (libtorrent has eight levels) is read as
 * the nearest of these. Transmission's are "not wanted", low, normal and high.
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
    MAXIMUM,
    /**
     * After normal files.
     *
     * @since 0.2
     */
    LOW
}
