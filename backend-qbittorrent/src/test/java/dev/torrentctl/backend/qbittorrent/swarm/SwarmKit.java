package dev.torrentctl.backend.qbittorrent.swarm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.api.DataRate;
import dev.torrentctl.api.FileEntry;
import dev.torrentctl.api.Peer;
import dev.torrentctl.api.SpeedLimits;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.api.TorrentProperties;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.api.TorrentState;
import dev.torrentctl.api.Wait;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.QBittorrentContainer;
import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.create.TorrentCreator;
import dev.torrentctl.tck.TckSettings;
import dev.torrentctl.tck.internal.Poller;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testcontainers.containers.Network;
import org.testcontainers.images.builder.Transferable;

/**
 * Two qBittorrents on one Docker network: the seeder has real data, the leecher is told the
 * seeder's address (no tracker, no DHT, no LSD) and downloads it under a rate limit slow enough to
 * watch. It proves what no idle daemon can: progress rising to 1.0, the states, peers with
 * non-zero rates on both sides, completion time, super seeding of a complete torrent, and files
 * equal to the originals. One subclass per version.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SwarmKit {
    private static final int PORT = 6881;
    /** 2 MiB/s over 10 MiB: about five seconds of transfer, long enough to see rates. */
    private static final DataRate LEECH_LIMIT = DataRate.ofKibibytesPerSecond(2048);
    private static final Map<String, Integer> FILES = new LinkedHashMap<>(Map.of(
            "big.bin", 7 * 1024 * 1024 + 13, "dir/medium.bin", 3 * 1024 * 1024, "dir/small.txt", 1000));

    private Network network;
    private QBittorrentContainer seeder;
    private QBittorrentContainer leecher;
    private final Map<String, byte[]> content = new LinkedHashMap<>();
    private final String name = "swarm-" + Long.toHexString(new Random().nextLong());

    abstract DaemonImage image();

    @BeforeAll
    void startTwoDaemons() {
        Assumptions.assumeFalse(DaemonImage.skipRequested(), () -> "daemon tests skipped on request (-D"
                + DaemonImage.SKIP_PROPERTY + "=true)");
        Random random = new Random(42);
        FILES.forEach((path, size) -> {
            byte[] b = new byte[size];
            random.nextBytes(b);
            content.put(path, b);
        });
        network = Network.newNetwork();
        seeder = new QBittorrentContainer(image()).withBitTorrentPort(PORT).withNetwork(network)
                .withNetworkAliases("seeder");
        content.forEach((path, bytes) -> seeder.withCopyToContainer(Transferable.of(bytes),
                QBittorrentContainer.DOWNLOADS + "/" + name + "/" + path));
        leecher = new QBittorrentContainer(image()).withBitTorrentPort(PORT).withNetwork(network)
                .withNetworkAliases("leecher");
        seeder.start();
        leecher.start();
    }

    @AfterAll
    void stopDaemons() {
        if (leecher != null) {
            leecher.stop();
        }
        if (seeder != null) {
            seeder.stop();
        }
        if (network != null) {
            network.close();
        }
    }

    private static Api open(QBittorrentContainer daemon) {
        return TorrentClients.open("qbittorrent", ClientConfig.builder(daemon.url())
                .credentials(new Credentials(daemon.username(), daemon.password())).build());
    }

    private static String ipOf(QBittorrentContainer daemon) {
        return daemon.getContainerInfo().getNetworkSettings().getNetworks().values().iterator().next().getIpAddress();
    }

    private byte[] torrent(boolean v2) {
        TorrentCreator.Builder b = TorrentCreator.builder(name, v2 ? TorrentVersion.HYBRID : TorrentVersion.V1);
        content.forEach(b::addFile);
        return b.build();
    }

    @Test
    @DisplayName("a leecher downloads real data from a seeder it is told about: progress, states, peers, rates, files")
    void leecherDownloadsFromSeeder() throws IOException {
        Poller poller = new Poller(new TckSettings(Duration.ofSeconds(90), Duration.ofMillis(200)));
        try (Api seed = open(seeder); Api leech = open(leecher)) {
            byte[] torrent = torrent(seed.capabilities().contains(Capability.V2_TORRENTS));
            TorrentRef ref = TorrentRef.of(Metainfo.parse(torrent).infoHashes());

            // The seeder checks the data it was given and seeds it.
            seed.add(AddTorrentRequest.builder(TorrentSource.torrentFile(torrent))
                    .savePath(QBittorrentContainer.DOWNLOADS).build());
            Torrent seeding = poller.until("the seeder has checked its data and seeds", () -> seed.find(ref),
                    t -> t.isPresent() && t.get().state() == TorrentState.SEEDING).orElseThrow();
            assertThat(seeding.progress()).isEqualTo(1.0);

            // The leecher starts with nothing, limited so that the transfer can be watched.
            leech.add(AddTorrentRequest.builder(TorrentSource.torrentFile(torrent))
                    .speedLimits(new SpeedLimits(java.util.Optional.of(LEECH_LIMIT), java.util.Optional.empty())).build());
            poller.until("the leecher lists it", () -> leech.find(ref), java.util.Optional::isPresent);
            assertThat(leech.rawCall("torrents/addPeers", Map.of("hashes", leech.get(ref).id(),
                    "peers", ipOf(seeder) + ":" + PORT)).status()).isIn(200, 204);

            // While it downloads: both sides list each other with non-zero rates.
            List<Double> progress = new ArrayList<>();
            Torrent downloading = poller.until("the leecher downloads at a non-zero rate", () -> leech.get(ref), t -> {
                progress.add(t.progress());
                return t.state() == TorrentState.DOWNLOADING && t.downloadRate().bytesPerSecond() > 0
                        && t.progress() > 0 && t.progress() < 1;
            });
            assertThat(downloading.downloadRate()).isLessThanOrEqualTo(DataRate.ofBytesPerSecond(
                    LEECH_LIMIT.bytesPerSecond() * 2));
            Peer seederSeen = poller.until("the leecher's peer list shows the seeder sending", () -> leech.peers(ref),
                    peers -> peers.stream().anyMatch(p -> p.address().equals(ipOf(seeder))
                            && p.downloadRate().bytesPerSecond() > 0)).stream()
                    .filter(p -> p.address().equals(ipOf(seeder))).findFirst().orElseThrow();
            assertThat(seederSeen.progress()).isEqualTo(1.0);
            Peer leecherSeen = poller.until("the seeder's peer list shows the leecher receiving", () -> seed.peers(ref),
                    peers -> peers.stream().anyMatch(p -> p.address().equals(ipOf(leecher))
                            && p.uploadRate().bytesPerSecond() > 0)).stream()
                    .filter(p -> p.address().equals(ipOf(leecher))).findFirst().orElseThrow();
            assertThat(leecherSeen.progress()).isLessThan(1.0);
            poller.until("the seeder's torrent uploads at a non-zero rate", () -> seed.get(ref),
                    t -> t.uploadRate().bytesPerSecond() > 0);

            // Then it completes and seeds.
            Torrent done = poller.until("the leecher completes and seeds", () -> leech.get(ref), t -> {
                progress.add(t.progress());
                return t.progress() == 1.0 && t.state() == TorrentState.SEEDING;
            });
            assertThat(progress).as("progress seen over time").isSorted().contains(1.0)
                    .anySatisfy(x -> assertThat(x).isStrictlyBetween(0.0, 1.0));
            assertThat(done.completedOn()).isPresent();
            assertThat(leech.files(ref)).extracting(FileEntry::progress).containsOnly(1.0);
            long size = content.values().stream().mapToLong(b -> b.length).sum();
            // the totals are sampled about once a second, so they may lag the completion a little
            TorrentProperties p = poller.until("the leecher's totals count every byte", () -> leech.properties(ref),
                    x -> x.totalDownloadedBytes() >= size);
            assertThat(p.piecesHave()).isEqualTo(p.piecesTotal()).isPositive();
            assertThat(p.completedOn()).isPresent();
            assertThat(leech.transferInfo().sessionDownloadedBytes()).isGreaterThanOrEqualTo(p.totalDownloadedBytes() / 2);

            // The downloaded files are the originals, byte for byte.
            for (Map.Entry<String, byte[]> e : content.entrySet()) {
                byte[] copy = leecher.copyFileFromContainer(QBittorrentContainer.DOWNLOADS + "/" + name + "/" + e.getKey(),
                        in -> in.readAllBytes());
                assertThat(copy).as(e.getKey()).isEqualTo(e.getValue());
            }

            // Super seeding applies to a complete torrent.
            BulkResult superSeeding = seed.setSuperSeeding(TorrentSelection.of(ref), true, Wait.upTo(Duration.ofSeconds(20)));
            assertThat(superSeeding.item(ref).outcome()).isEqualTo(BulkResult.Outcome.DONE);
            assertThat(seed.get(ref).settings().superSeeding()).isTrue();
        }
    }
}
