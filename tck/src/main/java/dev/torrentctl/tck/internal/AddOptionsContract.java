package dev.torrentctl.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.api.AddResult;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.ContentLayout;
import dev.torrentctl.api.DataRate;
import dev.torrentctl.api.FileEntry;
import dev.torrentctl.api.Limit;
import dev.torrentctl.api.ShareLimits;
import dev.torrentctl.api.SpeedLimits;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentSettings;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.api.TorrentState;
import java.time.Duration;
import dev.torrentctl.api.FilePriority;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Add options beyond save path, category and tags; adding several sources at once. */
public abstract class AddOptionsContract extends Contract {

    @Test
    @DisplayName("rate limits and a ratio limit given at add are applied")
    void limitsGivenAtAddAreApplied() {
        requires(Capability.ADD_TORRENT_FILE, Capability.ADD_OPTION_STOPPED, Capability.GET_TORRENT,
                Capability.ADD_OPTION_SPEED_LIMITS, Capability.ADD_OPTION_SHARE_LIMITS);
        Fixture f = Fixture.create(newestKind());
        SpeedLimits speed = SpeedLimits.of(DataRate.ofBytesPerSecond(256_000), DataRate.ofBytesPerSecond(128_000));
        ShareLimits share = ShareLimits.builder().ratio(Limit.of(2.5)).build();
        addStopped(f, b -> b.speedLimits(speed).shareLimits(share));
        TorrentSettings s = awaitState(f.ref(), "shows the rate limits", t -> t.settings().speedLimits().equals(speed))
                .settings();
        assertThat(s.shareLimits().ratio().value()).as("ratio limit")
                .hasValueSatisfying(r -> assertThat(r).isCloseTo(2.5, org.assertj.core.data.Offset.offset(1e-3)));
    }

    @Test
    @DisplayName("a seeding time limit given at add is applied")
    void seedingTimeGivenAtAdd() {
        requires(Capability.ADD_TORRENT_FILE, Capability.ADD_OPTION_STOPPED, Capability.GET_TORRENT,
                Capability.ADD_OPTION_SHARE_LIMITS, Capability.SEEDING_TIME_LIMIT);
        Fixture f = Fixture.create(FixtureKind.V1);
        ShareLimits share = ShareLimits.builder().seedingTime(Limit.of(Duration.ofMinutes(77))).build();
        addStopped(f, b -> b.shareLimits(share));
        awaitState(f.ref(), "shows the seeding time limit",
                t -> t.settings().shareLimits().seedingTime().equals(Limit.of(Duration.ofMinutes(77))));
    }

    @Test
    @DisplayName("sequential download given at add is applied")
    void sequentialGivenAtAdd() {
        requires(Capability.ADD_TORRENT_FILE, Capability.ADD_OPTION_STOPPED, Capability.GET_TORRENT,
                Capability.ADD_OPTION_SEQUENTIAL);
        Fixture f = Fixture.create(newestKind());
        addStopped(f, b -> b.sequentialDownload(true));
        awaitState(f.ref(), "shows sequential download", t -> t.settings().sequentialDownload());
    }

    @Test
    @DisplayName("first/last piece priority and manual management given at add are applied")
    void firstLastAndManagementGivenAtAdd() {
        requires(Capability.ADD_TORRENT_FILE, Capability.ADD_OPTION_STOPPED, Capability.GET_TORRENT,
                Capability.ADD_OPTION_FIRST_LAST_PIECE, Capability.ADD_OPTION_AUTOMATIC_MANAGEMENT);
        Fixture f = Fixture.create(newestKind());
        addStopped(f, b -> b.firstLastPiecePriority(true).automaticManagement(false));
        TorrentSettings s = awaitState(f.ref(), "shows first/last piece priority",
                t -> t.settings().firstLastPiecePriority()).settings();
        assertThat(s.automaticManagement()).as("automatic management").isFalse();
    }

    @Test
    @DisplayName("file priorities given at add: a skipped file is not wanted, a high one shows high, the rest normal")
    void filePrioritiesGivenAtAdd() {
        requires(Capability.ADD_TORRENT_FILE, Capability.ADD_OPTION_STOPPED, Capability.GET_TORRENT,
                Capability.ADD_OPTION_FILE_PRIORITIES, Capability.FILES);
        Fixture f = Fixture.create(FixtureKind.V1); // no pad files: indexes are the same in every client
        List<String> paths = dev.torrentctl.hashes.Metainfo.parse(f.torrent().orElseThrow()).files().stream()
                .map(dev.torrentctl.hashes.TorrentFile::joinedPath).toList();
        int a = paths.indexOf(Fixture.FILE_A);
        int b = paths.indexOf(Fixture.FILE_B);
        addStopped(f, r -> r.filePriority(a, FilePriority.HIGH).filePriority(b, FilePriority.SKIP));
        List<FileEntry> files = context().poller().until("the priorities show", () -> context().api().files(f.ref()),
                l -> l.stream().anyMatch(e -> e.index() == a && e.priority() == FilePriority.HIGH)
                        && l.stream().anyMatch(e -> e.index() == b && e.isSkipped()));
        assertThat(files).filteredOn(e -> e.index() == a).singleElement()
                .satisfies(e -> assertThat(e.path()).endsWith(Fixture.FILE_A));
        // less than both files (Transmission counts whole pieces: the piece a.bin shares with b.bin is wanted)
        awaitState(f.ref(), "wants less than both files", t -> t.sizeBytes() < Fixture.FILE_A_SIZE + Fixture.FILE_B_SIZE);
    }

