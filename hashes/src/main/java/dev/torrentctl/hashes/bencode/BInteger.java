package dev.torrentctl.hashes.bencode;

import java.util.Optional;

/**
 * A bencoded integer, within the signed 64-bit range.
 *
 * @since 0.1
 */
public final class BInteger implements BValue {
    private final long value;
    private final int spanOffset; // -1 when built in code
    private final int spanLength;

    BInteger(long value, int spanOffset, int spanLength) {
        this.value = value;
        this.spanOffset = spanOffset;
        this.spanLength = spanLength;
    }

    /** @param value the number @return the integer */
    public static BInteger of(long value) {
        return new BInteger(value, -1, 0);
    }

    /** @return the number */
    public long value() {
        return value;
    }

    @Override
    public Optional<Span> span() {
        return Span.of(spanOffset, spanLength);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BInteger other && value == other.value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return "BInteger[" + value + "]";
    }
}
