package dev.torrentctl.backend.support;

import java.time.Instant;
import java.util.Optional;

/** Clients' numbers turned into torrentctl's values, the same way in every backend. */
public final class Values {
    /** The latest instant accepted from a client: 9999-12-31; anything later is garbage, not a date. */
    private static final long MAX_EPOCH_SECOND = 253_402_300_799L;

    private Values() {}

    /**
     * @param seconds seconds since the Unix epoch, as a client reports them
     * @return the instant; empty for "never" (0, negative, or 0xffffffff, which qBittorrent and
     *     Transmission use for unset) and for values beyond the year 9999
     */
    public static Optional<Instant> epochSeconds(long seconds) {
        return seconds <= 0 || seconds == 0xffffffffL || seconds > MAX_EPOCH_SECOND ? Optional.empty()
                : Optional.of(Instant.ofEpochSecond(seconds));
    }
}
