package dev.torrentctl.benchmarks;

import com.google.gson.Gson;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.Category;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.api.TorrentFilter;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.QBittorrentContainer;
import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.create.TorrentCreator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Listing 10,000 stopped torrents on a real qBittorrent, next to {@code curl} fetching the same
 * answer on the same daemon in the same run (the floor: the server's time plus the transfer, no
 * decoding), and next to plain JDK HttpClient + Gson into records. Also one torrent by hash and the
 * 100 torrents of one category, which use the server's filters.
 *
 * <p>The daemon lets this machine in without a login (subnet whitelist), so curl and the clients do
 * the same requests. Each client keeps its connection between calls, except curl, which starts a
 * process per call (a few milliseconds against the ~1 s a full list costs the server).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx2g"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
public class ListBenchmark {
    static final int TORRENTS = 10_000;
    static final int IN_CATEGORY = 100;
    static final String CATEGORY = "bench-one";
    private static final int BATCH = 250;

    @Param({"4.5"})
    public String version;

    private QBittorrentContainer daemon;
    private Api api;
    private HttpClient plain;
    private final Gson gson = new Gson();
    private String base;
    private TorrentRef one;
    private Process node;
    private java.io.BufferedWriter nodeIn;
    private java.io.BufferedReader nodeOut;

    /** What a plain client would decode each torrent into. */
    record PlainTorrent(String hash, String name, String state, double progress, long size, long total_size,
            long dlspeed, long upspeed, double ratio, String save_path, String category, String tags, long added_on,
            long completion_on, long eta) {}

    /** Set by {@link ListBenchmarkLauncher}: the URL of a daemon it has loaded, shared by every fork. */
    static final String DAEMON_URL = "torrentctl.bench.qbittorrent.url";
    /** The folder of the Node peer (benchmarks/node, with its node_modules installed by bin/bench). */
    static final String NODE_DIR = "torrentctl.bench.node.dir";

    @Setup(Level.Trial)
    public void connect() {
        String shared = System.getProperty(DAEMON_URL, "");
        if (shared.isEmpty()) {
            daemon = startDaemon(version);
            base = daemon.url();
        } else {
            base = shared;
        }
        api = TorrentClients.open("qbittorrent", ClientConfig.builder(base).noCredentials().build());
        plain = HttpClient.newHttpClient();
        if (shared.isEmpty()) {
            load(api);
        }
        one = api.listMatching(TorrentFilter.category(CATEGORY)).get(0).ref();
        startNodePeer();
    }

    /** Starts @ctrl/qbittorrent in a long-lived node process, so node's start-up is never measured. */
    private void startNodePeer() {
        java.nio.file.Path script = java.nio.file.Path.of(System.getProperty(NODE_DIR, "benchmarks/node"), "list-server.mjs");
        try {
            node = new ProcessBuilder("node", script.toString(), base).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start node for the @ctrl/qbittorrent peer (bin/bench installs it): " + e, e);
        }
        nodeIn = new java.io.BufferedWriter(new java.io.OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8));
        nodeOut = new java.io.BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
        if (nodePeer("all") < TORRENTS) {
            throw new IllegalStateException("@ctrl/qbittorrent does not list all " + TORRENTS + " torrents");
        }
    }

    /** @return how many torrents the node peer listed for that request */
    private int nodePeer(String request) {
        try {
            nodeIn.write(request);
            nodeIn.newLine();
            nodeIn.flush();
            String answer = nodeOut.readLine();
            if (answer == null || !answer.startsWith("ok ")) {
                throw new IllegalStateException("@ctrl/qbittorrent answered " + answer);
            }
            return Integer.parseInt(answer.substring(3));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return a started qBittorrent of that version that lets this machine in without a login */
    static QBittorrentContainer startDaemon(String version) {
        QBittorrentContainer daemon = new QBittorrentContainer(DaemonImage.QBITTORRENT_4_5.version().equals(version)
                ? DaemonImage.QBITTORRENT_4_5 : DaemonImage.QBITTORRENT_5_3).withAuthBypass();
        daemon.start();
        return daemon;
    }

    /** Adds {@link #TORRENTS} stopped torrents, {@link #IN_CATEGORY} of them in {@link #CATEGORY}, and waits until all are listed. */
    static void load(Api api) {
        api.createCategory(Category.of(CATEGORY, QBittorrentContainer.DOWNLOADS + "/" + CATEGORY));
        Random random = new Random(42);
        List<AddTorrentRequest> batch = new ArrayList<>();
        for (int i = 0; i < TORRENTS; i++) {
            byte[] content = new byte[64];
            random.nextBytes(content);
            byte[] torrent = TorrentCreator.builder(String.format("bench-%05d", i), TorrentVersion.V1)
                    .singleFile(content).build();
            AddTorrentRequest.Builder r = AddTorrentRequest.builder(TorrentSource.torrentFile(torrent)).stopped(true);
            if (i < IN_CATEGORY) {
                r.category(CATEGORY);
            }
            batch.add(r.build());
            if (batch.size() == BATCH) {
                api.addAll(batch);
                batch.clear();
            }
        }
        api.addAll(batch);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        int listed;
        while ((listed = api.list().size()) < TORRENTS) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("qBittorrent lists " + listed + " of " + TORRENTS + " torrents after 10 minutes");
            }
            sleep(1_000);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (node != null) {
            node.destroy();
        }
        if (api != null) {
            api.close();
        }
        if (daemon != null) {
            daemon.stop();
        }
    }

    @Benchmark
    public List<Torrent> torrentctl_listAll() {
        return api.list();
    }

    @Benchmark
    public long curl_listAll() throws IOException, InterruptedException {
        return curl(base + "/api/v2/torrents/info");
    }

    @Benchmark
    public PlainTorrent[] plainHttpClientGson_listAll() throws IOException, InterruptedException {
        HttpResponse<InputStream> r = plain.send(HttpRequest.newBuilder(URI.create(base + "/api/v2/torrents/info")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStreamReader in = new InputStreamReader(r.body(), StandardCharsets.UTF_8)) {
            return gson.fromJson(in, PlainTorrent[].class);
        }
    }

    @Benchmark
    public int ctrlQbittorrent_listAll() {
        return nodePeer("all");
    }

    @Benchmark
    public int ctrlQbittorrent_listCategory() {
        return nodePeer("category " + CATEGORY);
    }

    @Benchmark
    public Torrent torrentctl_getOne() {
        return api.get(one);
    }

    @Benchmark
    public List<Torrent> torrentctl_listCategory() {
        return api.listMatching(TorrentFilter.category(CATEGORY));
    }

    @Benchmark
    public long curl_listCategory() throws IOException, InterruptedException {
        return curl(base + "/api/v2/torrents/info?category=" + CATEGORY);
    }

    /** @return the bytes curl received, to check it fetched something */
    private static long curl(String url) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("curl", "-s", "-f", "-o", "/dev/null", "-w", "%{size_download}", url)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("curl failed on " + url + ": " + out);
        }
        return Long.parseLong(out);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
