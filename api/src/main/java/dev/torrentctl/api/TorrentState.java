package dev.torrentctl.api;

/**
 * A torrent's state, normalized across clients. The client's own state string is kept in
 * {@link Torrent#rawState()}. Each backend documents its mapping; the rules are:
 * <ul>
 *   <li>a stopped torrent is {@link #STOPPED} while incomplete and {@link #COMPLETED} once complete
 *       (never {@link #SEEDING}, which means it is actually offered to peers);</li>
 *   <li>errors, including missing files, are {@link #ERROR};</li>
 *   <li>anything a backend does not recognize is {@link #UNKNOWN}, never a guess.</li>
 * </ul>
 *
 * @since 0.1
 */
public enum TorrentState {
    /** Running and incomplete (including stalled with no peers, and forced). */
    DOWNLOADING,
    /** Running, waiting for a magnet link's metadata. */
    FETCHING_METADATA,
    /** Running and complete: offered to peers (including stalled, and forced). */
    SEEDING,
    /** Stopped (paused) and incomplete. */
    STOPPED,
    /** Stopped (paused) and complete. */
    COMPLETED,
    /** Waiting in the client's download or seed queue. */
    QUEUED,
    /** Checking its data, or queued for a check. */
    CHECKING,
    /** Its files are being moved. */
    MOVING,
    /** The client reports an error, such as missing files or an I/O failure. */
    ERROR,
    /** A state this backend does not recognize; see {@link Torrent#rawState()}. */
    UNKNOWN;

    /** @return whether this is a stopped state: {@link #STOPPED} or {@link #COMPLETED} */
    public boolean isStopped() {
        return this == STOPPED || this == COMPLETED;
    }
}
