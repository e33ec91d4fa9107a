package dev.torrentctl.api;

import java.util.Objects;

/**
 * A peer connected to a torrent.
 *
 * @param address the peer's IP address
 * @param port the peer's port
 * @param client the peer's client name, empty if unknown
 * @param progress how much of the torrent the peer has, from 0.0 to 1.0
 * @param downloadRate how fast this client downloads from the peer
 * @param uploadRate how fast this client uploads to the peer
 * @param downloadedBytes bytes downloaded from the peer
 * @param uploadedBytes bytes uploaded to the peer
 * @param connection the transport, such as {@code BT} or {@code μTP}, empty if unknown
 * @param flags the client's flags for the peer, verbatim (qBittorrent's {@code flags}), empty if none
 * @since 0.2
 */
public record Peer(String address, int port, String client, double progress, DataRate downloadRate,
        DataRate uploadRate, long downloadedBytes, long uploadedBytes, String connection, String flags) {
    /** Checks for nulls. */
    public Peer {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(downloadRate, "downloadRate");
        Objects.requireNonNull(uploadRate, "uploadRate");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(flags, "flags");
    }
}
