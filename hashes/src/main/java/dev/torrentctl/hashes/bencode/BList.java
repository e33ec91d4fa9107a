package dev.torrentctl.hashes.bencode;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A bencoded list.
 *
 * @since 0.1
 */
public final class BList implements BValue {
    private final List<BValue> values;
    private final Span span;

    BList(List<BValue> values, Span span) {
        this.values = List.copyOf(values);
        this.span = span;
    }

    /** @param values the elements (copied) @return the list */
    public static BList of(List<? extends BValue> values) {
        return new BList(List.copyOf(Objects.requireNonNull(values, "values")), null);
    }

    /** @return the elements, unmodifiable */
    public List<BValue> values() {
        return values;
    }

    @Override
    public Optional<Span> span() {
        return Optional.ofNullable(span);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BList other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "BList" + values;
    }
}
