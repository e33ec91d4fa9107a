package dev.torrentctl.api;

import dev.torrentctl.hashes.InfoHashes;
import dev.torrentctl.hashes.TorrentId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of adding one source ({@link Api#addAll(List, Wait)} answers one per source, in
 * order). A duplicate is a warning, not an error; a source that failed carries its error and never
 * hides the outcomes of the others. Immutable.
 *
 * @since 0.1
 */
public final class AddResult {
    private final Outcome outcome;
    private final Optional<InfoHashes> infoHashes;
    private final Optional<TorrentId> torrentId;
    private final Optional<TorrentClientException> error;
    private final List<String> warnings;

    private AddResult(Outcome outcome, Optional<InfoHashes> infoHashes, Optional<TorrentId> torrentId,
            Optional<TorrentClientException> error, List<String> warnings) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.infoHashes = Objects.requireNonNull(infoHashes, "infoHashes");
        this.torrentId = Objects.requireNonNull(torrentId, "torrentId");
        this.error = Objects.requireNonNull(error, "error");
        this.warnings = List.copyOf(warnings);
    }

    /**
     * @param outcome {@link Outcome#ADDED}, {@link Outcome#DUPLICATE} or {@link Outcome#PENDING}
     *     (the others carry an error: see {@link #failed} and {@link #timedOut})
     * @param infoHashes the torrent's hashes, if known
     * @param torrentId the client's id for it, if known
     * @return the result; a duplicate carries the warning that the client already had the torrent
     */
    public static AddResult of(Outcome outcome, Optional<InfoHashes> infoHashes, Optional<TorrentId> torrentId) {
        if (outcome == Outcome.FAILED || outcome == Outcome.TIMED_OUT) {
            throw new IllegalArgumentException(outcome + " needs an error: use failed() or timedOut()");
        }
        return new AddResult(outcome, infoHashes, torrentId, Optional.empty(),
                outcome == Outcome.DUPLICATE ? List.of("the client already has this torrent; nothing changed") : List.of());
    }

    /**
     * @param error why the source could not be added (unreadable file, malformed torrent, refused...)
     * @param infoHashes the hashes, if they were computed before it failed
     * @return a {@link Outcome#FAILED} result
     */
    public static AddResult failed(TorrentClientException error, Optional<InfoHashes> infoHashes) {
        return new AddResult(Outcome.FAILED, infoHashes, Optional.empty(), Optional.of(Objects.requireNonNull(error,
                "error")), List.of());
    }

    /**
     * @param error what did not show within the wait
     * @param infoHashes the torrent's hashes, if known
     * @param torrentId the client's id, if known
     * @return a {@link Outcome#TIMED_OUT} result
     */
    public static AddResult timedOut(ChangeTimeoutException error, Optional<InfoHashes> infoHashes,
            Optional<TorrentId> torrentId) {
        return new AddResult(Outcome.TIMED_OUT, infoHashes, torrentId, Optional.of(Objects.requireNonNull(error,
                "error")), List.of());
    }

    /** @param warning something the caller should know @return a copy with it */
    public AddResult withWarning(String warning) {
        List<String> w = new ArrayList<>(warnings);
        w.add(Objects.requireNonNull(warning, "warning"));
        return new AddResult(outcome, infoHashes, torrentId, error, w);
    }

    /** @return whether the torrent was added, was there already, is still being fetched, failed or timed out */
    public Outcome outcome() {
        return outcome;
    }

    /** @return the torrent's hashes, computed locally from a magnet or .torrent file */
    public Optional<InfoHashes> infoHashes() {
        return infoHashes;
    }

    /** @return the client's id for it, when the client reported one or it was found */
    public Optional<TorrentId> torrentId() {
        return torrentId;
    }

    /** @return the error, for {@link Outcome#FAILED} and {@link Outcome#TIMED_OUT} */
    public Optional<TorrentClientException> error() {
        return error;
    }

    /** @return warnings, such as the duplicate's; empty if none */
    public List<String> warnings() {
        return warnings;
    }

    /** @return whether the client has the torrent or is fetching it ({@link Outcome#ADDED}, DUPLICATE or PENDING) */
    public boolean succeeded() {
        return outcome == Outcome.ADDED || outcome == Outcome.DUPLICATE || outcome == Outcome.PENDING;
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
        /** The client already had this torrent; nothing changed (a warning, not an error). */
        DUPLICATE,
        /** The client accepted the request but is still fetching the torrent (a URL). */
        PENDING,
        /** It could not be added; see {@link #error()}. */
        FAILED,
        /** The client accepted it, but it was not listed within the {@link Wait}. */
        TIMED_OUT
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddResult r && outcome == r.outcome && infoHashes.equals(r.infoHashes)
                && torrentId.equals(r.torrentId) && error.equals(r.error) && warnings.equals(r.warnings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, infoHashes, torrentId, error, warnings);
    }

    @Override
    public String toString() {
        return "AddResult[" + outcome + infoHashes.map(h -> " " + h).orElse("") + torrentId.map(i -> " id=" + i).orElse("")
                + error.map(e -> " error=" + e.getMessage()).orElse("") + (warnings.isEmpty() ? "" : " warnings=" + warnings)
                + "]";
    }
}
