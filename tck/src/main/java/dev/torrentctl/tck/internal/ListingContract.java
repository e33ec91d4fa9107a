package dev.torrentctl.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.Category;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentFilter;
import dev.torrentctl.api.TorrentState;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Listing a subset: by category, tag and state, which backends may filter on the server. */
public abstract class ListingContract extends Contract {

    @Test
    @DisplayName("listing by category or by tag returns exactly the torrents in it")
    void listByCategoryAndTag() {
        requires(Capability.CATEGORIES, Capability.ADD_TORRENT_FILE, Capability.ADD_OPTION_CATEGORY,
                Capability.ADD_OPTION_TAGS, Capability.LIST_TORRENTS, Capability.GET_TORRENT);
        Api api = context().api();
        String name = unique("cat");
        String tag = unique("tag");
        Fixture inside = Fixture.create(FixtureKind.V1);
        Fixture outside = Fixture.create(FixtureKind.V1);
        try {
            api.createCategory(Category.of(name, "/downloads/" + name));
            addStopped(inside, b -> b.category(name).tags(Set.of(tag)));
            addStopped(outside);
            assertThat(api.listMatching(TorrentFilter.category(name)))
                    .extracting(Torrent::ref).containsExactly(inside.ref());
            assertThat(api.listMatching(TorrentFilter.tag(tag)))
                    .extracting(Torrent::ref).containsExactly(inside.ref());
            assertThat(api.listMatching(TorrentFilter.category(name + "-none"))).isEmpty();
        } finally {
            api.removeCategories(Set.of(name));
            if (api.capabilities().contains(Capability.TAGS)) {
                api.deleteTags(Set.of(tag));
            }
        }
    }

    @Test
    @DisplayName("listing by state returns a stopped torrent under its state and not under another")
    void listByState() {
        Api api = context().api();
        Fixture f = stoppedV1(Capability.ADD_OPTION_STOPPED, Capability.LIST_TORRENTS);
        TorrentState state = awaitState(f.ref(), "is checked", t -> t.state() != TorrentState.CHECKING).state();
        assertThat(state).isEqualTo(TorrentState.STOPPED);
        assertThat(api.listMatching(TorrentFilter.state(TorrentState.STOPPED))).extracting(Torrent::ref)
                .contains(f.ref()).allSatisfy(r -> assertThat(api.get(r).state()).isEqualTo(TorrentState.STOPPED));
        assertThat(api.listMatching(TorrentFilter.state(TorrentState.SEEDING))).extracting(Torrent::ref)
                .doesNotContain(f.ref());
        assertThat(api.listMatching(TorrentFilter.state(TorrentState.DOWNLOADING))).extracting(Torrent::ref)
                .doesNotContain(f.ref());
    }

    @Test
    @DisplayName("list() shows every one of several torrents, each once, under its own name and hashes")
    void listShowsEveryTorrent() {
        requires(Capability.ADD_TORRENT_FILE, Capability.LIST_TORRENTS, Capability.GET_TORRENT,
                Capability.ADD_OPTION_STOPPED);
        java.util.List<Fixture> fixtures = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            fixtures.add(Fixture.create(i == 4 ? newestKind() : FixtureKind.V1));
        }
        fixtures.forEach(this::addStopped);
        java.util.List<Torrent> listed = context().api().list();
        for (Fixture f : fixtures) {
            assertThat(listed.stream().filter(t -> f.ref().matches(t)).toList()).as("torrents listed for %s", f.ref())
                    .singleElement().satisfies(t -> {
                        assertThat(t.name()).isEqualTo(f.name());
                        t.infoHashV1().ifPresent(h -> assertThat(f.infoHashes().v1()).contains(h));
                    });
        }
    }
}
