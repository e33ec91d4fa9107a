package dev.torrentctl.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.AddResult;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.api.Wait;
import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.TorrentFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Adding several sources: one result per source, a duplicate a warning, a bad source failing alone,
 * waits after which the torrent is listed at once, and .torrent files read as the clients read them.
 */
public abstract class AddSourcesContract extends Contract {

    @Test
    @DisplayName("addAll with a wait: a file by path ADDED and listed when the call returns, a duplicate with a warning, an unreadable path FAILED alone")
    void eachSourceHasItsOutcome() throws IOException {
        requires(Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT, Capability.ADD_OPTION_STOPPED);
        Api api = context().api();
        Fixture present = Fixture.create(FixtureKind.V1);
        addStopped(present);
        Fixture fresh = Fixture.create(FixtureKind.V1);
        Path file = Files.createTempFile("torrentctl-tck-", ".torrent");
        Path missing = file.resolveSibling("torrentctl-tck-missing-" + System.nanoTime() + ".torrent");
        try {
            Files.write(file, fresh.torrent().orElseThrow());
            context().track(fresh.ref());
            List<AddResult> results = api.addAll(List.of(
                    AddTorrentRequest.builder(TorrentSource.torrentFile(file)).stopped(true).build(),
                    present.request().build(),
                    AddTorrentRequest.builder(TorrentSource.torrentFile(missing)).stopped(true).build()),
                    Wait.upTo(context().poller().timeout()));
            assertThat(results).hasSize(3);
            assertThat(results.get(0).outcome()).isEqualTo(AddResult.Outcome.ADDED);
            assertThat(results.get(0).infoHashes()).contains(fresh.infoHashes());
            assertThat(api.find(fresh.ref())).as("listed right after the wait").isPresent();
            assertThat(results.get(1).outcome()).isEqualTo(AddResult.Outcome.DUPLICATE);
            assertThat(results.get(1).warnings()).isNotEmpty();
            assertThat(results.get(1).error()).isEmpty();
            assertThat(results.get(2).outcome()).isEqualTo(AddResult.Outcome.FAILED);
            assertThat(results.get(2).error()).hasValueSatisfying(e -> assertThat(e)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining(missing.toString()));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    @DisplayName("a .torrent with unsorted info keys (as private trackers ship them) is added, under the hash of its raw info bytes")
    void unsortedInfoKeysAreAdded() {
        requires(Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT, Capability.ADD_OPTION_STOPPED,
                Capability.NON_CANONICAL_TORRENTS);
        Fixture unsorted = Fixture.unsortedInfoKeys();
        assertThatThrownBy(() -> Metainfo.parse(unsorted.torrent().orElseThrow()))
                .as("strict parsing refuses the fixture, so the add path must be lenient")
                .isInstanceOf(TorrentFormatException.class);
        context().track(unsorted.ref());
        AddResult r = context().api().add(unsorted.request().build(), Wait.upTo(context().poller().timeout()));
        assertThat(r.outcome()).isEqualTo(AddResult.Outcome.ADDED);
        assertThat(r.infoHashes()).contains(unsorted.infoHashes());
        assertThat(context().api().find(unsorted.ref())).isPresent();
    }

    @Test
    @DisplayName("add() of a file that cannot be read raises InvalidInputException naming it, and sends nothing")
    void unreadableFileFailsAdd() {
        requires(Capability.ADD_TORRENT_FILE);
        Path missing = Path.of(System.getProperty("java.io.tmpdir"), "torrentctl-tck-missing-" + System.nanoTime()
                + ".torrent");
        assertThatThrownBy(() -> context().api().add(AddTorrentRequest.of(TorrentSource.torrentFile(missing))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(missing.toString());
    }
}
