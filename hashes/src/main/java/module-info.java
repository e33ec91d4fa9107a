/**
 * Identities of torrents: infohashes (v1 SHA-1, v2 SHA-256), magnet links, bencode and .torrent
 * metainfo, and the creation of small .torrent files. JDK only.
 */
module dev.torrentctl.hashes {
    exports dev.torrentctl.hashes;
    exports dev.torrentctl.hashes.bencode;
    exports dev.torrentctl.hashes.create;
}
