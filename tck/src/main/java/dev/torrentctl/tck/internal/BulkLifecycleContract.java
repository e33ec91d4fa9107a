package dev.torrentctl.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.BulkResult.Outcome;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.Category;
import dev.torrentctl.api.RemoveMode;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentFilter;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.TorrentState;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Start, stop and remove on several torrents (recheck and reannounce: the Control area): one outcome per reference, in
 * order, "already" told apart from "done", unknown references reported and never hiding the
 * others, and waits after which the change is visible at once, with no polling by the caller.
 */
public abstract class BulkLifecycleContract extends Contract {

    private List<Outcome> outcomes(BulkResult r) {
        return r.items().stream().map(BulkResult.Item::outcome).toList();
    }

    @Test
    @DisplayName("start with a wait: a stopped torrent is DONE and no longer stopped when the call returns, a running one ALREADY, an unknown one NOT_FOUND")
    void startReportsDoneAlreadyAndNotFound() {
        Fixture a = stoppedV1(Capability.STOP_START);
        Fixture b = Fixture.create(FixtureKind.V1);
        addStopped(b);
        TorrentRef unknown = Fixture.create(FixtureKind.MAGNET).ref();
        Api api = context().api();

        BulkResult first = api.start(TorrentSelection.of(a.ref(), unknown), waitForIt());
        assertThat(first.operation()).isEqualTo("start");
        assertThat(outcomes(first)).containsExactly(Outcome.DONE, Outcome.NOT_FOUND);
        assertThat(first.items().get(0).ref()).isEqualTo(a.ref());
        assertThat(first.items().get(1).ref()).isEqualTo(unknown);
        assertThat(api.get(a.ref()).state().isStopped()).as("state of %s right after the wait", a.ref()).isFalse();

        // a started torrent may check first; once it downloads (or is queued) it is already started
        awaitState(a.ref(), "downloads, seeds or is queued", t -> t.state() == TorrentState.DOWNLOADING
                || t.state() == TorrentState.SEEDING || t.state() == TorrentState.QUEUED
                || t.state() == TorrentState.FETCHING_METADATA);
        BulkResult second = api.start(TorrentSelection.of(a.ref(), b.ref()), waitForIt());
        assertThat(outcomes(second)).containsExactly(Outcome.ALREADY, Outcome.DONE);
        assertThat(api.get(b.ref()).state().isStopped()).isFalse();
    }

    @Test
    @DisplayName("stop with a wait: when the call returns each is stopped and neither queued nor checking; stopping again is ALREADY")
    void stopWaitsUntilSettled() {
        Fixture a = stoppedV1(Capability.STOP_START);
        Fixture b = Fixture.create(FixtureKind.V1);
        addStopped(b);
        Api api = context().api();
        assertThat(api.start(TorrentSelection.of(a.ref(), b.ref()), waitForIt()).succeeded()).isTrue();

        BulkResult stopped = api.stop(TorrentSelection.of(b.ref(), a.ref()), waitForIt());
        assertThat(outcomes(stopped)).containsExactly(Outcome.DONE, Outcome.DONE);
        for (Fixture f : List.of(a, b)) {
            TorrentState state = api.get(f.ref()).state();
            assertThat(state).as("state of %s right after the wait", f.ref()).isIn(TorrentState.STOPPED,
                    TorrentState.COMPLETED);
        }
        assertThat(outcomes(api.stop(TorrentSelection.of(a.ref(), b.ref()), waitForIt())))
                .containsExactly(Outcome.ALREADY, Outcome.ALREADY);
    }

    @Test
    @DisplayName("a bulk call whose references are all unknown answers NOT_FOUND for each, as it does when some are")
    void allUnknownIsNotFoundForEach() {
        requires(Capability.STOP_START, Capability.REMOVE);
        TorrentRef u1 = Fixture.create(FixtureKind.MAGNET).ref();
        TorrentRef u2 = Fixture.create(FixtureKind.MAGNET).ref();
        Api api = context().api();
        assertThat(outcomes(api.stop(TorrentSelection.of(u1, u2), waitForIt())))
                .containsExactly(Outcome.NOT_FOUND, Outcome.NOT_FOUND);
        assertThat(outcomes(api.start(TorrentSelection.of(u1, u2), waitForIt())))
                .containsExactly(Outcome.NOT_FOUND, Outcome.NOT_FOUND);
        assertThat(outcomes(api.remove(TorrentSelection.of(u2, u1), RemoveMode.KEEP_DATA, waitForIt())))
                .containsExactly(Outcome.NOT_FOUND, Outcome.NOT_FOUND);
    }

    @Test
    @DisplayName("remove with a wait: removed torrents are no longer listed when the call returns; a missing one is NOT_FOUND (not present)")
    void removeWaitsUntilGone() {
        Fixture a = stoppedV1(Capability.REMOVE);
        Fixture b = Fixture.create(FixtureKind.V1);
        addStopped(b);
        TorrentRef unknown = Fixture.create(FixtureKind.MAGNET).ref();
        Api api = context().api();
        BulkResult removed = api.remove(TorrentSelection.of(a.ref(), unknown, b.ref()), RemoveMode.DELETE_DATA,
                waitForIt());
        assertThat(outcomes(removed)).containsExactly(Outcome.DONE, Outcome.NOT_FOUND, Outcome.DONE);
        assertThat(api.find(a.ref())).isEmpty();
        assertThat(api.find(b.ref())).isEmpty();
        assertThat(outcomes(api.remove(TorrentSelection.of(a.ref()), RemoveMode.KEEP_DATA, waitForIt())))
                .containsExactly(Outcome.NOT_FOUND);
    }

    @Test
    @DisplayName("a filter selects what to stop: one item per matching torrent, by its own reference; others are untouched")
    void filterSelectsTheTorrents() {
        requires(Capability.STOP_START, Capability.CATEGORIES, Capability.ADD_OPTION_CATEGORY, Capability.LIST_TORRENTS);
        Fixture a = stoppedV1();
        Api api = context().api();
        String category = unique("bulk");
        api.createCategory(Category.of(category));
        try {
            Fixture b = Fixture.create(FixtureKind.V1);
            Fixture c = Fixture.create(FixtureKind.V1);
            addStopped(b, r -> r.category(category).stopped(false));
            addStopped(c, r -> r.category(category).stopped(false));
            api.start(TorrentSelection.of(a.ref()), waitForIt());

            BulkResult r = api.stop(TorrentSelection.matching(TorrentFilter.category(category)), waitForIt());
            Map<TorrentRef, Outcome> byRef = r.items().stream().collect(Collectors.toMap(BulkResult.Item::ref,
                    BulkResult.Item::outcome));
            Map<String, Torrent> listed = api.list().stream().collect(Collectors.toMap(Torrent::id, Function.identity()));
            assertThat(r.items()).hasSize(2);
            assertThat(r.items()).allSatisfy(i -> assertThat(i.outcome()).isIn(Outcome.DONE, Outcome.ALREADY));
            assertThat(r.items().stream().map(i -> listed.get(i.torrentId().orElseThrow()).name()))
                    .containsExactlyInAnyOrder(b.name(), c.name());
            assertThat(byRef).hasSize(2);
            assertThat(api.get(b.ref()).state().isStopped()).isTrue();
            assertThat(api.get(c.ref()).state().isStopped()).isTrue();
            assertThat(api.get(a.ref()).state().isStopped()).as("the torrent outside the category").isFalse();
        } finally {
            api.remove(TorrentSelection.matching(TorrentFilter.category(category)), RemoveMode.DELETE_DATA, waitForIt());
            api.removeCategories(java.util.Set.of(category));
        }
    }
}
