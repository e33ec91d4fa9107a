package dev.torrentctl.api;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether an operation returns as soon as the client accepted it, or waits (up to a bound) until
 * its effect is visible: clients such as qBittorrent apply changes asynchronously.
 *
 * @param timeout how long to wait for the effect; zero for not at all
 * @since 0.1
 */
public record Wait(Duration timeout) {
    private static final Wait NONE = new Wait(Duration.ZERO);

    /** @throws InvalidInputException if the timeout is negative */
    public Wait {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new InvalidInputException("wait", "parameter 'timeout' is negative: " + timeout, null);
        }
    }

    /** @return return once the client accepted the request */
    public static Wait none() {
        return NONE;
    }

    /** @param timeout the bound @return wait until the effect is visible, at most {@code timeout} */
    public static Wait upTo(Duration timeout) {
        return new Wait(timeout);
    }

    /** @return whether to wait at all */
    public boolean waits() {
        return !timeout.isZero();
    }
}
