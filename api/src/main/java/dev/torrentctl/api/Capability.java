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
    SET_TAGS,

    /** {@link AddTorrentRequest#skipHashCheck()}. */
    ADD_OPTION_SKIP_HASH_CHECK,
    /** {@link AddTorrentRequest#sequentialDownload()}. */
    ADD_OPTION_SEQUENTIAL,
    /** {@link AddTorrentRequest#firstLastPiecePriority()}. */
    ADD_OPTION_FIRST_LAST_PIECE,
    /** {@link AddTorrentRequest#contentLayout()}. */
    ADD_OPTION_CONTENT_LAYOUT,
    /** {@link AddTorrentRequest#name()}. */
    ADD_OPTION_NAME,
    /** {@link AddTorrentRequest#speedLimits()}. */
    ADD_OPTION_SPEED_LIMITS,
    /** {@link AddTorrentRequest#shareLimits()}. */
    ADD_OPTION_SHARE_LIMITS,
    /** {@link AddTorrentRequest#automaticManagement()}. */
    ADD_OPTION_AUTOMATIC_MANAGEMENT,
    /** {@link Api#addAll(java.util.List)} sends several sources in one request to the client. */
    ADD_MANY,

    /** {@link Api#files(TorrentRef)}. */
    FILES,
    /** {@link Api#setFilePriority}. */
    FILE_PRIORITIES,
    /** {@link Api#renameFile} and {@link Api#renameFolder}. */
    RENAME_FILES,
    /** {@link Api#trackers(TorrentRef)}. */
    TRACKERS,
    /** {@link Api#addTrackers}, {@link Api#editTracker}, {@link Api#removeTrackers}. */
    EDIT_TRACKERS,
    /** {@link Api#webSeeds(TorrentRef)}. */
    WEB_SEEDS,
    /** {@link Api#addWebSeeds}, {@link Api#editWebSeed}, {@link Api#removeWebSeeds} (qBittorrent 5.1+, WebAPI 2.11.3). */
    EDIT_WEB_SEEDS,

    /** {@link Api#setLocation}: move the data. */
    SET_LOCATION,
    /** {@link Api#setSavePath}. */
    SET_SAVE_PATH,
    /** {@link Api#rename(TorrentRef, String)}. */
    RENAME,

    /** {@link Api#recheck}. */
    RECHECK,
    /** {@link Api#reannounce}. */
    REANNOUNCE,
    /** {@link Api#setForceStart}. */
    FORCE_START,
    /** {@link Api#moveInQueue}. */
    QUEUE,
    /** {@link Api#setSuperSeeding}. */
    SUPER_SEEDING,

    /** {@link Api#setSpeedLimits}: per-torrent rate limits. */
    TORRENT_SPEED_LIMITS,
    /** {@link Api#setShareLimits}: a per-torrent ratio limit (with {@link #SEEDING_TIME_LIMIT}, a seeding-time limit). */
    SHARE_LIMITS,
    /** {@link ShareLimits#inactiveSeedingTime()} (qBittorrent 4.6+, WebAPI 2.9.2). */
    INACTIVE_SEEDING_TIME_LIMIT,
    /** {@link ShareLimits#action()} per torrent (qBittorrent 5.2+, WebAPI 2.12.0). */
    SHARE_LIMIT_ACTION,
    /** {@link Api#globalSpeedLimits()} and {@link Api#setGlobalSpeedLimits}. */
    GLOBAL_SPEED_LIMITS,
    /** {@link Api#alternativeSpeedMode()} and {@link Api#setAlternativeSpeedMode}. */
    ALTERNATIVE_SPEED_MODE,

    /** {@link Api#peers(TorrentRef)}. */
    PEERS,
    /** {@link Api#transferInfo()}. */
    TRANSFER_INFO,
    /** {@link Api#properties(TorrentRef)}. */
    PROPERTIES,
    /**
     * {@link Api#add(AddTorrentRequest)} of a .torrent whose {@code info} dictionary is not
     * canonical bencode (unsorted keys, as private trackers ship them) keys the torrent by the hash
     * of its bytes as found, as BEP 3 requires. Transmission before 4.0 re-encodes the dictionary
     * and hashes that, so it lists such a torrent under another hash (and announces that one).
     *
     * @since 0.2
     */
    NON_CANONICAL_TORRENTS,
    /**
     * {@link Api#add(AddTorrentRequest)} of a hybrid torrent (BEP 52: v1 and v2 in one file).
     * Transmission 3.00 refuses them as invalid; it came with 4.0.
     *
     * @since 0.2
     */
    HYBRID_TORRENTS,

    /**
     * {@link FilePriority#LOW} in {@link Api#setFilePriority} and {@link FileEntry#priority()}
     * (Transmission, Deluge); {@link #FILE_PRIORITIES} covers skip, normal and high.
     *
     * @since 0.2
     */
    FILE_PRIORITY_LOW,
    /**
     * {@link FilePriority#MAXIMUM} in {@link Api#setFilePriority} and {@link FileEntry#priority()}
     * (qBittorrent).
     *
     * @since 0.2
     */
    FILE_PRIORITY_MAXIMUM,
    /**
     * {@link ShareLimits#seedingTime()}: a limit on the total seeding time (qBittorrent);
     * {@link #SHARE_LIMITS} covers the ratio. Transmission has none (it limits the time without
     * upload: {@link #INACTIVE_SEEDING_TIME_LIMIT}).
     *
     * @since 0.2
     */
    SEEDING_TIME_LIMIT,
    /**
     * {@link Api#startNow}: start torrents at once, ahead of the download queue.
     *
     * @since 0.2
     */
    START_NOW,
    /**
     * {@link Api#setLocationWithoutMoving}: point torrents at data already in another folder.
     *
     * @since 0.2
     */
    SET_LOCATION_WITHOUT_MOVING,
    /**
     * {@link AddTorrentRequest#filePriorities()}: files skipped or prioritized from the start.
     *
     * @since 0.2
     */
    ADD_OPTION_FILE_PRIORITIES,
    /**
     * {@link Api#setBandwidthPriority} and {@link TorrentSettings#bandwidthPriority()}.
     *
     * @since 0.2
     */
    BANDWIDTH_PRIORITY,
    /**
     * {@link AddTorrentRequest#bandwidthPriority()}.
     *
     * @since 0.2
     */
    ADD_OPTION_BANDWIDTH_PRIORITY
}
