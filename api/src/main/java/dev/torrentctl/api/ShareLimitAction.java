package dev.torrentctl.api;

/**
 * What a client does with a torrent that reaches a share limit (qBittorrent 5.2+ per torrent).
 *
 * @since 0.2
 */
public enum ShareLimitAction {
    /** The client's global action. */
    DEFAULT,
    /** Stop the torrent. */
    STOP,
    /** Remove the torrent, keeping its data. */
    REMOVE,
    /** Remove the torrent and its data. */
    REMOVE_WITH_CONTENT,
    /** Turn on super seeding. */
    ENABLE_SUPER_SEEDING
}
