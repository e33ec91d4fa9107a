package dev.torrentctl.api;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A torrent's own settings, as the client reports them with the torrent.
 *
 * @param speedLimits its download and upload limits
 * @param shareLimits its share limits
 * @param sequentialDownload whether pieces are downloaded in order
 * @param firstLastPiecePriority whether the first and last pieces of each file come first
 * @param automaticManagement whether the client manages its save path (qBittorrent's automatic torrent management)
 * @param superSeeding whether super seeding (BEP 16) is on; a running incomplete torrent drops it
 * @param forceStart whether it runs regardless of the queue
 * @param queuePosition its place in the download queue, from 1, when queueing is on and it is queued
 * @param bandwidthPriority its share of the bandwidth against the others', where the client has one
 *     ({@link Capability#BANDWIDTH_PRIORITY}; since 0.2)
 * @since 0.2
 */
public record TorrentSettings(SpeedLimits speedLimits, ShareLimits shareLimits, boolean sequentialDownload,
        boolean firstLastPiecePriority, boolean automaticManagement, boolean superSeeding, boolean forceStart,
        OptionalInt queuePosition, Optional<BandwidthPriority> bandwidthPriority) {
    /** What a backend reports when its client has none of these settings. */
    public static final TorrentSettings NONE = new TorrentSettings(SpeedLimits.UNLIMITED, ShareLimits.GLOBAL, false,
            false, false, false, false, OptionalInt.empty(), Optional.empty());

    /** Checks for nulls. */
    public TorrentSettings {
        Objects.requireNonNull(speedLimits, "speedLimits");
        Objects.requireNonNull(shareLimits, "shareLimits");
        Objects.requireNonNull(queuePosition, "queuePosition");
        Objects.requireNonNull(bandwidthPriority, "bandwidthPriority");
    }

    /**
     * Settings without a bandwidth priority (the constructor of 0.1).
     *
     * @param speedLimits the torrent's rate limits
     * @param shareLimits the torrent's share limits
     * @param sequentialDownload pieces in order
     * @param firstLastPiecePriority first and last pieces first
     * @param automaticManagement automatic torrent management
     * @param superSeeding super seeding
     * @param forceStart forced start
     * @param queuePosition position in the queue, 1 first
     */
    public TorrentSettings(SpeedLimits speedLimits, ShareLimits shareLimits, boolean sequentialDownload,
            boolean firstLastPiecePriority, boolean automaticManagement, boolean superSeeding, boolean forceStart,
            OptionalInt queuePosition) {
        this(speedLimits, shareLimits, sequentialDownload, firstLastPiecePriority, automaticManagement, superSeeding,
                forceStart, queuePosition, Optional.empty());
    }

    /**
     * @param priority the bandwidth priority
     * @return these settings with that bandwidth priority
     * @since 0.2
     */
    public TorrentSettings withBandwidthPriority(Optional<BandwidthPriority> priority) {
        return new TorrentSettings(speedLimits, shareLimits, sequentialDownload, firstLastPiecePriority,
                automaticManagement, superSeeding, forceStart, queuePosition, priority);
    }
}
