package dev.torrentctl.backend.qbittorrent.internal;

import dev.torrentctl.api.BackendProtocolException;
import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentClientException;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.Wait;
import dev.torrentctl.backend.qbittorrent.QBittorrentProvider;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One change applied to several torrents with per-torrent outcomes, which qBittorrent itself does
 * not give (it skips unknown hashes silently): the references are resolved with one filtered
 * {@code torrents/info}, torrents already as asked are left out, one request changes the rest,
 * and, if asked, the result waits (bounded) until the change shows in {@code torrents/info}.
 */
final class BulkOperation {
    private static final Duration FIRST_POLL = Duration.ofMillis(50);
    private static final Duration MAX_POLL = Duration.ofMillis(500);

    private final String operation;
    private final Function<List<TorrentRef>, Map<TorrentRef, Torrent>> resolve;
    private final Function<Set<String>, List<Torrent>> fetch;

    /**
     * @param operation the operation's name, for outcomes and errors
     * @param resolve finds the torrents of references (absent ones are left out of the map)
     * @param fetch lists the torrents with the given ids
     */
    BulkOperation(String operation, Function<List<TorrentRef>, Map<TorrentRef, Torrent>> resolve,
            Function<Set<String>, List<Torrent>> fetch) {
        this.operation = operation;
        this.resolve = resolve;
        this.fetch = fetch;
    }

    /**
     * @param refs the torrents, in the caller's order
     * @param done whether a torrent already is as asked
     * @param send changes the torrents with these ids (throws for a failure of the whole request)
     * @param wait whether to wait for {@code done} to hold for every changed torrent
     * @return one outcome per reference
     */
    BulkResult apply(List<TorrentRef> refs, Predicate<Torrent> done, Consumer<Set<String>> send, Wait wait) {
        Map<TorrentRef, Torrent> found = resolve.apply(refs);
        Set<String> pending = new LinkedHashSet<>();
        for (TorrentRef ref : refs) {
            Torrent t = found.get(ref);
            if (t != null && !done.test(t)) {
                pending.add(t.id());
            }
        }
        Map<String, TorrentClientException> failed = new LinkedHashMap<>();
        if (!pending.isEmpty()) {
            send.accept(pending);
            if (wait.waits()) {
                Set<String> invisible = awaitVisible(pending, done, wait.timeout());
                invisible.forEach(id -> failed.put(id, new BackendProtocolException(QBittorrentProvider.NAME, operation,
                        -1, "", "the change to " + id + " was accepted but not visible within " + wait.timeout(), null)));
            }
        }
        List<BulkResult.Item> items = new ArrayList<>(refs.size());
        for (TorrentRef ref : refs) {
            Torrent t = found.get(ref);
            if (t == null) {
                items.add(new BulkResult.Item(ref, BulkResult.Outcome.NOT_FOUND, Optional.empty(), Optional.empty()));
            } else if (failed.containsKey(t.id())) {
                items.add(new BulkResult.Item(ref, BulkResult.Outcome.FAILED, Optional.of(t.id()),
                        Optional.of(failed.get(t.id()))));
            } else {
                items.add(new BulkResult.Item(ref, pending.contains(t.id()) ? BulkResult.Outcome.DONE
                        : BulkResult.Outcome.ALREADY, Optional.of(t.id()), Optional.empty()));
            }
        }
        return new BulkResult(operation, items);
    }

    /** Polls with a growing interval until {@code done} holds for all ids; returns those for which it never did. */
    private Set<String> awaitVisible(Set<String> ids, Predicate<Torrent> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration interval = FIRST_POLL;
        Set<String> remaining = new LinkedHashSet<>(ids);
        while (true) {
            for (Torrent t : fetch.apply(remaining)) {
                if (done.test(t)) {
                    remaining.remove(t.id());
                }
            }
            long left = deadline - System.nanoTime();
            if (remaining.isEmpty() || left <= 0) {
                return remaining;
            }
            try {
                Thread.sleep(Math.max(1, Math.min(interval.toMillis(), left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new dev.torrentctl.api.ConnectionException(QBittorrentProvider.NAME, operation, "", "interrupted while"
                        + " waiting for the change to show", new InterruptedIOException());
            }
            interval = interval.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : interval.multipliedBy(2);
        }
    }
}
