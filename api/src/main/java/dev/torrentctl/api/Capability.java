package dev.torrentctl.api;

/**
 * What a backend can do. {@link Api#capabilities()} lists the ones a connected client supports;
 * calling an operation whose capability is missing raises {@link UnsupportedCapabilityException}.
 *
 * @since 0.1
 */
public enum Capability {
    /** {@link Api#list()}. */
    LIST_TORRENTS,
    /** {@link Api#find(TorrentRef)} and {@link Api#get(TorrentRef)}. */
    GET_TORRENT,
    /** {@link Api#add(AddTorrentRequest)} with a magnet link. */
    ADD_MAGNET,
    /** {@link Api#add(AddTorrentRequest)} with the bytes of a .torrent file. */
    ADD_TORRENT_FILE,
    /** {@link Api#add(AddTorrentRequest)} with an HTTP(S) URL of a .torrent file. */
    ADD_URL,
    /** Adding v2-only torrents, and identifying torrents by their v2 hash. */
    V2_TORRENTS,
    /** {@link AddTorrentRequest#savePath()}. */
    ADD_OPTION_SAVE_PATH,
    /** {@link AddTorrentRequest#stopped()}. */
    ADD_OPTION_STOPPED,
    /** {@link AddTorrentRequest#category()}. */
    ADD_OPTION_CATEGORY,
    /** {@link AddTorrentRequest#tags()}. */
    ADD_OPTION_TAGS,
    /** {@link Api#stop(TorrentRef)} and {@link Api#start(TorrentRef)}. */
    STOP_START,
    /** {@link Api#remove(TorrentRef, RemoveMode)}. */
    REMOVE,
    /** {@link Api#rawCall(String, java.util.Map)}: any endpoint of the client's own API. */
    RAW_CALL,
    /** {@link Api#categories()}, {@link Api#createCategory}, {@link Api#editCategory}, {@link Api#removeCategories}. */
    CATEGORIES,
    /** {@link Api#setCategory}. */
    SET_CATEGORY,
    /** {@link Api#tags()}, {@link Api#createTags}, {@link Api#deleteTags}. */
    TAGS,
    /** {@link Api#addTags} and {@link Api#removeTags}. */
    TAG_TORRENTS,
    /** {@link Api#setTags} (qBittorrent 5.1+, WebAPI 2.11.4). */
    SET_TAGS
}
