package dev.torrentctl.api.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.api.AddResult;
import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.BulkResult.Outcome;
import dev.torrentctl.api.BackendProtocolException;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentFilter;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.TorrentState;
import dev.torrentctl.api.Wait;
import dev.torrentctl.hashes.InfoHashV1;
import dev.torrentctl.hashes.InfoHashes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BulkChangeTest {
    /** An in-memory client whose changes show after {@code lag} reads. */
    private static final class Client implements BulkChange.Lookup {
        final Map<String, Torrent> torrents = new LinkedHashMap<>();
        final List<Set<String>> sent = new ArrayList<>();
        final AtomicInteger fetches = new AtomicInteger();

        Torrent add(int n, TorrentState state) {
            byte[] h = new byte[20];
            h[19] = (byte) n;
            Torrent t = Torrent.builder(InfoHashV1.of(h).hex()).infoHashV1(Optional.of(InfoHashV1.of(h)))
                    .name("t" + n).state(state).build();
            torrents.put(t.id(), t);
            return t;
        }

        @Override
        public Map<TorrentRef, Torrent> find(List<TorrentRef> refs) {
            Map<TorrentRef, Torrent> found = new HashMap<>();
            refs.forEach(r -> torrents.values().stream().filter(r::matches).findFirst().ifPresent(t -> found.put(r, t)));
            return found;
        }

        @Override
        public List<Torrent> list(TorrentFilter filter) {
            return torrents.values().stream().filter(filter::matches).toList();
        }

        @Override
        public List<Torrent> fetch(Set<String> ids) {
            fetches.incrementAndGet();
            return ids.stream().map(torrents::get).filter(java.util.Objects::nonNull).toList();
        }
    }

    private static TorrentRef unknown() {
        byte[] h = new byte[20];
        h[0] = 1;
        return TorrentRef.of(InfoHashV1.of(h));
    }

    @Test
    void doneAlreadyAndNotFoundInTheCallersOrderWithOneRequest() {
        Client c = new Client();
        Torrent running = c.add(1, TorrentState.DOWNLOADING);
        Torrent stopped = c.add(2, TorrentState.STOPPED);
        BulkResult r = new BulkChange("test", c).apply("stop", TorrentSelection.of(stopped.ref(), unknown(),
                running.ref()), BulkChange.STOPPED, ids -> c.sent.add(Set.copyOf(ids)), BulkChange.STOPPED, Wait.none());
        assertThat(r.items()).extracting(BulkResult.Item::outcome).containsExactly(Outcome.ALREADY, Outcome.NOT_FOUND,
                Outcome.DONE);
        assertThat(c.sent).containsExactly(Set.of(running.id()));
    }

    @Test
    void aCheckingTorrentIsSentAStartAQueuedOneIsAlreadyStarted() {
        Client c = new Client();
        Torrent checking = c.add(1, TorrentState.CHECKING);
        Torrent queued = c.add(2, TorrentState.QUEUED);
        BulkResult r = new BulkChange("test", c).apply("start", TorrentSelection.of(checking.ref(), queued.ref()),
                BulkChange.RUNNING, ids -> c.sent.add(Set.copyOf(ids)), BulkChange.STARTED, Wait.none());
        assertThat(r.items()).extracting(BulkResult.Item::outcome).containsExactly(Outcome.DONE, Outcome.ALREADY);
        assertThat(c.sent).containsExactly(Set.of(checking.id()));
    }

    @Test
    void allUnknownSendsNothing() {
        Client c = new Client();
        BulkResult r = new BulkChange("test", c).remove("remove", TorrentSelection.of(unknown(), unknown()),
                ids -> c.sent.add(ids), Wait.upTo(Duration.ofSeconds(5)));
        assertThat(r.items()).extracting(BulkResult.Item::outcome).containsExactly(Outcome.NOT_FOUND, Outcome.NOT_FOUND);
        assertThat(c.sent).isEmpty();
        assertThat(c.fetches).hasValue(0);
    }

    @Test
    void aChangeThatNeverShowsTimesOutPerItem() {
        Client c = new Client();
        Torrent a = c.add(1, TorrentState.DOWNLOADING);
        BulkResult r = new BulkChange("test", c).apply("stop", TorrentSelection.of(a.ref()), BulkChange.STOPPED,
                ids -> { }, BulkChange.STOPPED, Wait.upTo(Duration.ofMillis(200)));
        assertThat(r.items().get(0).outcome()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(r.items().get(0).waited()).contains(Duration.ofMillis(200));
        assertThat(c.fetches.get()).isGreaterThan(1);
    }

    @Test
    void queuedOrCheckingIsNotStoppedYet() {
        Client c = new Client();
        Torrent a = c.add(1, TorrentState.DOWNLOADING);
        AtomicInteger reads = new AtomicInteger();
        BulkChange.Lookup settling = new BulkChange.Lookup() {
            @Override
            public Map<TorrentRef, Torrent> find(List<TorrentRef> refs) {
                return c.find(refs);
            }

            @Override
            public List<Torrent> list(TorrentFilter filter) {
                return c.list(filter);
            }

            @Override
            public List<Torrent> fetch(Set<String> ids) {
                TorrentState s = switch (reads.incrementAndGet()) {
                    case 1 -> TorrentState.QUEUED;
                    case 2 -> TorrentState.CHECKING;
                    default -> TorrentState.STOPPED;
                };
                return List.of(a.toBuilder().state(s).build());
            }
        };
        BulkResult r = new BulkChange("test", settling).apply("stop", TorrentSelection.of(a.ref()), BulkChange.STOPPED,
                ids -> { }, BulkChange.STOPPED, Wait.upTo(Duration.ofSeconds(10)));
        assertThat(r.items().get(0).outcome()).isEqualTo(Outcome.DONE);
        assertThat(reads).hasValue(3);
    }

    @Test
    void aRefusedRequestFailsTheSentItemsOnly() {
        Client c = new Client();
        Torrent a = c.add(1, TorrentState.DOWNLOADING);
        Torrent b = c.add(2, TorrentState.STOPPED);
        BulkResult r = new BulkChange("test", c).apply("stop", TorrentSelection.of(a.ref(), b.ref(), unknown()),
                BulkChange.STOPPED, ids -> {
                    throw new BackendProtocolException("test", "stop", 500, "", "refused", null);
                }, BulkChange.STOPPED, Wait.none());
        assertThat(r.items()).extracting(BulkResult.Item::outcome).containsExactly(Outcome.FAILED, Outcome.ALREADY,
                Outcome.NOT_FOUND);
        assertThat(r.items().get(0).error()).hasValueSatisfying(e -> assertThat(e).hasMessageContaining("refused"));
    }

    @Test
    void anInvalidChangeIsThrown() {
        Client c = new Client();
        Torrent a = c.add(1, TorrentState.DOWNLOADING);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BulkChange("test", c).apply("setCategory",
                TorrentSelection.of(a.ref()), t -> false, ids -> {
                    throw new InvalidInputException("test", "setCategory", "no such category", null);
                }, t -> true, Wait.none())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aFilterSelectsOneItemPerTorrent() {
        Client c = new Client();
        c.add(1, TorrentState.DOWNLOADING);
        c.add(2, TorrentState.STOPPED);
        c.add(3, TorrentState.SEEDING);
        BulkResult r = new BulkChange("test", c).apply("stop", TorrentSelection.all(), BulkChange.STOPPED,
                ids -> c.sent.add(Set.copyOf(ids)), BulkChange.STOPPED, Wait.none());
        assertThat(r.items()).extracting(BulkResult.Item::outcome).containsExactly(Outcome.DONE, Outcome.ALREADY,
                Outcome.DONE);
        assertThat(c.sent.get(0)).hasSize(2);
    }

    @Test
    void anAddNotListedInTimeTimesOut() {
        Client c = new Client();
        Torrent listed = c.add(1, TorrentState.STOPPED);
        byte[] h = new byte[20];
        h[19] = 9;
        List<AddResult> results = List.of(
                AddResult.of(AddResult.Outcome.ADDED, listed.infoHashes(), Optional.empty()),
                AddResult.of(AddResult.Outcome.ADDED, Optional.of(InfoHashes.of(InfoHashV1.of(h))), Optional.empty()),
                AddResult.of(AddResult.Outcome.DUPLICATE, listed.infoHashes(), Optional.empty()));
        List<AddResult> waited = new BulkChange("test", c).awaitAdded("add", results, Wait.upTo(Duration.ofMillis(150)));
        assertThat(waited).extracting(AddResult::outcome).containsExactly(AddResult.Outcome.ADDED,
                AddResult.Outcome.TIMED_OUT, AddResult.Outcome.DUPLICATE);
        assertThat(waited.get(2).warnings()).isNotEmpty();
    }
}
