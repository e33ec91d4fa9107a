package dev.torrentctl.api;

/**
 * Whether a client's BitTorrent port is reachable from outside.
 *
 * @since 0.2
 */
public enum ConnectionStatus {
    /** Connected, and incoming connections arrive. */
    CONNECTED,
    /** Connected, but no incoming connection has arrived (the port looks closed). */
    FIREWALLED,
    /** Not connected to the network. */
    DISCONNECTED,
    /** The client does not say, or says something this backend does not recognize. */
    UNKNOWN
}
