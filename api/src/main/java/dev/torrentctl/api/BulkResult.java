package dev.torrentctl.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an operation on several torrents did to each of them, in the order they were asked for.
 * Clients such as qBittorrent silently skip unknown torrents; this result never does.
 *
 * @param operation the operation, such as {@code "setCategory"}
 * @param items one outcome per requested reference
 * @since 0.1
 */
public record BulkResult(String operation, List<Item> items) {

    /** Copies the list. */
    public BulkResult {
        Objects.requireNonNull(operation, "operation");
        items = List.copyOf(items);
    }

    /** The outcome for one torrent. */
    public enum Outcome {
        /** The change was made. */
        DONE,
        /** The torrent was already in the requested state; nothing was sent for it. */
        ALREADY,
        /** The client has no such torrent. */
        NOT_FOUND,
        /** The change failed, or was not visible within the wait; see {@link Item#error()}. */
        FAILED
    }

    /**
     * @param ref the reference as requested
     * @param outcome what happened
     * @param torrentId the client's id for it, when found
     * @param error why it failed, for {@link Outcome#FAILED}
     */
    public record Item(TorrentRef ref, Outcome outcome, Optional<String> torrentId,
            Optional<TorrentClientException> error) {
        /** Checks for nulls. */
        public Item {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(torrentId, "torrentId");
            Objects.requireNonNull(error, "error");
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

    /** @return the item for {@code ref} @throws IllegalArgumentException if it was not requested */
    public Item item(TorrentRef ref) {
        return items.stream().filter(i -> i.ref().equals(ref)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(ref + " was not part of " + operation));
    }
}
