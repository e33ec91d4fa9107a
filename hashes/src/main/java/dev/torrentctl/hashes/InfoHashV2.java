package dev.torrentctl.hashes;

import dev.torrentctl.hashes.internal.Hex;
import java.util.Arrays;
import java.util.Objects;

/**
 * A BitTorrent v2 infohash (BEP 52): the SHA-256 of a torrent's bencoded {@code info} dictionary
 * (32 bytes). Equality is by content; {@link #toString()} is the lowercase hex form.
 *
 * @since 0.1
 */
public final class InfoHashV2 implements Comparable<InfoHashV2> {
    /** Length in bytes. */
    public static final int LENGTH = 32;
    private final byte[] bytes;

    private InfoHashV2(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param bytes exactly 32 bytes (copied)
     * @return the hash
     * @throws TorrentFormatException if the length is not 32
     */
    public static InfoHashV2 of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != LENGTH) {
            throw new TorrentFormatException("a v2 infohash has 32 bytes, got " + bytes.length);
        }
        return new InfoHashV2(bytes.clone());
    }

    /**
     * Parses 64 hex digits (either case) or a 68-digit SHA-256 multihash ({@code 1220} + 64 hex).
     *
     * @param text the hash
     * @return the hash
     * @throws TorrentFormatException if {@code text} is neither
     */
    public static InfoHashV2 parse(String text) {
        Objects.requireNonNull(text, "text");
        if (Hex.isHex(text, 64)) {
            return new InfoHashV2(Hex.decode(text));
        }
        if (Hex.isHex(text, 68) && text.startsWith("1220")) {
            return new InfoHashV2(Hex.decode(text.substring(4)));
        }
        throw new TorrentFormatException("a v2 infohash is 64 hex digits (or 1220 + 64 hex as a multihash), got "
                + text.length() + " characters: '" + Abbreviate.of(text) + "'");
    }

    /** @return a copy of the 32 bytes */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** @return 64 lowercase hex digits */
    public String hex() {
        return Hex.encode(bytes);
    }

    /** @return the SHA-256 multihash used in {@code btmh} magnets: {@code 1220} followed by {@link #hex()} */
    public String multihash() {
        return "1220" + hex();
    }

    /** @return the first 20 bytes, as qBittorrent and libtorrent use them for a torrent's id */
    public TorrentId truncated() {
        return TorrentId.of(Arrays.copyOf(bytes, TorrentId.LENGTH));
    }

    @Override
    public int compareTo(InfoHashV2 other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InfoHashV2 other && Arrays.equals(bytes, other.bytes);
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
