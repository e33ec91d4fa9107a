package dev.torrentctl.hashes;

import dev.torrentctl.hashes.internal.Hex;
import java.util.Arrays;
import java.util.Objects;

/**
 * The 20-byte torrent id that libtorrent and qBittorrent key torrents by: the v1 infohash of a v1
 * torrent, or the first 20 bytes of the v2 infohash of a v2 or hybrid torrent. Printed as 40
 * lowercase hex digits. A bare 40-digit hash is ambiguous between a v1 hash and a truncated v2
 * hash; this type names that ambiguity instead of hiding it.
 *
 * @since 0.1
 */
public final class TorrentId implements Comparable<TorrentId> {
    /** Length in bytes. */
    public static final int LENGTH = 20;
    private final byte[] bytes;

    private TorrentId(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param bytes exactly 20 bytes (copied)
     * @return the id
     * @throws TorrentFormatException if the length is not 20
     */
    public static TorrentId of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != LENGTH) {
            throw new TorrentFormatException("a torrent id has 20 bytes, got " + bytes.length);
        }
        return new TorrentId(bytes.clone());
    }

    /**
     * @param hex 40 hex digits, either case
     * @return the id
     * @throws TorrentFormatException if {@code hex} is not 40 hex digits
     */
    public static TorrentId parse(String hex) {
        Objects.requireNonNull(hex, "hex");
        if (!Hex.isHex(hex, 40)) {
            throw new TorrentFormatException("a torrent id is 40 hex digits, got " + hex.length()
                    + " characters: '" + Abbreviate.of(hex) + "'");
        }
        return new TorrentId(Hex.decode(hex));
    }

    /** @return 40 lowercase hex digits */
    public String hex() {
        return Hex.encode(bytes);
    }

    /** @return the same 20 bytes read as a v1 infohash */
    public InfoHashV1 asV1() {
        return InfoHashV1.of(bytes);
    }

    @Override
    public int compareTo(TorrentId other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TorrentId other && Arrays.equals(bytes, other.bytes);
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
