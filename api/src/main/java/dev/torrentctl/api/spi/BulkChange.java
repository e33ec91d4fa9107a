package dev.torrentctl.api.spi;

import dev.torrentctl.api.AddResult;
import dev.torrentctl.api.AuthenticationException;
import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.BulkResult.Item;
import dev.torrentctl.api.ChangeTimeoutException;
import dev.torrentctl.api.ConnectionException;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentClientException;
import dev.torrentctl.api.TorrentFilter;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.Wait;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The bulk semantics every backend shares, for a third party's as much as torrentctl's own: one
 * change applied to a {@link TorrentSelection} with an outcome per torrent, and bounded waits
 * until changes show. A backend supplies how to find torrents ({@link Lookup}) and how to send a
 * change; this class resolves the selection first (clients skip unknown torrents silently), leaves
 * out the torrents already as asked, sends one change for the rest, and polls, with a growing
 * interval (50 ms to 500 ms) and never past the {@link Wait}, until the change shows.
 *
 * <pre>{@code
 * BulkChange bulk = new BulkChange("myclient", lookup);
 * return bulk.apply("stop", which, BulkChange.STOPPED, ids -> rpc.stop(ids), BulkChange.STOPPED, wait);
 * }</pre>
 *
 * Thread-safe if the lookup is.
 *
 * @since 0.2
 */
public final class BulkChange {
    /** Stopped and settled: neither queued nor checking (what a wait after {@code stop} waits for). */
    public static final Predicate<Torrent> STOPPED = t -> t.state().isStopped();
    /** No longer stopped (what a wait after {@code start} waits for). */
    public static final Predicate<Torrent> STARTED = t -> !t.state().isStopped();
    /**
     * Known to be started: downloading, seeding, fetching metadata or queued (what counts as
     * "already started"). A checking, moving, errored or unknown torrent may be stopped underneath
     * (qBittorrent shows a stopped torrent that checks as checking), so it is sent a start.
     */
    public static final Predicate<Torrent> RUNNING = t -> switch (t.state()) {
        case DOWNLOADING, SEEDING, FETCHING_METADATA, QUEUED -> true;
        default -> false;
    };
    private static final Duration FIRST_POLL = Duration.ofMillis(50);
    private static final Duration MAX_POLL = Duration.ofMillis(500);

    private final String backend;
    private final Lookup lookup;

    /** How a backend finds torrents. */
    public interface Lookup {
        /**
         * @param refs references, possibly repeated
         * @return the torrent each known reference designates; unknown ones are left out
         */
        Map<TorrentRef, Torrent> find(List<TorrentRef> refs);

        /** @param filter which torrents ({@link TorrentFilter#ALL} for all) @return those the client has */
        List<Torrent> list(TorrentFilter filter);

        /** @param ids client ids ({@link Torrent#id()}) @return the torrents with them the client still has */
        List<Torrent> fetch(Set<String> ids);
    }

    /**
     * @param backend the backend name, for errors
     * @param lookup how to find torrents
     */
    public BulkChange(String backend, Lookup lookup) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /**
     * @param which a selection
     * @return each requested reference (or, for a filter, each torrent's own) with the torrent, if found, in order
     */
    public List<Map.Entry<TorrentRef, Optional<Torrent>>> resolve(TorrentSelection which) {
        Objects.requireNonNull(which, "which");
        List<Map.Entry<TorrentRef, Optional<Torrent>>> out = new ArrayList<>();
        if (which.refs().isPresent()) {
            List<TorrentRef> refs = which.refs().get();
            Map<TorrentRef, Torrent> found = refs.isEmpty() ? Map.of() : lookup.find(refs);
            refs.forEach(r -> out.add(Map.entry(r, Optional.ofNullable(found.get(r)))));
        } else {
            lookup.list(which.filter().orElseThrow()).forEach(t -> out.add(Map.entry(t.ref(), Optional.of(t))));
        }
        return out;
    }

    /**
     * Applies a change.
     *
     * @param operation the operation's name, for outcomes and errors
     * @param which the torrents
     * @param already whether a torrent already is as asked: {@link BulkResult.Outcome#ALREADY}, nothing sent
     * @param send sends the change for these client ids, in one request where the client can;
     *     an error it throws fails those torrents, except that a connection or authentication failure,
     *     or an {@link InvalidInputException} (the change itself is invalid, such as an unknown
     *     category), is thrown on
     * @param visible whether the change shows on a torrent, for the wait
     * @param wait how long to wait until {@code visible} holds for every changed torrent
     * @return one outcome per torrent
     */
    public BulkResult apply(String operation, TorrentSelection which, Predicate<Torrent> already,
            Consumer<Set<String>> send, Predicate<Torrent> visible, Wait wait) {
        return run(operation, which, already, send, Optional.of(visible), wait);
    }

    /**
     * Removes torrents: waiting means until they are no longer listed.
     *
     * @param operation the operation's name
     * @param which the torrents
     * @param send removes the torrents with these client ids
     * @param wait how long to wait until they are gone
     * @return one outcome per torrent; {@link BulkResult.Outcome#NOT_FOUND} for one not present
     */
    public BulkResult remove(String operation, TorrentSelection which, Consumer<Set<String>> send, Wait wait) {
        return run(operation, which, t -> false, send, Optional.empty(), wait);
    }

