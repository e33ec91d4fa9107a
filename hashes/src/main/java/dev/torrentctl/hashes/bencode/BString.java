package dev.torrentctl.hashes.bencode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A bencoded byte string. Bencode strings are bytes; {@link #utf8()} is a view for the ones known
 * to be text.
 *
 * @since 0.1
 */
public final class BString implements BValue, Comparable<BString> {
    private final byte[] bytes;
    private final int spanOffset; // -1 when built in code
    private final int spanLength;
    private int hash; // cached, 0 until computed

    BString(byte[] bytes, int spanOffset, int spanLength) {
        this.bytes = bytes;
        this.spanOffset = spanOffset;
        this.spanLength = spanLength;
    }

    /** @param bytes the content (copied) @return the string */
    public static BString of(byte[] bytes) {
        return new BString(Objects.requireNonNull(bytes, "bytes").clone(), -1, 0);
    }

    /** @param text encoded as UTF-8 @return the string */
    public static BString of(String text) {
        return new BString(text.getBytes(StandardCharsets.UTF_8), -1, 0);
    }

    /** @return a copy of the bytes */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** @return the number of bytes */
    public int length() {
        return bytes.length;
    }

    /** @return the bytes decoded as UTF-8 (malformed sequences become U+FFFD) */
    public String utf8() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    byte[] bytes() {
        return bytes;
    }

    @Override
    public Optional<Span> span() {
        return Span.of(spanOffset, spanLength);
    }

    /** Raw unsigned byte order, the order bencode dictionaries sort their keys in. */
    @Override
    public int compareTo(BString other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BString other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(bytes);
            hash = h;
        }
        return h;
    }

    /** @return this string's order against the ASCII text {@code s}, without encoding it */
    int compareToAscii(String s) {
        int n = Math.min(bytes.length, s.length());
        for (int i = 0; i < n; i++) {
            int c = (bytes[i] & 0xff) - s.charAt(i);
            if (c != 0) {
                return c;
            }
        }
        return bytes.length - s.length();
    }

    /** @return whether these bytes are the ASCII text {@code s}, without encoding it */
    boolean isAscii(String s) {
        if (bytes.length != s.length()) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "BString[" + (bytes.length <= 64 ? utf8() : bytes.length + " bytes") + "]";
    }
}
