package dev.torrentctl.hashes;

import java.util.Objects;
import java.util.Optional;

/**
 * The infohashes of one torrent: the v1 hash, the v2 hash, or both for a hybrid. At least one is
 * present.
 *
 * @param v1 the SHA-1 infohash, present for v1 and hybrid torrents
 * @param v2 the SHA-256 infohash, present for v2 and hybrid torrents
 * @since 0.1
 */
public record InfoHashes(Optional<InfoHashV1> v1, Optional<InfoHashV2> v2) {

    /** @throws IllegalArgumentException if both are empty */
    public InfoHashes {
        Objects.requireNonNull(v1, "v1");
        Objects.requireNonNull(v2, "v2");
        if (v1.isEmpty() && v2.isEmpty()) {
            throw new IllegalArgumentException("a torrent has a v1 hash, a v2 hash or both; got neither");
        }
    }

    /** @param v1 the hash of a v1-only torrent @return its hashes */
    public static InfoHashes of(InfoHashV1 v1) {
        return new InfoHashes(Optional.of(v1), Optional.empty());
    }

    /** @param v2 the hash of a v2-only torrent @return its hashes */
    public static InfoHashes of(InfoHashV2 v2) {
        return new InfoHashes(Optional.empty(), Optional.of(v2));
    }

    /**
     * @param v1 the v1 hash of a hybrid torrent
     * @param v2 the v2 hash of the same torrent
     * @return its hashes
     */
    public static InfoHashes hybrid(InfoHashV1 v1, InfoHashV2 v2) {
        return new InfoHashes(Optional.of(v1), Optional.of(v2));
    }

    /** @return the version these hashes describe */
    public TorrentVersion version() {
        if (v1.isPresent() && v2.isPresent()) {
            return TorrentVersion.HYBRID;
        }
        return v1.isPresent() ? TorrentVersion.V1 : TorrentVersion.V2;
    }

    /** @return libtorrent's and qBittorrent's id: the truncated v2 hash when there is one, else the v1 hash */
    public TorrentId torrentId() {
        return v2.map(InfoHashV2::truncated).orElseGet(() -> TorrentId.of(v1.orElseThrow().toByteArray()));
    }

    /**
     * @param other hashes from another source, possibly with fewer parts known
     * @return true when every hash present in both is equal and at least one is shared
     */
    public boolean matches(InfoHashes other) {
        boolean v1Shared = v1.isPresent() && other.v1.isPresent();
        boolean v2Shared = v2.isPresent() && other.v2.isPresent();
        return (v1Shared || v2Shared)
                && (!v1Shared || v1.equals(other.v1))
                && (!v2Shared || v2.equals(other.v2));
    }

    @Override
    public String toString() {
        return switch (version()) {
            case V1 -> "v1:" + v1.orElseThrow();
            case V2 -> "v2:" + v2.orElseThrow();
            case HYBRID -> "v1:" + v1.orElseThrow() + "+v2:" + v2.orElseThrow();
        };
    }
}
