package dev.torrentctl.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The details of one torrent that a client gives beyond its list entry: metadata, totals, swarm
 * counts. What maps across clients is normalized; every field the client sent is also kept in
 * {@link #raw()}.
 *
 * @param savePath the folder its data is in
 * @param creationDate when the .torrent was created, if it says
 * @param comment the .torrent's comment, empty if none
 * @param createdBy the program that created the .torrent, empty if unknown
 * @param pieceSizeBytes the piece length, 0 before the metadata is known
 * @param piecesHave pieces downloaded and checked
 * @param piecesTotal pieces in the torrent, 0 before the metadata is known
 * @param totalDownloadedBytes bytes downloaded, over all sessions
 * @param totalUploadedBytes bytes uploaded, over all sessions
 * @param totalWastedBytes bytes discarded (failed hash checks, duplicates)
 * @param timeActive how long it has been running, over all sessions
 * @param seedingTime how long it has been running while complete
 * @param connections peer connections now open
 * @param seedsConnected seeds connected now
 * @param peersConnected peers (of any kind) connected now
 * @param seedsInSwarm seeds in the swarm, as trackers report them, if known
 * @param peersInSwarm peers in the swarm, as trackers report them, if known
 * @param shareRatio uploaded divided by downloaded
 * @param averageDownloadRate the average download rate while active
 * @param averageUploadRate the average upload rate while active
 * @param addedOn when it was added, if known
 * @param completedOn when it completed, if it did
 * @param lastSeenComplete when a complete copy was last seen in the swarm, if ever
 * @param isPrivate whether the torrent is private (BEP 27), when the client knows (not before the metadata)
 * @param raw every field the client sent, as JSON text by name
 * @since 0.2
 */
public record TorrentProperties(String savePath, Optional<Instant> creationDate, String comment, String createdBy,
        long pieceSizeBytes, int piecesHave, int piecesTotal, long totalDownloadedBytes, long totalUploadedBytes,
        long totalWastedBytes, Duration timeActive, Duration seedingTime, int connections, int seedsConnected,
        int peersConnected, OptionalInt seedsInSwarm, OptionalInt peersInSwarm, double shareRatio,
        DataRate averageDownloadRate, DataRate averageUploadRate, Optional<Instant> addedOn,
        Optional<Instant> completedOn, Optional<Instant> lastSeenComplete, Optional<Boolean> isPrivate,
        Map<String, String> raw) {
    /** Checks for nulls and copies {@code raw}. */
    public TorrentProperties {
        Objects.requireNonNull(savePath, "savePath");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(timeActive, "timeActive");
        Objects.requireNonNull(seedingTime, "seedingTime");
        Objects.requireNonNull(seedsInSwarm, "seedsInSwarm");
        Objects.requireNonNull(peersInSwarm, "peersInSwarm");
        Objects.requireNonNull(averageDownloadRate, "averageDownloadRate");
        Objects.requireNonNull(averageUploadRate, "averageUploadRate");
        Objects.requireNonNull(addedOn, "addedOn");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(lastSeenComplete, "lastSeenComplete");
        Objects.requireNonNull(isPrivate, "isPrivate");
        raw = Map.copyOf(raw);
    }
}
