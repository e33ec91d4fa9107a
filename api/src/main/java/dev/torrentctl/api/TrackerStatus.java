package dev.torrentctl.api;

/**
 * What a client knows of one tracker of a torrent.
 *
 * @since 0.2
 */
public enum TrackerStatus {
    /** The tracker is disabled. */
    DISABLED,
    /** Not contacted yet (for example because the torrent is stopped). */
    NOT_CONTACTED,
    /** Contacted and working. */
    WORKING,
    /** An announce is in progress. */
    UPDATING,
    /** Contacted, but it does not work or answers nonsense. */
    NOT_WORKING,
    /** The tracker answered with an error (qBittorrent 5.2+ tells this apart). */
    ERROR,
    /** The tracker could not be reached (qBittorrent 5.2+ tells this apart). */
    UNREACHABLE,
    /** A status this backend does not recognize. */
    UNKNOWN
}
