package dev.torrentctl.api;

/**
 * A move in a client's download queue.
 *
 * @since 0.2
 */
public enum QueueMove {
    /** To the front. */
    TOP,
    /** One place forward. */
    UP,
    /** One place back. */
    DOWN,
    /** To the back. */
    BOTTOM
}
