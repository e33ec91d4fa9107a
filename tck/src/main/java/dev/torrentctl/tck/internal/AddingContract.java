package dev.torrentctl.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.api.AddResult;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentSource;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Add options, duplicates and adding from a URL. */
public abstract class AddingContract extends Contract {

    @Test
    @DisplayName("adding the same torrent twice reports the second add as a duplicate")
    void duplicateAddIsReported() {
        requires(Capability.ADD_TORRENT_FILE, Capability.ADD_OPTION_STOPPED, Capability.GET_TORRENT);
        Fixture fixture = Fixture.create(FixtureKind.V1);
        AddResult first = context().api().add(fixture.request().build());
        context().track(fixture.ref());
        assertThat(first.outcome()).isEqualTo(AddResult.Outcome.ADDED);
        awaitPresent(fixture.ref());

        AddResult second = context().api().add(fixture.request().build());
        assertThat(second.outcome()).as("outcome of adding %s again", fixture).isEqualTo(AddResult.Outcome.DUPLICATE);
        assertThat(second.infoHashes()).contains(fixture.infoHashes());
    }

    @Test
    @DisplayName("save path and tags, and a category where the client has them, given at add time are applied")
    void addOptionsAreApplied() {
        requires(Capability.ADD_TORRENT_FILE, Capability.ADD_OPTION_STOPPED, Capability.ADD_OPTION_SAVE_PATH,
                Capability.ADD_OPTION_TAGS, Capability.GET_TORRENT);
        Set<Capability> has = context().api().capabilities();
        boolean categories = has.contains(Capability.ADD_OPTION_CATEGORY);
        Fixture fixture = Fixture.create(has.contains(Capability.HYBRID_TORRENTS) ? FixtureKind.HYBRID : FixtureKind.V1);
        String savePath = "/downloads/tck-" + fixture.name();
        AddTorrentRequest.Builder request = fixture.request().savePath(savePath).tags(Set.of("tck-a", "tck-b"));
        if (categories) {
            request.category("tck-category");
        }
        context().api().add(request.build());
        context().track(fixture.ref());

        Torrent t = awaitPresent(fixture.ref());
        assertThat(folder(t.savePath())).as("save path").isEqualTo(savePath);
        if (categories) {
            assertThat(t.category()).as("category").contains("tck-category");
        }
        assertThat(t.tags()).as("tags").containsExactlyInAnyOrder("tck-a", "tck-b");
    }

    @Test
    @DisplayName("a torrent added from an HTTP URL shows up with the hashes of the served file")
    void addFromUrl() {
        requires(Capability.ADD_URL, Capability.ADD_OPTION_STOPPED, Capability.GET_TORRENT);
        Fixture fixture = Fixture.create(FixtureKind.V1);
        try (ServedTorrent server = new ServedTorrent(fixture.torrent().orElseThrow(), context().hostSeenByClient())) {
            AddResult added = context().api().add(AddTorrentRequest.builder(TorrentSource.url(server.url())).stopped(true)
                    .build());
            context().track(fixture.ref());
            assertThat(added.outcome()).isIn(AddResult.Outcome.ADDED, AddResult.Outcome.PENDING);
            Torrent t = awaitPresent(fixture.ref());
            assertThat(t.infoHashV1()).isEqualTo(fixture.infoHashes().v1());
        }
    }
}
