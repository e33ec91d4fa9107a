package dev.torrentctl.tck.internal;

import dev.torrentctl.tck.TckSettings;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits, within the kit's timeout, until what a client reports satisfies a condition. Clients
 * apply changes asynchronously; every state assertion of the kit goes through here, so no test
 * sleeps blindly. A timeout fails with the last value seen.
 */
public final class Poller {
    private final TckSettings settings;

    /** @return how long a state may take to show */
    public java.time.Duration timeout() {
        return settings.timeout();
    }

    public Poller(TckSettings settings) {
        this.settings = settings;
    }

    public <T> T until(String expectation, Supplier<T> probe, Predicate<? super T> condition) {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        T last = probe.get();
        while (!condition.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + settings.timeout() + " waiting until " + expectation
                        + "; last seen: " + last);
            }
            LockSupport.parkNanos(settings.pollInterval().toNanos());
            last = probe.get();
        }
        return last;
    }
}
