package dev.torrentctl.backend.qbittorrent.internal;

import dev.torrentctl.api.DataRate;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.Limit;
import dev.torrentctl.api.ShareLimitAction;
import dev.torrentctl.api.ShareLimits;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * qBittorrent's encoding of limits, both ways: rates in bytes per second with 0 or -1 for none;
 * share limits with -2 for "use the global limit" and -1 for "no limit"; seeding times in minutes;
 * share-limit actions by their C++ enum names.
 */
final class QBittorrentLimits {
    static final int GLOBAL = -2;
    static final int UNLIMITED = -1;
    private static final Map<String, ShareLimitAction> ACTIONS = Map.of(
            "Default", ShareLimitAction.DEFAULT,
            "Stop", ShareLimitAction.STOP,
            "Remove", ShareLimitAction.REMOVE,
            "RemoveWithContent", ShareLimitAction.REMOVE_WITH_CONTENT,
            "EnableSuperSeeding", ShareLimitAction.ENABLE_SUPER_SEEDING);

    private QBittorrentLimits() {}

    static Optional<DataRate> rate(long bytesPerSecond) {
        return bytesPerSecond <= 0 ? Optional.empty() : Optional.of(DataRate.ofBytesPerSecond(bytesPerSecond));
    }

    /** @return the rate as qBittorrent's {@code limit} parameter (0 = none) */
    static String rateParameter(Optional<DataRate> rate) {
        return Long.toString(rate.map(DataRate::bytesPerSecond).orElse(0L));
    }

    static Limit<Double> ratio(double value) {
        if (value == GLOBAL) {
            return Limit.global();
        }
        return value < 0 ? Limit.unlimited() : Limit.of(value);
    }

    static Limit<Duration> minutes(long value) {
        if (value == GLOBAL) {
            return Limit.global();
        }
        return value < 0 ? Limit.unlimited() : Limit.of(Duration.ofMinutes(value));
    }

    static Optional<ShareLimitAction> action(String name) {
        return Optional.ofNullable(ACTIONS.get(name));
    }

    static String ratioParameter(Limit<Double> limit) {
        return switch (limit.kind()) {
            case GLOBAL -> Integer.toString(GLOBAL);
            case UNLIMITED -> Integer.toString(UNLIMITED);
            case VALUE -> String.format(Locale.ROOT, "%.4f", limit.value().orElseThrow());
        };
    }

    static String minutesParameter(Limit<Duration> limit) {
        return switch (limit.kind()) {
            case GLOBAL -> Integer.toString(GLOBAL);
            case UNLIMITED -> Integer.toString(UNLIMITED);
            case VALUE -> Long.toString(limit.value().orElseThrow().toMinutes());
        };
    }

    static String actionParameter(ShareLimitAction action) {
        return ACTIONS.entrySet().stream().filter(e -> e.getValue() == action).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new InvalidInputException(Calls.BACKEND, "shareLimits", "parameter 'action': "
                        + action + " has no qBittorrent name", null));
    }

    /** @return whether qBittorrent's report {@code actual} shows the limits asked for (to the minute and 1e-3 ratio) */
    static boolean shows(ShareLimits actual, ShareLimits asked, boolean inactiveKnown, boolean actionKnown) {
        boolean ratio = actual.ratio().kind() == asked.ratio().kind()
                && (asked.ratio().kind() != Limit.Kind.VALUE
                        || Math.abs(actual.ratio().value().orElseThrow() - asked.ratio().value().orElseThrow()) < 1e-3);
        boolean time = sameMinutes(actual.seedingTime(), asked.seedingTime());
        boolean inactive = !inactiveKnown || sameMinutes(actual.inactiveSeedingTime(), asked.inactiveSeedingTime());
        boolean action = !actionKnown || asked.action().isEmpty() || actual.action().equals(asked.action());
        return ratio && time && inactive && action;
    }

    private static boolean sameMinutes(Limit<Duration> actual, Limit<Duration> asked) {
        return actual.kind() == asked.kind() && (asked.kind() != Limit.Kind.VALUE
                || actual.value().orElseThrow().toMinutes() == asked.value().orElseThrow().toMinutes());
    }
}
