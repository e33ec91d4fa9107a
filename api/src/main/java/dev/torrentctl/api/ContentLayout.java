package dev.torrentctl.api;

/**
 * How a client lays out a torrent's files on disk when adding it.
 *
 * @since 0.2
 */
public enum ContentLayout {
    /** As the torrent says: multi-file torrents in a folder of their name, single files bare. */
    ORIGINAL,
    /** Always in a folder, even a single file. */
    SUBFOLDER,
    /** Never in a folder: a multi-file torrent's top folder is dropped. */
    NO_SUBFOLDER
}
