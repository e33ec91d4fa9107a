package dev.torrentctl.crossclient;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.api.DataRate;
import dev.torrentctl.api.FileEntry;
import dev.torrentctl.api.Peer;
import dev.torrentctl.api.SpeedLimits;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.api.TorrentState;
import dev.torrentctl.api.Wait;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.QBittorrentContainer;
import dev.torrentctl.daemons.TransmissionContainer;
import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.create.TorrentCreator;
import dev.torrentctl.tck.TckSettings;
import dev.torrentctl.tck.internal.Poller;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.images.builder.Transferable;

/**
 * qBittorrent and Transmission on one Docker network, each driven through its own backend, with no
 * tracker, DHT, LSD or PeX: one seeds real data, the other downloads it from that peer alone.
 * Transmission's RPC cannot add a peer, so in both directions qBittorrent is told the other's
 * address ({@code torrents/addPeers}, through {@code rawCall}) and opens the connection. The
 * qBittorrent side is rate-limited so that the transfer lasts long enough to watch progress, states,
 * peers and rates on both sides; the downloaded files are compared byte for byte. One subclass per
 * pair of versions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QBittorrentTransmissionSwarmKit {
    private static final int QBITTORRENT_PORT = 6881;
    private static final int TRANSMISSION_PORT = 51413;
    /** 2 MiB/s over 10 MiB: about five seconds of transfer. */
    private static final DataRate LIMIT = DataRate.ofKibibytesPerSecond(2048);
    private static final Map<String, Integer> FILES = new LinkedHashMap<>(Map.of(
            "big.bin", 7 * 1024 * 1024 + 13, "dir/medium.bin", 3 * 1024 * 1024, "dir/small.txt", 1000));
    private static final String TRANSMISSION_DOWNLOADS = "/downloads";

    private final Poller poller = new Poller(new TckSettings(Duration.ofSeconds(90), Duration.ofMillis(200)));
    private final String run = Long.toHexString(new Random().nextLong());
    private final Map<String, byte[]> content = new LinkedHashMap<>();
    private Network network;
    private QBittorrentContainer qbittorrent;
    private TransmissionContainer transmission;

    abstract DaemonImage qbittorrentImage();

    abstract DaemonImage transmissionImage();

    @BeforeAll
    void startBothDaemons() {
        Assumptions.assumeFalse(DaemonImage.skipRequested(), () -> "daemon tests skipped on request (-D"
                + DaemonImage.SKIP_PROPERTY + "=true)");
        Random random = new Random(42);
        FILES.forEach((path, size) -> {
            byte[] b = new byte[size];
            random.nextBytes(b);
            content.put(path, b);
        });
        network = Network.newNetwork();
        qbittorrent = new QBittorrentContainer(qbittorrentImage()).withBitTorrentPort(QBITTORRENT_PORT)
                .withNetwork(network).withNetworkAliases("qbittorrent");
        transmission = new TransmissionContainer(transmissionImage()).withPeerPort(TRANSMISSION_PORT)
                .withNetwork(network).withNetworkAliases("transmission");
        // what each seeds, in place before it starts
        content.forEach((path, bytes) -> {
            qbittorrent.withCopyToContainer(Transferable.of(bytes), QBittorrentContainer.DOWNLOADS + "/" + name(true) + "/" + path);
            transmission.withCopyToContainer(Transferable.of(bytes), TRANSMISSION_DOWNLOADS + "/" + name(false) + "/" + path);
        });
        qbittorrent.start();
        transmission.start();
    }

    @AfterAll
    void stopDaemons() {
        for (AutoCloseable c : new AutoCloseable[] {transmission, qbittorrent, network}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    // best effort
                }
            }
        }
    }

    private String name(boolean qbittorrentSeeds) {
        return (qbittorrentSeeds ? "from-qbittorrent-" : "from-transmission-") + run;
    }

    private Api openQBittorrent() {
        return TorrentClients.open("qbittorrent", ClientConfig.builder(qbittorrent.url())
                .credentials(new Credentials(qbittorrent.username(), qbittorrent.password())).build());
    }

    private Api openTransmission() {
        return TorrentClients.open("transmission", ClientConfig.builder(transmission.url())
                .credentials(new Credentials(transmission.username(), transmission.password())).build());
    }

    private static String ipOf(GenericContainer<?> daemon) {
        return daemon.getContainerInfo().getNetworkSettings().getNetworks().values().iterator().next().getIpAddress();
    }

    private byte[] torrent(String name, Api transmissionApi) {
        // a hybrid where Transmission reads them (4.x), else v1
        TorrentVersion version = transmissionApi.capabilities().contains(Capability.HYBRID_TORRENTS)
                ? TorrentVersion.HYBRID : TorrentVersion.V1;
        TorrentCreator.Builder b = TorrentCreator.builder(name, version);
        content.forEach(b::addFile);
        return b.build();
    }

    @Test
    @DisplayName("qBittorrent seeds, Transmission downloads from it alone: progress, states, peers, rates, files")
    void transmissionDownloadsFromQBittorrent() {
        swarm(true);
    }

    @Test
    @DisplayName("Transmission seeds, qBittorrent downloads from it alone: progress, states, peers, rates, files")
    void qbittorrentDownloadsFromTransmission() {
        swarm(false);
    }

    private void swarm(boolean qbittorrentSeeds) {
        String name = name(qbittorrentSeeds);
        try (Api qb = openQBittorrent(); Api tr = openTransmission()) {
            byte[] torrent = torrent(name, tr);
            TorrentRef ref = TorrentRef.of(Metainfo.parse(torrent).infoHashes());
            Api seed = qbittorrentSeeds ? qb : tr;
            Api leech = qbittorrentSeeds ? tr : qb;
            GenericContainer<?> seeder = qbittorrentSeeds ? qbittorrent : transmission;
            GenericContainer<?> leecher = qbittorrentSeeds ? transmission : qbittorrent;
            String seedDir = qbittorrentSeeds ? QBittorrentContainer.DOWNLOADS : TRANSMISSION_DOWNLOADS;
            String leechDir = qbittorrentSeeds ? TRANSMISSION_DOWNLOADS : QBittorrentContainer.DOWNLOADS;
            // qBittorrent's side is limited, in the direction it transfers
            SpeedLimits qbLimits = qbittorrentSeeds ? new SpeedLimits(Optional.empty(), Optional.of(LIMIT))
                    : new SpeedLimits(Optional.of(LIMIT), Optional.empty());

            if (!qbittorrentSeeds) {
                // Transmission keeps a hybrid's pad files on disk like any file (qBittorrent does not),
                // so a Transmission seeder has them, zeros, as one that downloaded the torrent would
                for (dev.torrentctl.hashes.TorrentFile f : Metainfo.parse(torrent).files()) {
                    if (f.padding()) {
                        transmission.copyFileToContainer(Transferable.of(new byte[Math.toIntExact(f.lengthBytes())]),
                                seedDir + "/" + name + "/" + f.joinedPath());
                    }
                }
            }
            // The seeder checks the data it was given and seeds it.
            AddTorrentRequest.Builder seedRequest = AddTorrentRequest.builder(TorrentSource.torrentFile(torrent)).savePath(seedDir);
            if (qbittorrentSeeds) {
                seedRequest.speedLimits(qbLimits);
            }
            seed.add(seedRequest.build(), Wait.afterAdd());
            Torrent seeding = poller.until("the seeder has checked its data and seeds", () -> seed.find(ref),
                    t -> t.isPresent() && t.get().state() == TorrentState.SEEDING).orElseThrow();
            assertThat(seeding.progress()).isEqualTo(1.0);

            // The leecher starts with nothing; qBittorrent is told where the other is.
            AddTorrentRequest.Builder leechRequest = AddTorrentRequest.builder(TorrentSource.torrentFile(torrent)).savePath(leechDir);
            if (!qbittorrentSeeds) {
                leechRequest.speedLimits(qbLimits);
            }
            leech.add(leechRequest.build(), Wait.afterAdd());
            poller.until("the leecher is ready to download", () -> leech.get(ref),
                    t -> t.state() == TorrentState.DOWNLOADING);
            // in both directions qBittorrent dials Transmission
            String transmissionPeer = ipOf(transmission) + ":" + TRANSMISSION_PORT;
            assertThat(qb.rawCall("torrents/addPeers", Map.of("hashes", qb.get(ref).id(), "peers", transmissionPeer)).status())
                    .isIn(200, 204);

            // While it downloads: both sides list each other with non-zero rates.
            List<Double> progress = new ArrayList<>();
            Torrent downloading = poller.until("the leecher downloads at a non-zero rate", () -> leech.get(ref), t -> {
                progress.add(t.progress());
                return t.state() == TorrentState.DOWNLOADING && t.downloadRate().bytesPerSecond() > 0
                        && t.progress() > 0 && t.progress() < 1;
            });
            assertThat(downloading.downloadRate()).isLessThanOrEqualTo(DataRate.ofBytesPerSecond(LIMIT.bytesPerSecond() * 2));
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

            // The downloaded files are the originals, byte for byte.
            for (Map.Entry<String, byte[]> e : content.entrySet()) {
                byte[] copy = leecher.copyFileFromContainer(leechDir + "/" + name + "/" + e.getKey(), in -> in.readAllBytes());
                assertThat(copy).as(e.getKey()).isEqualTo(e.getValue());
            }
        }
    }
}
