package dev.torrentctl.api;

/**
 * What {@link Api#remove(TorrentRef, RemoveMode)} does with the downloaded data.
 *
 * @since 0.1
 */
public enum RemoveMode {
    /** Remove the torrent from the client and keep its files on disk. */
    KEEP_DATA,
    /** Remove the torrent and delete its files. */
    DELETE_DATA
}
