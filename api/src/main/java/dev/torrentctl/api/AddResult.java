package dev.torrentctl.api;

import dev.torrentctl.hashes.InfoHashes;
import dev.torrentctl.hashes.TorrentId;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link Api#add(AddTorrentRequest)}.
 *
 * @param outcome whether the torrent was added, was already there, or is still being fetched
 * @param infoHashes the torrent's hashes, computed locally from a magnet or .torrent file
 * @param torrentId the client's id for it, when the client reported one (qBittorrent 5.2+)
 * @since 0.1
 */
public record AddResult(Outcome outcome, Optional<InfoHashes> infoHashes, Optional<TorrentId> torrentId) {

    /** Checks for nulls. */
    public AddResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(infoHashes, "infoHashes");
        Objects.requireNonNull(torrentId, "torrentId");
    }

    /**
     * @return a reference to the added torrent: by its hashes, else by the client's id; empty when
     *     neither is known yet (a URL the client is still downloading, on a client that does not
     *     report ids)
     */
    public Optional<TorrentRef> ref() {
        return infoHashes.map(TorrentRef::of).or(() -> torrentId.map(TorrentRef::of));
    }

    /** What happened. */
    public enum Outcome {
        /** The client added the torrent. */
        ADDED,
        /** The client already had this torrent; nothing changed. */
        DUPLICATE,
        /** The client accepted the request but is still fetching the torrent (a URL). */
        PENDING
    }
}
