package dev.torrentctl.examples;

import dev.torrentctl.api.AddResult;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.api.DataRate;
import dev.torrentctl.api.Limit;
import dev.torrentctl.api.RemoveMode;
import dev.torrentctl.api.ShareLimits;
import dev.torrentctl.api.SpeedLimits;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.api.TorrentFilter;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.api.TorrentState;
import dev.torrentctl.api.Wait;
import dev.torrentctl.api.spi.BulkChange;
import dev.torrentctl.hashes.MagnetLink;
import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.create.TorrentCreator;
import dev.torrentctl.tck.ApiCompatibilityKit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Javadoc's code samples, each between {@code // snippet} and {@code // end} exactly as the
 * Javadoc shows it (JavadocSnippetsTest holds the two together), in methods that give them their
 * variables. ExamplesIT runs those that talk to a client against a real qBittorrent.
 */
public final class JavadocExamples {
    private JavadocExamples() {}

    /** {@link Api}'s class comment. */
    public static void api(String url, MagnetLink magnet) {
        // snippet
        try (Api client = TorrentClients.open("qbittorrent", url)) { // url: "http://admin:secret@localhost:8080"
            AddResult added = client.add(AddTorrentRequest.builder(TorrentSource.magnet(magnet)).stopped(true).build(),
                    Wait.afterAdd());
            TorrentRef ref = added.ref().orElseThrow();
            Torrent torrent = client.get(ref);
            client.start(TorrentSelection.of(ref), Wait.afterChange());
            client.remove(TorrentSelection.of(ref), RemoveMode.KEEP_DATA, Wait.afterChange());
        }
        // end
    }

    /** {@link TorrentClients}' class comment. */
    public static void torrentClients(String url) {
        // snippet
        try (Api client = TorrentClients.open("qbittorrent", url)) { // url: "http://admin:secret@localhost:8080"
            client.list().forEach(t -> System.out.println(t.name() + " " + t.state()));
        }
        // end
    }

    /** {@link TorrentClients#configFor}. */
    public static ClientConfig configFor() {
        // snippet
        ClientConfig config = TorrentClients.configFor("qbittorrent", "admin:secret@seedbox:8080")
                .readTimeout(Duration.ofSeconds(5)).build();
        // end
        return config;
    }

    /** {@link ClientConfig}'s class comment. */
    public static ClientConfig clientConfig(String secret) {
        // snippet
        ClientConfig config = ClientConfig.builder("https://seedbox.example/qbt")
                .credentials(new Credentials("admin", secret))
                .readTimeout(Duration.ofSeconds(10))
                .build();
        // end
        return config;
    }

    /** {@link TorrentFilter}'s class comment. */
    public static List<List<Torrent>> torrentFilter(Api client) {
        // snippet
        List<Torrent> stopped = client.listMatching(TorrentFilter.state(TorrentState.STOPPED));
        List<Torrent> tv = client.listMatching(TorrentFilter.category("tv").andTag("hd"));
        // end
        return List.of(stopped, tv);
    }

    /** {@link AddTorrentRequest}'s class comment. */
    public static AddTorrentRequest addTorrentRequest(byte[] bytes) {
        // snippet
        AddTorrentRequest request = AddTorrentRequest.builder(TorrentSource.torrentFile(bytes))
                .savePath("/downloads/linux")
                .category("iso")
                .tags(Set.of("debian"))
                .stopped(true)
                .speedLimits(SpeedLimits.of(DataRate.ofKibibytesPerSecond(512), DataRate.ofKibibytesPerSecond(64)))
                .build();
        // end
        return request;
    }

    /** {@link ShareLimits}' class comment. */
    public static ShareLimits shareLimits() {
        // snippet
        ShareLimits limits = ShareLimits.builder().ratio(Limit.of(2.0)).seedingTime(Limit.of(Duration.ofDays(7))).build();
        // end
        return limits;
    }

    /** {@link TorrentSelection}'s class comment. */
    public static void torrentSelection(Api client, TorrentRef a, TorrentRef b) {
        // snippet
        client.stop(TorrentSelection.matching(TorrentFilter.category("tv")), Wait.afterChange());
        client.remove(TorrentSelection.of(a, b), RemoveMode.KEEP_DATA, Wait.none());
        // end
    }

    /** A backend's RPC, for {@link BulkChange}'s class comment. */
    public interface Rpc {
        /** @param ids client ids */
        void stop(Set<String> ids);
    }

    /** {@link BulkChange}'s class comment. */
    public static BulkResult bulkChange(BulkChange.Lookup lookup, Rpc rpc, TorrentSelection which, Wait wait) {
        // snippet
        BulkChange bulk = new BulkChange("myclient", lookup);
        return bulk.apply("stop", which, BulkChange.STOPPED, ids -> rpc.stop(ids), BulkChange.STOPPED, wait);
        // end
    }

    /** {@link TorrentCreator}'s class comment. */
    public static byte[] torrentCreator() {
        // snippet
        byte[] torrent = TorrentCreator.fromPath(Path.of("/data/album"), TorrentVersion.HYBRID)
                .tracker("udp://tracker.example:1337/announce")
                .progress((done, total) -> System.out.printf("%d%%%n", 100 * done / total))
                .build();
        // end
        return torrent;
    }

    /** {@link ApiCompatibilityKit}'s class comment. */
    // snippet
    class MyClientCompatibilityIT extends ApiCompatibilityKit {
        @Override protected String backendName() { return "myclient"; }
        @Override protected ClientConfig clientConfig() { return ClientConfig.parse("http://user:pw@localhost:1234"); }
        @Override protected Optional<Set<Capability>> expectedCapabilities() {
            return Optional.of(EnumSet.of(Capability.LIST_TORRENTS, Capability.GET_TORRENT, Capability.STOP_START));
        }
    }
    // end
}
