package dev.torrentctl.api;

/**
 * How a torrent shares the bandwidth with the others: a torrent of high priority is served first
 * when the client's rate limits leave too little for all (Transmission's {@code bandwidthPriority},
 * rTorrent's {@code d.priority}). {@link Capability#BANDWIDTH_PRIORITY}.
 *
 * @since 0.2
 */
public enum BandwidthPriority {
    /** Served after the others. */
    LOW,
    /** The default. */
    NORMAL,
    /** Served before the others. */
    HIGH
}
