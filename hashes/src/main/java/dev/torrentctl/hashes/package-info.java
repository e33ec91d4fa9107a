/**
 * Torrent identities: {@link dev.torrentctl.hashes.InfoHashV1}, {@link dev.torrentctl.hashes.InfoHashV2},
 * the {@link dev.torrentctl.hashes.InfoHashes} of a torrent, qBittorrent's
 * {@link dev.torrentctl.hashes.TorrentId}, {@link dev.torrentctl.hashes.MagnetLink} and parsed
 * {@link dev.torrentctl.hashes.Metainfo}.
 *
 * <p>Everything here is immutable and thread-safe. Parameters and results are never {@code null};
 * absent values are {@link java.util.Optional} or empty collections. Bad input raises a subclass of
 * {@link dev.torrentctl.hashes.TorrentFormatException} that names what is wrong and where.
 *
 * <p>SHA-1 infohashes are legacy identifiers, not security guarantees.
 */
package dev.torrentctl.hashes;
