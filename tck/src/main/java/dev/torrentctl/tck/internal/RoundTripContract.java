package dev.torrentctl.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.api.AddResult;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.RemoveMode;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.hashes.InfoHashes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Add, list, get, stop, start and remove one torrent of each kind. If this fails, check the hashes
 * the backend reports (v1 and v2 kept apart) and how it resolves each reference form.
 */
public abstract class RoundTripContract extends Contract {

    @ParameterizedTest(name = "a {0} torrent")
    @EnumSource(FixtureKind.class)
    @DisplayName("a torrent goes through add, list, get, stop, start and remove with the hashes torrentctl computes")
    void roundTrip(FixtureKind kind) {
        Set<Capability> needs = EnumSet.copyOf(kind.needs());
        needs.addAll(EnumSet.of(Capability.ADD_OPTION_STOPPED, Capability.LIST_TORRENTS, Capability.GET_TORRENT,
                Capability.STOP_START, Capability.REMOVE));
        context().requires(needs);
        Api api = context().api();
        Fixture fixture = Fixture.create(kind);

        AddResult added = api.add(fixture.request().build());
        context().track(fixture.ref());
        assertThat(added.outcome()).as("outcome of adding %s", fixture).isEqualTo(AddResult.Outcome.ADDED);
        assertThat(added.infoHashes()).as("hashes reported for %s", fixture).contains(fixture.infoHashes());

        Torrent listed = context().poller().until(fixture + " appears in list()", api::list,
                all -> all.stream().anyMatch(fixture.ref()::matches)).stream()
                .filter(fixture.ref()::matches).findFirst().orElseThrow();
        assertHashes(listed, fixture.infoHashes());

        for (TorrentRef ref : referenceForms(fixture.infoHashes())) {
            Torrent got = api.get(ref);
            assertThat(got.id()).as("id of the torrent found by %s", ref).isEqualTo(listed.id());
            assertHashes(got, fixture.infoHashes());
        }
        awaitState(fixture.ref(), "is stopped after an add with stopped=true", t -> STOPPED.contains(t.state()));

        api.start(fixture.ref());
        awaitState(fixture.ref(), "runs after start()", t -> !STOPPED.contains(t.state()));
        api.stop(fixture.ref());
        awaitState(fixture.ref(), "is stopped after stop()", t -> STOPPED.contains(t.state()));

        api.remove(fixture.ref(), RemoveMode.DELETE_DATA);
        awaitAbsent(fixture.ref());
    }

    private static List<TorrentRef> referenceForms(InfoHashes hashes) {
        List<TorrentRef> forms = new ArrayList<>();
        forms.add(TorrentRef.of(hashes));
        hashes.v1().ifPresent(h -> forms.add(TorrentRef.of(h)));
        hashes.v2().ifPresent(h -> forms.add(TorrentRef.of(h)));
        forms.add(TorrentRef.of(hashes.torrentId()));
        forms.add(TorrentRef.parse(hashes.torrentId().hex()));
        return forms;
    }

    private static void assertHashes(Torrent torrent, InfoHashes expected) {
        // A client may not report a hash it cannot know yet (a magnet without metadata has no v2
        // hash); every hash it does report must be right, and at least one must be there.
        assertThat(torrent.infoHashes()).as("hashes of %s", torrent.name()).isPresent();
        assertThat(torrent.infoHashes().orElseThrow().matches(expected))
                .as("hashes %s reported for %s match %s", torrent.infoHashes().orElseThrow(), torrent.name(), expected)
                .isTrue();
        expected.v1().ifPresent(v1 -> assertThat(torrent.infoHashV1()).as("v1 hash of %s", torrent.name()).contains(v1));
    }
}
