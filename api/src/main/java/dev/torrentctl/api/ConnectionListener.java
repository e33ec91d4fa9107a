package dev.torrentctl.api;

/**
 * Follows a client's connection: connecting, connected, re-authenticated, failed, disconnected.
 * Set with {@link ClientConfig.Builder#connectionListener(ConnectionListener)}. Called on the
 * thread that caused the change, synchronously, so it should return quickly; an exception it
 * throws is logged and ignored. Only changes are reported: a {@code CONNECTED} follows
 * {@code CONNECTING}, or a {@code FAILED}, not every successful call.
 *
 * @since 0.2
 */
@FunctionalInterface
public interface ConnectionListener {
    /** A listener that ignores everything. */
    ConnectionListener NONE = event -> { };

    /** @param event what happened */
    void onEvent(ConnectionEvent event);
}
