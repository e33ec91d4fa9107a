package dev.torrentctl.hashes;

/**
 * The BitTorrent protocol generation a torrent was made for.
 *
 * @since 0.1
 */
public enum TorrentVersion {
    /** BEP 3: SHA-1 pieces, identified by a v1 infohash. */
    V1,
    /** BEP 52 only: per-file SHA-256 merkle trees, identified by a v2 infohash. */
    V2,
    /** Both at once (BEP 52 with BEP 47 pad files): one info dictionary, two infohashes. */
    HYBRID
}
