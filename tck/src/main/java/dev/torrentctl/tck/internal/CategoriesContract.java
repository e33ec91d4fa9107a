package dev.torrentctl.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.Category;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.Wait;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Categories: create, edit, list, assign with per-torrent outcomes, remove. */
public abstract class CategoriesContract extends Contract {

    private String uniqueName() {
        return "tck-cat-" + Long.toHexString(System.nanoTime());
    }

    @Test
    @DisplayName("a category is created with its save path, edited, listed and removed")
    void categoryLifecycle() {
        requires(Capability.CATEGORIES);
        Api api = context().api();
        String name = uniqueName();
        try {
            api.createCategory(Category.of(name, "/downloads/" + name));
            assertThat(api.categories()).containsEntry(name, Category.of(name, "/downloads/" + name));
            api.editCategory(Category.of(name, "/downloads/" + name + "-moved"));
            assertThat(api.categories().get(name).savePath()).contains("/downloads/" + name + "-moved");
            assertThatThrownBy(() -> api.editCategory(Category.of(name + "-absent", "/x")))
                    .isInstanceOf(InvalidInputException.class);
        } finally {
            api.removeCategories(Set.of(name));
        }
        assertThat(api.categories()).doesNotContainKey(name);
    }

    @Test
    @DisplayName("setting a category reports done, already and not-found per torrent, and waits until it shows")
    void setCategoryReportsEachTorrent() {
        requires(Capability.CATEGORIES, Capability.SET_CATEGORY, Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT);
        Api api = context().api();
        String name = uniqueName();
        Fixture a = Fixture.create(FixtureKind.V1);
        Fixture b = Fixture.create(FixtureKind.HYBRID);
        TorrentRef unknown = TorrentRef.parse("0000000000000000000000000000000000000001");
        try {
            api.createCategory(Category.of(name));
            for (Fixture f : List.of(a, b)) {
                api.add(f.request().build());
                context().track(f.ref());
                awaitPresent(f.ref());
            }
            Wait wait = Wait.upTo(context().poller().timeout());
            BulkResult first = api.setCategory(TorrentSelection.of(a.ref(), unknown, b.ref()), Optional.of(name), wait);
            assertThat(first.items()).extracting(BulkResult.Item::outcome).containsExactly(
                    BulkResult.Outcome.DONE, BulkResult.Outcome.NOT_FOUND, BulkResult.Outcome.DONE);
            assertThat(api.get(a.ref()).category()).as("visible at once after a waiting call").contains(name);
            assertThat(api.get(b.ref()).category()).contains(name);

            BulkResult again = api.setCategory(TorrentSelection.of(a.ref()), Optional.of(name), wait);
            assertThat(again.item(a.ref()).outcome()).isEqualTo(BulkResult.Outcome.ALREADY);

            BulkResult none = api.setCategory(TorrentSelection.of(a.ref()), Optional.empty(), wait);
            assertThat(none.succeeded()).isTrue();
            assertThat(api.get(a.ref()).category()).isEmpty();

            assertThatThrownBy(() -> api.setCategory(TorrentSelection.of(b.ref()), Optional.of(name + "-absent"), Wait.none()))
                    .isInstanceOf(InvalidInputException.class);
        } finally {
            api.removeCategories(Set.of(name));
        }
    }
}
