package dev.torrentctl.benchmarks;

import com.google.gson.Gson;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.Category;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.api.TorrentFilter;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.api.Wait;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.QBittorrentContainer;
import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.create.TorrentCreator;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * Listing 10,000 stopped torrents on a real qBittorrent, with every contender interleaved round by
 * round on the same daemon: {@code curl} fetching the same answer (the floor: the server's time
 * plus the transfer, no decoding), torrentctl, plain JDK HttpClient + Gson into records, and the
 * TypeScript peer @ctrl/qbittorrent (in a long-lived node process, so node's start-up is not
 * measured). Also one torrent by hash and the 100 torrents of one category, which use the server's
 * filters.
 *
 * <p>Every contender keeps qBittorrent's session cookie between calls (curl in a cookie jar), so
 * they all make the same requests.
 *
 * <p>The server's own time dominates (it builds the whole answer) and drifts by more than the
 * differences measured, so contenders never run one after another in blocks: each round runs each
 * of them once, in a fresh random order, and a client's ratio is the median over rounds of its time
 * divided by curl's time in the same round. Medians of the times are printed too.
 *
 * <p>Arguments: {@code [4.5|5.3] [rounds] [warm-up rounds]}; defaults 4.5, 40, 8. Writes
 * {@code benchmarks/target/list-interleaved.json}.
 */
public final class ListBenchmark {
    static final int TORRENTS = 10_000;
    static final int IN_CATEGORY = 100;
    static final String CATEGORY = "bench-one";
    private static final int BATCH = 250;
    /** The folder of the Node peer (benchmarks/node, with its node_modules installed by bin/bench). */
    static final String NODE_DIR = "torrentctl.bench.node.dir";

    private final String base;
    private final Api api;
    private final HttpClient plain = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    private final Gson gson = new Gson();
    private final TorrentRef one;
    private final NodePeer node;

    /** What a plain client would decode each torrent into. */
    record PlainTorrent(String hash, String name, String state, double progress, long size, long total_size,
            long dlspeed, long upspeed, double ratio, String save_path, String category, String tags, long added_on,
            long completion_on, long eta) {}

    private ListBenchmark(String base, NodePeer node) {
        this.base = base;
        this.api = TorrentClients.open("qbittorrent", ClientConfig.builder(base).noCredentials().build());
        this.one = api.listMatching(TorrentFilter.category(CATEGORY)).get(0).ref();
        this.node = node;
    }

    public static void main(String[] args) throws Exception {
        String version = args.length > 0 ? args[0] : "4.5";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        try (QBittorrentContainer daemon = startDaemon(version)) {
            String appVersion;
            try (Api api = TorrentClients.open("qbittorrent", ClientConfig.builder(daemon.url()).noCredentials().build())) {
                long start = System.nanoTime();
                load(api);
                appVersion = api.clientInfo().version();
                System.out.printf("loaded %,d torrents into qBittorrent %s in %.1f s%n", TORRENTS, appVersion,
                        (System.nanoTime() - start) / 1e9);
            }
            NodePeer node = NodePeer.start(daemon.url());
            ListBenchmark bench = new ListBenchmark(daemon.url(), node);
            try {
                Map<String, Map<String, Callable<Object>>> groups = bench.groups();
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("qbittorrent", appVersion);
                report.put("rounds", rounds);
                report.put("warmUpRounds", warmUp);
                for (Map.Entry<String, Map<String, Callable<Object>>> g : groups.entrySet()) {
                    report.put(g.getKey(), Interleaved.run(g.getKey(), g.getValue(), "curl", rounds, warmUp));
                }
                Path out = Path.of("benchmarks/target/list-interleaved.json");
                Files.createDirectories(out.getParent());
                Files.writeString(out, bench.gson.toJson(report));
                System.out.println("wrote " + out);
            } finally {
                node.close();
                bench.api.close();
            }
        }
    }

    /** @return whether the node peer can list this daemon; says why not when it cannot */
    private boolean nodeWorks() {
        try {
            node.list("all");
            return true;
        } catch (IllegalStateException e) {
            System.out.println("@ctrl/qbittorrent is left out on this daemon: " + e.getMessage());
            return false;
        }
    }

    /** The contenders, by what they list; "curl" is each group's floor. */
    private Map<String, Map<String, Callable<Object>>> groups() {
        boolean withNode = nodeWorks();
        Map<String, Callable<Object>> all = new LinkedHashMap<>();
        all.put("curl", () -> curl(base + "/api/v2/torrents/info"));
        all.put("torrentctl", () -> check(api.list().size(), TORRENTS));
        all.put("JDK HttpClient + Gson", () -> check(plainList(base + "/api/v2/torrents/info").length, TORRENTS));
        if (withNode) {
            all.put("@ctrl/qbittorrent", () -> check(node.list("all"), TORRENTS));
        }
        Map<String, Callable<Object>> category = new LinkedHashMap<>();
        category.put("curl", () -> curl(base + "/api/v2/torrents/info?category=" + CATEGORY));
        category.put("torrentctl", () -> check(api.listMatching(TorrentFilter.category(CATEGORY)).size(), IN_CATEGORY));
        if (withNode) {
            category.put("@ctrl/qbittorrent", () -> check(node.list("category " + CATEGORY), IN_CATEGORY));
        }
        Map<String, Callable<Object>> get = new LinkedHashMap<>();
        get.put("curl", () -> curl(base + "/api/v2/torrents/info?hashes=" + one.torrentId().hex()));
        get.put("torrentctl", () -> api.get(one));
        Map<String, Map<String, Callable<Object>>> groups = new LinkedHashMap<>();
        groups.put("list all", all);
        groups.put("list one category", category);
        groups.put("get one", get);
        return groups;
    }

