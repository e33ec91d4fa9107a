package dev.torrentctl.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A per-torrent limit that can also defer to the client's global setting or be switched off.
 *
 * @param <T> the limit's type, such as {@link Double} for a ratio or {@link java.time.Duration}
 * @param kind whether it follows the global setting, is off, or has a value
 * @param value the value, present exactly when {@code kind} is {@link Kind#VALUE}
 * @since 0.2
 */
public record Limit<T>(Kind kind, Optional<T> value) {
    /** What a limit says. */
    public enum Kind {
        /** The client's global setting applies. */
        GLOBAL,
        /** No limit for this torrent. */
        UNLIMITED,
        /** This torrent's own limit, {@link Limit#value()}. */
        VALUE
    }

    /** Checks that a value is present exactly for {@link Kind#VALUE}. */
    public Limit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if ((kind == Kind.VALUE) != value.isPresent()) {
            throw new IllegalArgumentException("a " + kind + " limit " + (value.isPresent() ? "has no value" : "needs a value"));
        }
    }

    /** @param <T> the type @return the client's global setting applies */
    public static <T> Limit<T> global() {
        return new Limit<>(Kind.GLOBAL, Optional.empty());
    }

    /** @param <T> the type @return no limit */
    public static <T> Limit<T> unlimited() {
        return new Limit<>(Kind.UNLIMITED, Optional.empty());
    }

    /** @param <T> the type @param value the limit @return this torrent's own limit */
    public static <T> Limit<T> of(T value) {
        return new Limit<>(Kind.VALUE, Optional.of(value));
    }

    @Override
    public String toString() {
        return kind == Kind.VALUE ? String.valueOf(value.get()) : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
