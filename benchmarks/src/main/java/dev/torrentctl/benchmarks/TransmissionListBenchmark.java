package dev.torrentctl.benchmarks;

import dev.torrentctl.api.AddResult;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.api.TorrentFilter;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.api.Wait;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.TransmissionContainer;
import dev.torrentctl.daemons.faults.TcpProxy;
import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.create.TorrentCreator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Listing 10,000 stopped torrents on a real Transmission 4.1, interleaved round by round with
 * {@code curl} posting the same {@code torrent-get} request on the same daemon (the floor: the
 * server's time and the transfer, no decoding): list all, get one torrent by hash, and list the 100
 * torrents with one label (Transmission has no server-side filter by label).
 *
 * <p>"The same request" is not written by hand: torrentctl's own list is sent once through a
 * recording proxy ({@link TcpProxy#sent()}), and curl replays that request's headers (from a file,
 * so neither the password nor the session id is in curl's argv) and body.
 *
 * <p>As in {@link ListBenchmark}, the daemon's time dominates and drifts, so each round runs every
 * contender once in a fresh random order, and a ratio is the median over rounds of a time divided by
 * curl's list-all time in the same round.
 *
 * <p>Arguments: {@code [rounds] [warm-up rounds]}; defaults 30, 6. Writes
 * {@code benchmarks/target/transmission-list-interleaved.json}.
 */
public final class TransmissionListBenchmark {
    static final int TORRENTS = 10_000;
    static final int LABELLED = 100;
    static final String LABEL = "bench-one";
    private static final int BATCH = 250;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        try (TransmissionContainer daemon = new TransmissionContainer(DaemonImage.TRANSMISSION_4_1)) {
            daemon.start();
            ClientConfig config = ClientConfig.builder(daemon.url())
                    .credentials(new Credentials(daemon.username(), daemon.password())).build();
            try (Api api = TorrentClients.open("transmission", config)) {
                long start = System.nanoTime();
                TorrentRef one = load(api);
                System.out.printf("loaded %,d torrents into Transmission %s in %.1f s%n", TORRENTS,
                        api.clientInfo().version(), (System.nanoTime() - start) / 1e9);
                Replay list = Replay.capture(daemon, "torrent-get", a -> a.list());
                Replay get = Replay.capture(daemon, "torrent-get", a -> a.get(one));

                Map<String, Callable<Object>> contenders = new LinkedHashMap<>();
                contenders.put("curl list all", list::send);
                contenders.put("torrentctl list all", () -> check(api.list().size(), TORRENTS));
                contenders.put("torrentctl get one", () -> api.get(one));
                contenders.put("curl get one", get::send);
                contenders.put("torrentctl list by label", () -> check(
                        api.listMatching(TorrentFilter.tag(LABEL)).size(), LABELLED));
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("transmission", api.clientInfo().version());
                report.put("protocol", api.clientInfo().apiVersion());
                report.put("listRequestBytes", list.body.length);
                report.put("rounds", rounds);
                report.put("warmUpRounds", warmUp);
                report.put("list", ListBenchmark.Interleaved.run("Transmission " + api.clientInfo().version()
                        + ", " + TORRENTS + " stopped torrents", contenders, "curl list all", rounds, warmUp));
                Path out = Path.of("benchmarks/target/transmission-list-interleaved.json");
                Files.createDirectories(out.getParent());
                Files.writeString(out, new com.google.gson.GsonBuilder().setPrettyPrinting().create().toJson(report));
                System.out.println("wrote " + out);
            }
        }
    }

    private static int check(int got, int expected) {
        if (got != expected) {
            throw new IllegalStateException("listed " + got + ", expected " + expected);
        }
        return got;
    }

    /** Adds {@link #TORRENTS} stopped torrents, {@link #LABELLED} of them labelled; returns one of the others. */
    static TorrentRef load(Api api) {
        Random random = new Random(42);
        List<AddTorrentRequest> batch = new ArrayList<>();
        TorrentRef one = null;
        for (int i = 0; i < TORRENTS; i++) {
            byte[] content = new byte[64];
            random.nextBytes(content);
            byte[] torrent = TorrentCreator.builder(String.format("bench-%05d", i), TorrentVersion.V1)
                    .singleFile(content).build();
            if (i == TORRENTS / 2) {
                one = TorrentRef.of(Metainfo.parse(torrent).infoHashes());
            }
            AddTorrentRequest.Builder r = AddTorrentRequest.builder(TorrentSource.torrentFile(torrent)).stopped(true);
            if (i < LABELLED) {
                r.tags(Set.of(LABEL));
            }
            batch.add(r.build());
            if (batch.size() == BATCH || i == TORRENTS - 1) {
                if (!api.addAll(batch, Wait.upTo(Duration.ofMinutes(2))).stream()
                        .allMatch(a -> a.outcome() == AddResult.Outcome.ADDED)) {
                    throw new IllegalStateException("a batch of the benchmark's torrents was not added and listed");
                }
                batch.clear();
            }
        }
        return one;
    }

    /** One request torrentctl sent, recorded through a proxy, and replayed by curl. */
    static final class Replay {
        private final String url;
        private final Path headers;
        private final Path bodyFile;
        final byte[] body;

        private Replay(String url, Path headers, byte[] body) throws IOException {
            this.url = url;
            this.headers = headers;
            this.body = body;
            this.bodyFile = Files.createTempFile("torrentctl-bench-body-", ".json");
            bodyFile.toFile().deleteOnExit();
            Files.write(bodyFile, body);
        }

        /** Runs {@code call} on a client connected through a recording proxy; keeps the last request whose body has {@code method}. */
        static Replay capture(TransmissionContainer daemon, String method, java.util.function.Consumer<Api> call)
                throws IOException {
            byte[] sent;
            try (TcpProxy proxy = new TcpProxy(daemon.getHost(), daemon.getMappedPort(TransmissionContainer.RPC_PORT))) {
                try (Api api = TorrentClients.open("transmission", ClientConfig.builder(proxy.url())
                        .credentials(new Credentials(daemon.username(), daemon.password())).build())) {
                    call.accept(api);
                }
                sent = proxy.sent();
            }
            String lastHead = null;
            byte[] lastBody = null;
            int at = 0;
            while (at < sent.length) {
                int end = indexOf(sent, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), at);
                if (end < 0) {
                    break;
                }
                String head = new String(sent, at, end - at, StandardCharsets.ISO_8859_1);
                int length = 0;
                for (String line : head.split("\r\n")) {
                    if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                        length = Integer.parseInt(line.substring(15).strip());
                    } else if (line.regionMatches(true, 0, "Transfer-Encoding:", 0, 18)) {
                        throw new IllegalStateException("cannot replay a chunked request");
                    }
                }
                byte[] body = java.util.Arrays.copyOfRange(sent, end + 4, end + 4 + length);
                if (new String(body, StandardCharsets.UTF_8).contains(method)
                        || new String(body, StandardCharsets.UTF_8).contains(method.replace('-', '_'))) { // JSON-RPC 2.0 names
                    lastHead = head;
                    lastBody = body;
                }
                at = end + 4 + length;
            }
            if (lastHead == null) {
                throw new IllegalStateException("torrentctl sent no " + method + " request through the proxy");
            }
            String[] lines = lastHead.split("\r\n");
            String path = lines[0].split(" ")[1];
            List<String> keep = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String name = lines[i].substring(0, lines[i].indexOf(':')).strip().toLowerCase(Locale.ROOT);
                if (!Set.of("host", "content-length", "connection").contains(name)) {
                    keep.add(lines[i]);
                }
            }
            Path headers = Files.createTempFile("torrentctl-bench-headers-", ".txt",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            headers.toFile().deleteOnExit();
            Files.write(headers, keep);
            return new Replay(daemon.url() + path, headers, lastBody);
        }

        /** @return the bytes curl received */
        long send() throws IOException, InterruptedException {
            Process p = new ProcessBuilder("curl", "-s", "-H", "@" + headers, "--data-binary", "@" + bodyFile,
                    "-o", "/dev/null", "-w", "%{http_code} %{size_download}", url).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (p.waitFor() != 0 || !out.startsWith("200 ")) {
                throw new IllegalStateException("curl's replay failed: " + out);
            }
            return Long.parseLong(out.substring(4));
        }

        private static int indexOf(byte[] data, byte[] what, int from) {
            outer:
            for (int i = from; i <= data.length - what.length; i++) {
                for (int j = 0; j < what.length; j++) {
                    if (data[i + j] != what[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