    private PlainTorrent[] plainList(String url) throws IOException, InterruptedException {
        HttpResponse<InputStream> r = plain.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStreamReader in = new InputStreamReader(r.body(), StandardCharsets.UTF_8)) {
            return gson.fromJson(in, PlainTorrent[].class);
        }
    }

    private static int check(int got, int expected) {
        if (got < expected) {
            throw new IllegalStateException("listed " + got + ", expected at least " + expected);
        }
        return got;
    }

    /** Where curl keeps its session cookie between calls, as every other contender keeps its own. */
    private static final Path CURL_COOKIES = cookieJar();

    private static Path cookieJar() {
        try {
            Path jar = Files.createTempFile("torrentctl-bench-curl-", ".cookies");
            jar.toFile().deleteOnExit();
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the bytes curl received, to check it fetched something. curl keeps qBittorrent's
     *     session cookie in a jar, as the clients do: without one, qBittorrent starts a session for
     *     every request (4.5 spends about 150 ms more per 10,000-torrent list on that)
     */
    private static long curl(String url) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("curl", "-s", "-f", "-b", CURL_COOKIES.toString(), "-c", CURL_COOKIES.toString(),
                "-o", "/dev/null", "-w", "%{size_download}", url).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("curl failed on " + url + ": " + out);
        }
        return Long.parseLong(out);
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
            if (batch.size() == BATCH || i == TORRENTS - 1) {
                // the wait makes the load bounded: every batch listed before the next is sent
                if (!api.addAll(batch, Wait.upTo(java.time.Duration.ofMinutes(2))).stream()
                        .allMatch(a -> a.outcome() == dev.torrentctl.api.AddResult.Outcome.ADDED)) {
                    throw new IllegalStateException("a batch of the benchmark's torrents was not added and listed");
                }
                batch.clear();
            }
        }
    }

    /** @ctrl/qbittorrent 9.11.0 in one long-lived node process, fed requests over stdin. */
    static final class NodePeer implements AutoCloseable {
        private final Process process;
        private final BufferedWriter in;
        private final BufferedReader out;

        private NodePeer(Process process) {
            this.process = process;
            this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        static NodePeer start(String base) {
            Path script = Path.of(System.getProperty(NODE_DIR, "benchmarks/node"), "list-server.mjs");
            try {
                return new NodePeer(new ProcessBuilder("node", script.toString(), base)
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start());
            } catch (IOException e) {
                throw new IllegalStateException("cannot start node for the @ctrl/qbittorrent peer (bin/bench installs it): "
                        + e, e);
            }
        }

        /** @return how many torrents the peer listed for that request */
        int list(String request) {
            try {
                in.write(request);
                in.newLine();
                in.flush();
                String answer = out.readLine();
                if (answer == null || !answer.startsWith("ok ")) {
                    throw new IllegalStateException("@ctrl/qbittorrent answered " + answer);
                }
                return Integer.parseInt(answer.substring(3));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            process.destroy();
        }
    }

    /** Runs contenders round by round, each round in a fresh random order, and reports medians and per-round ratios. */
    static final class Interleaved {
        private Interleaved() {}

        static Map<String, Object> run(String title, Map<String, Callable<Object>> contenders, String floor, int rounds,
                int warmUp) throws Exception {
            Map<String, double[]> millis = new LinkedHashMap<>();
            contenders.keySet().forEach(k -> millis.put(k, new double[rounds]));
            List<String> order = new ArrayList<>(contenders.keySet());
            Random shuffle = new Random(7);
            for (int round = -warmUp; round < rounds; round++) {
                Collections.shuffle(order, shuffle);
                for (String name : order) {
                    long start = System.nanoTime();
                    Object result = contenders.get(name).call();
                    long elapsed = System.nanoTime() - start;
                    if (result == null) {
                        throw new IllegalStateException(name + " returned nothing");
                    }
                    if (round >= 0) {
                        millis.get(name)[round] = elapsed / 1e6;
                    }
                }
            }
            double[] floorTimes = millis.get(floor);
            System.out.printf("%n%s (%d rounds after %d warm-up rounds, each round in a random order)%n", title, rounds,
                    warmUp);
            System.out.printf("| %-24s | %12s | %16s | %22s |%n", "contender", "median", "p25 - p75",
                    "ratio to " + floor + " (median of rounds)");
            System.out.println("|---|---|---|---|");
            Map<String, Object> report = new LinkedHashMap<>();
            for (Map.Entry<String, double[]> e : millis.entrySet()) {
                double[] t = e.getValue();
                double[] ratios = new double[rounds];
                for (int i = 0; i < rounds; i++) {
                    ratios[i] = t[i] / floorTimes[i];
                }
                double median = percentile(t, 50);
                double ratio = percentile(ratios, 50);
                System.out.printf(Locale.ROOT, "| %-24s | %9.2f ms | %6.1f - %6.1f ms | %21.3fx |%n", e.getKey(), median,
                        percentile(t, 25), percentile(t, 75), ratio);
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("medianMillis", median);
                one.put("p25Millis", percentile(t, 25));
                one.put("p75Millis", percentile(t, 75));
                one.put("ratioToFloor", ratio);
                one.put("ratioOfMedians", median / percentile(floorTimes, 50));
                one.put("millis", t);
                report.put(e.getKey(), one);
            }
            return report;
        }

        static double percentile(double[] values, int p) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double rank = (p / 100.0) * (sorted.length - 1);
            int lo = (int) Math.floor(rank);
            int hi = (int) Math.ceil(rank);
            return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
        }
    }
}
