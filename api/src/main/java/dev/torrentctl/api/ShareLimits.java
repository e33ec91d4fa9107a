package dev.torrentctl.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When a torrent has seeded enough, and what happens then.
 *
 * <pre>{@code
 * ShareLimits limits = ShareLimits.builder().ratio(Limit.of(2.0)).seedingTime(Limit.of(Duration.ofDays(7))).build();
 * }</pre>
 *
 * <p>Clients keep seeding times in whole minutes; a duration is rounded down to one.
 *
 * @param ratio the upload/download ratio to stop at
 * @param seedingTime how long to seed
 * @param inactiveSeedingTime how long to seed without uploading (qBittorrent 4.6+)
 * @param action what to do at the limit, if set per torrent (qBittorrent 5.2+); empty leaves the client's choice
 * @since 0.2
 */
public record ShareLimits(Limit<Double> ratio, Limit<Duration> seedingTime, Limit<Duration> inactiveSeedingTime,
        Optional<ShareLimitAction> action) {
    /** Every limit follows the client's global setting. */
    public static final ShareLimits GLOBAL = new ShareLimits(Limit.global(), Limit.global(), Limit.global(), Optional.empty());

    /** Checks the values. */
    public ShareLimits {
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(seedingTime, "seedingTime");
        Objects.requireNonNull(inactiveSeedingTime, "inactiveSeedingTime");
        Objects.requireNonNull(action, "action");
        ratio.value().filter(r -> !(r >= 0) || r.isInfinite()).ifPresent(r -> {
            throw new InvalidInputException("shareLimits", "parameter 'ratio' must be a finite number >= 0, got " + r, null);
        });
        check("seedingTime", seedingTime);
        check("inactiveSeedingTime", inactiveSeedingTime);
    }

    private static void check(String parameter, Limit<Duration> limit) {
        limit.value().filter(d -> d.isNegative() || d.toMinutes() > Integer.MAX_VALUE).ifPresent(d -> {
            throw new InvalidInputException("shareLimits", "parameter '" + parameter + "' must be between 0 and "
                    + Integer.MAX_VALUE + " minutes, got " + d, null);
        });
    }

    /** @return a builder with every limit following the global setting */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ShareLimits}; not thread-safe. */
    public static final class Builder {
        private Limit<Double> ratio = Limit.global();
        private Limit<Duration> seedingTime = Limit.global();
        private Limit<Duration> inactiveSeedingTime = Limit.global();
        private Optional<ShareLimitAction> action = Optional.empty();

        private Builder() {}

        /** @param limit the ratio limit @return this builder */
        public Builder ratio(Limit<Double> limit) {
            this.ratio = Objects.requireNonNull(limit, "ratio");
            return this;
        }

        /** @param limit the seeding time limit @return this builder */
        public Builder seedingTime(Limit<Duration> limit) {
            this.seedingTime = Objects.requireNonNull(limit, "seedingTime");
            return this;
        }

        /** @param limit the inactive seeding time limit @return this builder */
        public Builder inactiveSeedingTime(Limit<Duration> limit) {
            this.inactiveSeedingTime = Objects.requireNonNull(limit, "inactiveSeedingTime");
            return this;
        }

        /** @param value what to do at the limit @return this builder */
        public Builder action(ShareLimitAction value) {
            this.action = Optional.of(value);
            return this;
        }

        /** @return the limits */
        public ShareLimits build() {
            return new ShareLimits(ratio, seedingTime, inactiveSeedingTime, action);
        }
    }
}
