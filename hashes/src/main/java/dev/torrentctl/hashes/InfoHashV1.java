package dev.torrentctl.hashes;

import dev.torrentctl.hashes.internal.Base32;
import dev.torrentctl.hashes.internal.Hex;
import java.util.Arrays;
import java.util.Objects;

/**
 * A BitTorrent v1 infohash: the SHA-1 of a torrent's bencoded {@code info} dictionary (20 bytes).
 * Equality is by content; {@link #toString()} is the lowercase hex form.
 *
 * @since 0.1
 */
public final class InfoHashV1 implements Comparable<InfoHashV1> {
    /** Length in bytes. */
    public static final int LENGTH = 20;
    private final byte[] bytes;

    private InfoHashV1(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param bytes exactly 20 bytes (copied)
     * @return the hash
     * @throws TorrentFormatException if the length is not 20
     */
    public static InfoHashV1 of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != LENGTH) {
            throw new TorrentFormatException("a v1 infohash has 20 bytes, got " + bytes.length);
        }
        return new InfoHashV1(bytes.clone());
    }

    /**
     * Parses 40 hex digits (either case) or 32 base32 characters.
     *
     * @param text the hash
     * @return the hash
     * @throws TorrentFormatException if {@code text} is neither
     */
    public static InfoHashV1 parse(String text) {
        Objects.requireNonNull(text, "text");
        if (Hex.isHex(text, 40)) {
            return new InfoHashV1(Hex.decode(text));
        }
        if (text.length() == 32) {
            return Base32.decode(text).map(InfoHashV1::new).orElseThrow(() -> notBase32(text));
        }
        if (text.length() == 40) {
            throw new TorrentFormatException("a v1 infohash of 40 characters is hex, but '" + Abbreviate.of(text)
                    + "' has " + describe(firstNot(text, "0123456789abcdefABCDEF")) + " at position "
                    + text.indexOf(firstNot(text, "0123456789abcdefABCDEF")));
        }
        throw invalid(text);
    }

    private static TorrentFormatException notBase32(String text) {
        char bad = firstNot(text, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz234567");
        return new TorrentFormatException("a v1 infohash of 32 characters is base32 (A-Z and 2-7), but '"
                + Abbreviate.of(text) + "' has " + describe(bad) + " at position " + text.indexOf(bad));
    }

    private static char firstNot(String text, String alphabet) {
        for (int i = 0; i < text.length(); i++) {
            if (alphabet.indexOf(text.charAt(i)) < 0) {
                return text.charAt(i);
            }
        }
        return '?'; // not reached: the text was refused for a character outside the alphabet
    }

    private static String describe(char c) {
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }

    private static TorrentFormatException invalid(String text) {
        return new TorrentFormatException("a v1 infohash is 40 hex digits or 32 base32 characters, got "
                + text.length() + " characters: '" + Abbreviate.of(text) + "'");
    }

    /** @return a copy of the 20 bytes */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** @return 40 lowercase hex digits */
    public String hex() {
        return Hex.encode(bytes);
    }

    /** @return 32 uppercase base32 characters */
    public String base32() {
        return Base32.encode(bytes);
    }

    @Override
    public int compareTo(InfoHashV1 other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InfoHashV1 other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** @return the lowercase hex form */
    @Override
    public String toString() {
        return hex();
    }
}
