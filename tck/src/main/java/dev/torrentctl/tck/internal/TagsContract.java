package dev.torrentctl.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.Wait;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Tags: create, list, delete (a registry, {@link Capability#TAGS}); add to, remove from and set on
 * torrents with per-torrent outcomes, which a client without a registry (Transmission's labels)
 * has too.
 */
public abstract class TagsContract extends Contract {

    /** Removes the test's tags from the client's registry, where it has one. */
    private static void deleteTags(Api api, Set<String> tags) {
        if (api.capabilities().contains(Capability.TAGS)) {
            api.deleteTags(tags);
        }
    }

    @Test
    @DisplayName("tags are created, listed and deleted")
    void tagLifecycle() {
        requires(Capability.TAGS);
        Api api = context().api();
        String x = unique("x");
        String y = unique("y");
        try {
            api.createTags(Set.of(x, y));
            assertThat(api.tags()).contains(x, y);
        } finally {
            deleteTags(api, Set.of(x, y));
        }
        assertThat(api.tags()).doesNotContain(x, y);
    }

    @Test
    @DisplayName("adding and removing tags reports done, already and not-found per torrent")
    void addAndRemoveTags() {
        requires(Capability.TAG_TORRENTS, Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT);
        Api api = context().api();
        String x = unique("x");
        String y = unique("y");
        Fixture f = Fixture.create(api.capabilities().contains(Capability.V2_TORRENTS) ? FixtureKind.V2
                : FixtureKind.V1);
        TorrentRef unknown = TorrentRef.parse("0000000000000000000000000000000000000002");
        Wait wait = Wait.upTo(context().poller().timeout());
        try {
            api.add(f.request().build());
            context().track(f.ref());
            awaitPresent(f.ref());

            BulkResult added = api.addTags(TorrentSelection.of(unknown, f.ref()), Set.of(x, y), wait);
            assertThat(added.items()).extracting(BulkResult.Item::outcome)
                    .containsExactly(BulkResult.Outcome.NOT_FOUND, BulkResult.Outcome.DONE);
            assertThat(api.get(f.ref()).tags()).contains(x, y);
            assertThat(api.addTags(TorrentSelection.of(f.ref()), Set.of(x), wait).item(f.ref()).outcome())
                    .isEqualTo(BulkResult.Outcome.ALREADY);

            BulkResult removed = api.removeTags(TorrentSelection.of(f.ref()), Set.of(x), wait);
            assertThat(removed.item(f.ref()).outcome()).isEqualTo(BulkResult.Outcome.DONE);
            assertThat(api.get(f.ref()).tags()).contains(y).doesNotContain(x);
            assertThat(api.removeTags(TorrentSelection.of(f.ref()), Set.of(x), wait).item(f.ref()).outcome())
                    .isEqualTo(BulkResult.Outcome.ALREADY);
        } finally {
            deleteTags(api, Set.of(x, y));
        }
    }

    @Test
    @DisplayName("setting tags leaves a torrent with exactly those tags")
    void setTags() {
        requires(Capability.SET_TAGS, Capability.TAG_TORRENTS, Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT);
        Api api = context().api();
        String x = unique("x");
        String y = unique("y");
        Fixture f = Fixture.create(FixtureKind.V1);
        Wait wait = Wait.upTo(context().poller().timeout());
        try {
            api.add(f.request().build());
            context().track(f.ref());
            awaitPresent(f.ref());
            api.addTags(TorrentSelection.of(f.ref()), Set.of(x), wait);
            BulkResult set = api.setTags(TorrentSelection.of(f.ref()), Set.of(y), wait);
            assertThat(set.item(f.ref()).outcome()).isEqualTo(BulkResult.Outcome.DONE);
            assertThat(api.get(f.ref()).tags()).containsExactly(y);
        } finally {
            deleteTags(api, Set.of(x, y));
        }
    }
}
