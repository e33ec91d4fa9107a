package dev.torrentctl.api;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether an operation returns as soon as the client accepted it, or waits (up to a bound) until
 * its effect is visible: clients apply changes asynchronously. A change that does not show in
 * time is an outcome of its own ({@code TIMED_OUT}) on that item, never a lost result.
 *
 * <p>What "visible" means, per operation: added, listed with its hashes; started, no longer
 * stopped; stopped, stopped and neither queued nor checking; removed, no longer listed; any
 * other change, the new value reported back. The defaults follow aiobtclientapi: up to
 * {@value #ADD_DEFAULT_SECONDS} s after an add ({@link #afterAdd()}), {@value #CHANGE_DEFAULT_SECONDS}
 * s after any other change ({@link #afterChange()}).
 *
 * @param timeout how long to wait for the effect; zero for not at all
 * @since 0.1
 */
public record Wait(Duration timeout) {
    /** The default bound of {@link #afterAdd()}, in seconds. */
    public static final int ADD_DEFAULT_SECONDS = 30;
    /** The default bound of {@link #afterChange()}, in seconds. */
    public static final int CHANGE_DEFAULT_SECONDS = 10;
    private static final Wait NONE = new Wait(Duration.ZERO);
    private static final Wait AFTER_ADD = new Wait(Duration.ofSeconds(ADD_DEFAULT_SECONDS));
    private static final Wait AFTER_CHANGE = new Wait(Duration.ofSeconds(CHANGE_DEFAULT_SECONDS));

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

    /** @return wait until added torrents are listed, at most {@value #ADD_DEFAULT_SECONDS} s */
    public static Wait afterAdd() {
        return AFTER_ADD;
    }

    /** @return wait until a change shows, at most {@value #CHANGE_DEFAULT_SECONDS} s */
    public static Wait afterChange() {
        return AFTER_CHANGE;
    }

    /** @return whether to wait at all */
    public boolean waits() {
        return !timeout.isZero();
    }
}