    @Test
    @DisplayName("a bandwidth priority given at add is applied")
    void bandwidthPriorityGivenAtAdd() {
        requires(Capability.ADD_TORRENT_FILE, Capability.ADD_OPTION_STOPPED, Capability.GET_TORRENT,
                Capability.ADD_OPTION_BANDWIDTH_PRIORITY, Capability.BANDWIDTH_PRIORITY);
        Fixture f = Fixture.create(FixtureKind.V1);
        addStopped(f, b -> b.bandwidthPriority(dev.torrentctl.api.BandwidthPriority.HIGH));
        awaitState(f.ref(), "shows high bandwidth priority", t -> t.settings().bandwidthPriority()
                .equals(java.util.Optional.of(dev.torrentctl.api.BandwidthPriority.HIGH)));
    }

    @Test
    @DisplayName("without any of those options, the torrent has none of those settings")
    void defaultsAreOff() {
        requires(Capability.ADD_TORRENT_FILE, Capability.ADD_OPTION_STOPPED, Capability.GET_TORRENT,
                Capability.ADD_OPTION_SEQUENTIAL, Capability.ADD_OPTION_SPEED_LIMITS);
        Fixture f = Fixture.create(FixtureKind.V1);
        TorrentSettings s = addStopped(f).settings();
        assertThat(s.sequentialDownload()).isFalse();
        assertThat(s.firstLastPiecePriority()).isFalse();
        assertThat(s.speedLimits()).isEqualTo(SpeedLimits.UNLIMITED);
    }

    @Test
    @DisplayName("a name given at add replaces the torrent's own")
    void nameGivenAtAdd() {
        requires(Capability.ADD_TORRENT_FILE, Capability.ADD_OPTION_STOPPED, Capability.GET_TORRENT,
                Capability.ADD_OPTION_NAME);
        Fixture f = Fixture.create(FixtureKind.V1);
        String name = unique("named");
        addStopped(f, b -> b.name(name));
        awaitState(f.ref(), "is named " + name, t -> t.name().equals(name));
    }

    @Test
    @DisplayName("content layout: no subfolder drops the torrent's folder, subfolder keeps it")
    void contentLayout() {
        requires(Capability.ADD_TORRENT_FILE, Capability.ADD_OPTION_STOPPED, Capability.GET_TORRENT,
                Capability.ADD_OPTION_CONTENT_LAYOUT, Capability.FILES);
        Api api = context().api();
        Fixture flat = Fixture.create(FixtureKind.V1);
        addStopped(flat, b -> b.contentLayout(ContentLayout.NO_SUBFOLDER));
        assertThat(api.files(flat.ref())).extracting(FileEntry::path)
                .containsExactlyInAnyOrder(Fixture.FILE_A, Fixture.FILE_B);
        Fixture nested = Fixture.create(FixtureKind.V1);
        addStopped(nested, b -> b.contentLayout(ContentLayout.SUBFOLDER));
        assertThat(api.files(nested.ref())).extracting(FileEntry::path)
                .containsExactlyInAnyOrder(nested.name() + "/" + Fixture.FILE_A, nested.name() + "/" + Fixture.FILE_B);
    }

    @Test
    @DisplayName("skipping the hash check is honoured: without the data the torrent is not checked to 0% but"
            + " reported complete or missing its files")
    void skipHashCheck() {
        requires(Capability.ADD_TORRENT_FILE, Capability.ADD_OPTION_STOPPED, Capability.GET_TORRENT,
                Capability.ADD_OPTION_SKIP_HASH_CHECK);
        Fixture checked = Fixture.create(FixtureKind.V1);
        addStopped(checked);
        Torrent normal = awaitState(checked.ref(), "is checked", t -> t.state() != TorrentState.CHECKING);
        assertThat(normal.state()).as("a normal add without data").isEqualTo(TorrentState.STOPPED);
        assertThat(normal.progress()).isZero();

        Fixture trusted = Fixture.create(FixtureKind.V1);
        addStopped(trusted, b -> b.skipHashCheck(true));
        awaitState(trusted.ref(), "is complete or in error", x -> x.state() == TorrentState.ERROR || x.isComplete());
    }

    @Test
    @DisplayName("several sources at once: a .torrent, a magnet, a URL and a duplicate get one result each, in order")
    void addSeveralAtOnce() {
        requires(Capability.ADD_TORRENT_FILE, Capability.ADD_MAGNET, Capability.ADD_URL, Capability.ADD_OPTION_STOPPED,
                Capability.GET_TORRENT);
        Api api = context().api();
        Fixture file = Fixture.create(newestKind());
        Fixture magnet = Fixture.create(FixtureKind.MAGNET);
        Fixture served = Fixture.create(FixtureKind.V1);
        Fixture duplicate = Fixture.create(FixtureKind.V1);
        addStopped(duplicate);
        try (ServedTorrent server = new ServedTorrent(served.torrent().orElseThrow(), context().hostSeenByClient())) {
            context().track(file.ref());
            context().track(magnet.ref());
            context().track(served.ref());
            List<AddResult> results = api.addAll(List.of(file.request().build(), magnet.request().build(),
                    AddTorrentRequest.builder(TorrentSource.url(server.url())).stopped(true).build(),
                    duplicate.request().build()));
            assertThat(results).extracting(AddResult::outcome).containsExactly(AddResult.Outcome.ADDED,
                    AddResult.Outcome.ADDED, results.get(2).outcome(), AddResult.Outcome.DUPLICATE);
            assertThat(results.get(2).outcome()).isIn(AddResult.Outcome.ADDED, AddResult.Outcome.PENDING);
            assertThat(results.get(0).infoHashes()).contains(file.infoHashes());
            assertThat(results.get(1).infoHashes()).contains(magnet.infoHashes());
            awaitPresent(file.ref());
            awaitPresent(magnet.ref());
            awaitPresent(served.ref());
        }
    }
}