    private BulkResult run(String operation, TorrentSelection which, Predicate<Torrent> already,
            Consumer<Set<String>> send, Optional<Predicate<Torrent>> visible, Wait wait) {
        Objects.requireNonNull(wait, "wait");
        List<Map.Entry<TorrentRef, Optional<Torrent>>> resolved = resolve(which);
        Set<String> pending = new LinkedHashSet<>();
        for (Map.Entry<TorrentRef, Optional<Torrent>> e : resolved) {
            e.getValue().filter(t -> !already.test(t)).ifPresent(t -> pending.add(t.id()));
        }
        Map<String, TorrentClientException> failed = new LinkedHashMap<>();
        Set<String> invisible = Set.of();
        if (!pending.isEmpty()) {
            try {
                send.accept(pending);
                if (wait.waits()) {
                    invisible = await(pending, visible, wait.timeout());
                }
            } catch (ConnectionException | AuthenticationException | InvalidInputException e) {
                throw e; // the client is unreachable, or the change itself (not a torrent) is invalid
            } catch (TorrentClientException e) {
                pending.forEach(id -> failed.put(id, e));
            }
        }
        List<Item> items = new ArrayList<>(resolved.size());
        for (Map.Entry<TorrentRef, Optional<Torrent>> e : resolved) {
            TorrentRef ref = e.getKey();
            Optional<Torrent> t = e.getValue();
            if (t.isEmpty()) {
                items.add(Item.notFound(ref));
                continue;
            }
            String id = t.get().id();
            if (failed.containsKey(id)) {
                items.add(Item.failed(ref, Optional.of(id), failed.get(id)));
            } else if (invisible.contains(id)) {
                items.add(Item.timedOut(ref, id, new ChangeTimeoutException(backend, operation, ref + " (" + id + ")",
                        wait.timeout())));
            } else {
                items.add(pending.contains(id) ? Item.done(ref, id) : Item.already(ref, id));
            }
        }
        return BulkResult.of(operation, items);
    }

    /**
     * Waits until added torrents are listed with their hashes: an {@link AddResult.Outcome#ADDED}
     * result whose torrent does not show in time becomes {@link AddResult.Outcome#TIMED_OUT}.
     *
     * @param operation the operation's name
     * @param results the results of an add, in order
     * @param wait how long to wait
     * @return the results, with those not listed in time timed out
     */
    public List<AddResult> awaitAdded(String operation, List<AddResult> results, Wait wait) {
        if (!wait.waits()) {
            return results;
        }
        long deadline = System.nanoTime() + wait.timeout().toNanos();
        Map<Integer, TorrentRef> waiting = new LinkedHashMap<>();
        for (int i = 0; i < results.size(); i++) {
            AddResult r = results.get(i);
            if (r.outcome() == AddResult.Outcome.ADDED && r.infoHashes().isPresent()) {
                waiting.put(i, TorrentRef.of(r.infoHashes().get()));
            }
        }
        Duration interval = FIRST_POLL;
        while (!waiting.isEmpty()) {
            Map<TorrentRef, Torrent> found = lookup.find(List.copyOf(waiting.values()));
            waiting.values().removeIf(ref -> found.containsKey(ref) && found.get(ref).infoHashes().isPresent());
            if (waiting.isEmpty() || !sleep(deadline, interval, operation)) {
                break;
            }
            interval = next(interval);
        }
        List<AddResult> out = new ArrayList<>(results);
        waiting.forEach((i, ref) -> out.set(i, AddResult.timedOut(new ChangeTimeoutException(backend, operation,
                ref + " listed", wait.timeout()), results.get(i).infoHashes(), results.get(i).torrentId())));
        return List.copyOf(out);
    }

    /** Polls until the change shows on every id (or, for a removal, every id is gone); returns the ids where it never did. */
    private Set<String> await(Set<String> ids, Optional<Predicate<Torrent>> visible, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration interval = FIRST_POLL;
        Set<String> remaining = new LinkedHashSet<>(ids);
        while (true) {
            List<Torrent> now = lookup.fetch(remaining);
            if (visible.isPresent()) {
                now.stream().filter(visible.get()).forEach(t -> remaining.remove(t.id()));
            } else {
                Set<String> listed = new LinkedHashSet<>();
                now.forEach(t -> listed.add(t.id()));
                remaining.retainAll(listed);
            }
            if (remaining.isEmpty() || !sleep(deadline, interval, "wait")) {
                return remaining;
            }
            interval = next(interval);
        }
    }

    /** @return false when the deadline has passed */
    private boolean sleep(long deadline, Duration interval, String operation) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        try {
            Thread.sleep(Math.max(1, Math.min(interval.toMillis(), left / 1_000_000)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException(backend, operation, "", ConnectionException.Kind.INTERRUPTED,
                    "interrupted while waiting for the change to show", e);
        }
        return true;
    }

    private static Duration next(Duration interval) {
        Duration doubled = interval.multipliedBy(2);
        return doubled.compareTo(MAX_POLL) > 0 ? MAX_POLL : doubled;
    }
}
