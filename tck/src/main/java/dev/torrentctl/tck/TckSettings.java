package dev.torrentctl.tck;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the kit waits for a client to apply a change, and how often it looks. Defaults can be
 * overridden with the system properties {@code tck.timeout} and {@code tck.pollInterval}
 * (ISO-8601 durations such as {@code PT30S}, or milliseconds); a kit subclass can override
 * {@link ApiCompatibilityKit#settings()} too, which wins.
 *
 * @param timeout the longest wait for an expected state
 * @param pollInterval the pause between two looks
 * @since 0.1
 */
public record TckSettings(Duration timeout, Duration pollInterval) {
    /** 20 s, every 100 ms. */
    public static final TckSettings DEFAULT = new TckSettings(Duration.ofSeconds(20), Duration.ofMillis(100));

    /** Checks both are positive. */
    public TckSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (timeout.isNegative() || timeout.isZero() || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("timeout and pollInterval must be positive");
        }
    }

    /** @return {@link #DEFAULT} with the system property overrides applied */
    public static TckSettings fromSystemProperties() {
        return new TckSettings(duration("tck.timeout", DEFAULT.timeout), duration("tck.pollInterval", DEFAULT.pollInterval));
    }

    private static Duration duration(String property, Duration fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return value.startsWith("P") ? Duration.parse(value) : Duration.ofMillis(Long.parseLong(value.strip()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("system property " + property + "='" + value
                    + "' is neither an ISO-8601 duration nor milliseconds", e);
        }
    }
}
