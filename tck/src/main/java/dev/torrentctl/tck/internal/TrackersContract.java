package dev.torrentctl.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.Tracker;
import dev.torrentctl.api.TrackerStatus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Trackers and web seeds of a torrent. The URLs point at a closed port of 127.0.0.1, so no test
 * reaches a real tracker; the torrents stay stopped, so none is even contacted.
 */
public abstract class TrackersContract extends Contract {
    private static final String T1 = "http://127.0.0.1:9/tck-one/announce";
    private static final String T2 = "udp://127.0.0.1:9/tck-two/announce";
    private static final String W1 = "http://127.0.0.1:9/tck-seed-one/";

    private static List<String> urls(List<Tracker> trackers) {
        return trackers.stream().map(Tracker::url).toList();
    }

    @Test
    @DisplayName("the trackers of a .torrent are listed with their tiers, not contacted while stopped, and no DHT/PeX rows")
    void trackersAreListed() {
        requires(Capability.TRACKERS, Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT);
        Fixture f = Fixture.create(FixtureKind.V1, b -> b.tracker(T1).tracker(T2));
        addStopped(f);
        List<Tracker> trackers = context().api().trackers(f.ref());
        assertThat(urls(trackers)).containsExactlyInAnyOrder(T1, T2);
        assertThat(trackers).extracting(Tracker::tier).containsOnly(0, 1).doesNotHaveDuplicates();
        assertThat(trackers).allSatisfy(t -> {
            assertThat(t.status()).isIn(TrackerStatus.NOT_CONTACTED, TrackerStatus.DISABLED);
            assertThat(t.peers()).isEmpty();
        });
    }

    @Test
    @DisplayName("trackers are added, edited and removed; removing one the torrent lacks reports it as not removed")
    void trackersAreEdited() {
        requires(Capability.TRACKERS, Capability.EDIT_TRACKERS, Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT);
        Api api = context().api();
        Fixture f = Fixture.create(FixtureKind.V1, b -> b.tracker(T1));
        addStopped(f);

        api.addTrackers(f.ref(), List.of(T2));
        context().poller().until("the added tracker is listed", () -> urls(api.trackers(f.ref())), l -> l.contains(T2));

        String edited = "http://127.0.0.1:9/tck-edited/announce";
        api.editTracker(f.ref(), T1, edited);
        List<String> after = context().poller().until("the edit shows", () -> urls(api.trackers(f.ref())),
                l -> l.contains(edited));
        assertThat(after).containsExactlyInAnyOrder(edited, T2);

        String missing = "http://127.0.0.1:9/tck-never-added/announce";
        assertThat(api.removeTrackers(f.ref(), Set.of(T2, missing))).containsExactly(T2);
        assertThat(context().poller().until("the removal shows", () -> urls(api.trackers(f.ref())),
                l -> !l.contains(T2))).containsExactly(edited);
    }

    @Test
    @DisplayName("editing a tracker the torrent lacks, or to something that is not a URL, is refused")
    void badTrackerEditsAreRefused() {
        requires(Capability.EDIT_TRACKERS, Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT);
        Api api = context().api();
        Fixture f = Fixture.create(FixtureKind.V1, b -> b.tracker(T1));
        addStopped(f);
        assertThatThrownBy(() -> api.editTracker(f.ref(), "http://127.0.0.1:9/tck-absent", T2))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("tck-absent");
        assertThatThrownBy(() -> api.editTracker(f.ref(), T1, "not a url"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'to'");
        assertThatThrownBy(() -> api.addTrackers(f.ref(), List.of("http://a|http://b")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'urls'");
    }

    @Test
    @DisplayName("the web seeds of a .torrent are listed")
    void webSeedsAreListed() {
        requires(Capability.WEB_SEEDS, Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT);
        Fixture f = Fixture.create(FixtureKind.V1, b -> b.webSeed(W1));
        addStopped(f);
        assertThat(context().api().webSeeds(f.ref())).containsExactly(W1);
    }

    @Test
    @DisplayName("web seeds are added, edited and removed")
    void webSeedsAreEdited() {
        requires(Capability.WEB_SEEDS, Capability.EDIT_WEB_SEEDS, Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT);
        Api api = context().api();
        Fixture f = Fixture.create(FixtureKind.V1, b -> b.webSeed(W1));
        addStopped(f);
        String w2 = "http://127.0.0.1:9/tck-seed-two/";
        String w3 = "http://127.0.0.1:9/tck-seed-three/";
        api.addWebSeeds(f.ref(), List.of(w2));
        context().poller().until("the added web seed is listed", () -> api.webSeeds(f.ref()), l -> l.contains(w2));
        api.editWebSeed(f.ref(), w2, w3);
        assertThat(context().poller().until("the edit shows", () -> api.webSeeds(f.ref()), l -> l.contains(w3)))
                .containsExactlyInAnyOrder(W1, w3);
        assertThat(api.removeWebSeeds(f.ref(), Set.of(W1, w2))).containsExactly(W1);
        assertThat(context().poller().until("the removal shows", () -> api.webSeeds(f.ref()), l -> !l.contains(W1)))
                .containsExactly(w3);
    }
}
