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
    private final int spanOffset; // -1 when built in code
    private final int spanLength;

    /** @param values unmodifiable, and not referenced elsewhere */
    BList(List<BValue> values, int spanOffset, int spanLength) {
        this.values = values;
        this.spanOffset = spanOffset;
        this.spanLength = spanLength;
    }

    /** @param values the elements (copied) @return the list */
    public static BList of(List<? extends BValue> values) {
        return new BList(List.copyOf(Objects.requireNonNull(values, "values")), -1, 0);
    }

    /** @return the elements, unmodifiable */
    public List<BValue> values() {
        return values;
    }

    @Override
    public Optional<Span> span() {
        return Span.of(spanOffset, spanLength);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BList other && ValueTrees.equal(this, other);
    }

    @Override
    public int hashCode() {
        return ValueTrees.hash(this);
    }

    @Override
    public String toString() {
        return ValueTrees.text(this);
    }
}
