package dev.torrentctl.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an operation on several torrents did to each of them. Clients such as qBittorrent and
 * Transmission silently skip unknown torrents; this result never does, and one bad reference never
 * hides the outcomes of the others: a bulk call answers the same way whether some, all or none of
 * its references are unknown.
 *
 * <p>For a {@link TorrentSelection} by reference the items follow the references, in order; for
 * all torrents or a filter, there is one item per torrent found.
 *
 * @since 0.1
 */
public final class BulkResult {
    private final String operation;
    private final List<Item> items;

    private BulkResult(String operation, List<Item> items) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.items = List.copyOf(items);
    }

    /**
     * @param operation the operation, such as {@code "stop"}
     * @param items one outcome per torrent
     * @return the result
     */
    public static BulkResult of(String operation, List<Item> items) {
        return new BulkResult(operation, items);
    }

    /** @return the operation, such as {@code "setCategory"} */
    public String operation() {
        return operation;
    }

    /** @return one outcome per torrent */
    public List<Item> items() {
        return items;
    }

    /** The outcome for one torrent. */
    public enum Outcome {
        /** The change was made (and, if waited for, is visible). */
        DONE,
        /**
         * The torrent was already as asked (already stopped, already started, already in the
         * category...); nothing was sent for it.
         */
        ALREADY,
        /** The client has no such torrent (for a removal: it was not present). */
        NOT_FOUND,
        /** The change failed; see {@link Item#error()}. */
        FAILED,
        /**
         * The client accepted the change, but it was not visible within the {@link Wait}; the
         * error is a {@link ChangeTimeoutException}.
         */
        TIMED_OUT
    }

    /** The outcome for one torrent, with its warnings. Immutable. */
    public static final class Item {
        private final TorrentRef ref;
        private final Outcome outcome;
        private final Optional<String> torrentId;
        private final Optional<TorrentClientException> error;
        private final List<String> warnings;

        private Item(TorrentRef ref, Outcome outcome, Optional<String> torrentId, Optional<TorrentClientException> error,
                List<String> warnings) {
            this.ref = Objects.requireNonNull(ref, "ref");
            this.outcome = Objects.requireNonNull(outcome, "outcome");
            this.torrentId = Objects.requireNonNull(torrentId, "torrentId");
            this.error = Objects.requireNonNull(error, "error");
            this.warnings = List.copyOf(warnings);
        }

        /** @param ref the reference @param torrentId the client's id @return a {@link Outcome#DONE} item */
        public static Item done(TorrentRef ref, String torrentId) {
            return new Item(ref, Outcome.DONE, Optional.of(torrentId), Optional.empty(), List.of());
        }

        /** @param ref the reference @param torrentId the client's id @return an {@link Outcome#ALREADY} item */
        public static Item already(TorrentRef ref, String torrentId) {
            return new Item(ref, Outcome.ALREADY, Optional.of(torrentId), Optional.empty(), List.of());
        }

        /** @param ref the reference @return a {@link Outcome#NOT_FOUND} item */
        public static Item notFound(TorrentRef ref) {
            return new Item(ref, Outcome.NOT_FOUND, Optional.empty(), Optional.empty(), List.of());
        }

        /**
         * @param ref the reference
         * @param torrentId the client's id, if the torrent was found
         * @param error why it failed
         * @return a {@link Outcome#FAILED} item
         */
        public static Item failed(TorrentRef ref, Optional<String> torrentId, TorrentClientException error) {
            return new Item(ref, Outcome.FAILED, torrentId, Optional.of(Objects.requireNonNull(error, "error")), List.of());
        }

        /**
         * @param ref the reference
         * @param torrentId the client's id
         * @param error what did not show, and how long was waited
         * @return a {@link Outcome#TIMED_OUT} item
         */
        public static Item timedOut(TorrentRef ref, String torrentId, ChangeTimeoutException error) {
            return new Item(ref, Outcome.TIMED_OUT, Optional.of(torrentId), Optional.of(Objects.requireNonNull(error,
                    "error")), List.of());
        }

        /** @param warning something the caller should know, such as a setting the client ignored @return a copy with it */
        public Item withWarning(String warning) {
            List<String> w = new ArrayList<>(warnings);
            w.add(Objects.requireNonNull(warning, "warning"));
            return new Item(ref, outcome, torrentId, error, w);
        }

        /** @return the reference as requested (for a filter, the torrent's own {@link Torrent#ref()}) */
        public TorrentRef ref() {
            return ref;
        }

        /** @return what happened */
        public Outcome outcome() {
            return outcome;
        }

        /** @return the client's id for the torrent, when found */
        public Optional<String> torrentId() {
            return torrentId;
        }

        /** @return why it failed or timed out */
        public Optional<TorrentClientException> error() {
            return error;
        }

        /** @return warnings, empty if none */
        public List<String> warnings() {
            return warnings;
        }

        /** @return how long was waited, for a {@link Outcome#TIMED_OUT} item */
        public Optional<Duration> waited() {
            return error.filter(ChangeTimeoutException.class::isInstance).map(e -> ((ChangeTimeoutException) e).waited());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Item i && ref.equals(i.ref) && outcome == i.outcome && torrentId.equals(i.torrentId)
                    && error.equals(i.error) && warnings.equals(i.warnings);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ref, outcome, torrentId, error, warnings);
        }

        @Override
        public String toString() {
            return "Item[" + ref + " " + outcome + torrentId.map(id -> " id=" + id).orElse("")
                    + error.map(e -> " error=" + e.getMessage()).orElse("")
                    + (warnings.isEmpty() ? "" : " warnings=" + warnings) + "]";
        }
    }

    /** @return whether every torrent is now as asked ({@link Outcome#DONE} or {@link Outcome#ALREADY}) */
    public boolean succeeded() {
        return items.stream().allMatch(i -> i.outcome() == Outcome.DONE || i.outcome() == Outcome.ALREADY);
    }

    /** @param outcome an outcome @return the items with it */
    public List<Item> with(Outcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).toList();
    }

    /** @return every item's warnings, each prefixed with its reference */
    public List<String> warnings() {
        List<String> all = new ArrayList<>();
        items.forEach(i -> i.warnings().forEach(w -> all.add(i.ref() + ": " + w)));
        return List.copyOf(all);
    }

    /** @param ref a requested reference @return its item @throws IllegalArgumentException if it was not requested */
    public Item item(TorrentRef ref) {
        return items.stream().filter(i -> i.ref().equals(ref)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(ref + " was not part of " + operation));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BulkResult r && operation.equals(r.operation) && items.equals(r.items);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operation, items);
    }

    @Override
    public String toString() {
        return "BulkResult[" + operation + " " + items + "]";
    }
}
