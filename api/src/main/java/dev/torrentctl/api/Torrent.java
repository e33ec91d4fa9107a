package dev.torrentctl.api;

import dev.torrentctl.hashes.InfoHashV1;
import dev.torrentctl.hashes.InfoHashV2;
import dev.torrentctl.hashes.InfoHashes;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A snapshot of one torrent as a client reports it, normalized.
 *
 * @param id the key the client itself uses (qBittorrent's torrent id, Transmission's hash string)
 * @param infoHashV1 the v1 infohash, if the torrent has one and the client reports it
 * @param infoHashV2 the v2 infohash, if the torrent has one and the client reports it
 * @param name the torrent's name
 * @param state the normalized state
 * @param rawState the client's own state, verbatim (for example {@code stoppedDL} or {@code 0})
 * @param progress the fraction downloaded of the wanted data, from 0.0 to 1.0
 * @param sizeBytes bytes of the files selected for download
 * @param totalSizeBytes bytes of all files
 * @param downloadRate current download rate
 * @param uploadRate current upload rate
 * @param ratio uploaded divided by downloaded, as the client computes it
 * @param savePath the folder the client saves the data in
 * @param category the qBittorrent category (or the equivalent label)
 * @param tags the torrent's tags, empty if none
 * @param addedOn when it was added
 * @param completedOn when it completed, if it did
 * @param eta estimated time until complete, if the client has an estimate
 * @param errorMessage the client's error message, if it reports one
 * @param settings the torrent's own limits and switches ({@link TorrentSettings#NONE} where the client has none)
 * @since 0.1
 */
public record Torrent(
        String id,
        Optional<InfoHashV1> infoHashV1,
        Optional<InfoHashV2> infoHashV2,
        String name,
        TorrentState state,
        String rawState,
        double progress,
        long sizeBytes,
        long totalSizeBytes,
        DataRate downloadRate,
        DataRate uploadRate,
        double ratio,
        String savePath,
        Optional<String> category,
        Set<String> tags,
        Optional<Instant> addedOn,
        Optional<Instant> completedOn,
        Optional<Duration> eta,
        Optional<String> errorMessage,
        TorrentSettings settings) {

    /** Checks for nulls and copies the tags. */
    public Torrent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(infoHashV1, "infoHashV1");
        Objects.requireNonNull(infoHashV2, "infoHashV2");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(rawState, "rawState");
        Objects.requireNonNull(downloadRate, "downloadRate");
        Objects.requireNonNull(uploadRate, "uploadRate");
        Objects.requireNonNull(savePath, "savePath");
        Objects.requireNonNull(category, "category");
        tags = Set.copyOf(tags);
        Objects.requireNonNull(addedOn, "addedOn");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(eta, "eta");
        Objects.requireNonNull(errorMessage, "errorMessage");
        Objects.requireNonNull(settings, "settings");
    }

    /** @return the infohashes the client reports, if any */
    public Optional<InfoHashes> infoHashes() {
        return infoHashV1.isEmpty() && infoHashV2.isEmpty() ? Optional.empty()
                : Optional.of(new InfoHashes(infoHashV1, infoHashV2));
    }

    /** @return a reference to this torrent by its hashes (or, without them, by its id) */
    public TorrentRef ref() {
        return infoHashes().map(TorrentRef::of).orElseGet(() -> TorrentRef.parse(id));
    }

    /** @return true when the client counts it complete */
    public boolean isComplete() {
        return progress >= 1.0;
    }
}
