package dev.torrentctl.benchmarks;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.daemons.QBittorrentContainer;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ListBenchmark} against one daemon loaded once, so every method's fork measures the
 * same server with the same 10,000 torrents (each fork would otherwise start and load its own,
 * and compare different daemons). Arguments are JMH's; the first optional one, {@code 4.5} or
 * {@code 5.3}, picks the qBittorrent version.
 */
public final class ListBenchmarkLauncher {
    private ListBenchmarkLauncher() {}

    public static void main(String[] args) throws RunnerException, org.openjdk.jmh.runner.options.CommandLineOptionException {
        String version = args.length > 0 && args[0].matches("\\d+\\.\\d+") ? args[0] : "4.5";
        String[] jmhArgs = args.length > 0 && args[0].matches("\\d+\\.\\d+")
                ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        QBittorrentContainer daemon = ListBenchmark.startDaemon(version);
        try {
            try (Api api = TorrentClients.open("qbittorrent", ClientConfig.builder(daemon.url()).noCredentials().build())) {
                long start = System.nanoTime();
                ListBenchmark.load(api);
                System.out.printf("loaded %,d torrents into qBittorrent %s in %.1f s%n", ListBenchmark.TORRENTS,
                        api.clientInfo().version(), (System.nanoTime() - start) / 1e9);
            }
            Options options = new OptionsBuilder()
                    .parent(new CommandLineOptions(jmhArgs))
                    .include(ListBenchmark.class.getSimpleName())
                    .param("version", version)
                    .jvmArgsAppend("-D" + ListBenchmark.DAEMON_URL + "=" + daemon.url(),
                            "-D" + ListBenchmark.NODE_DIR + "=" + java.nio.file.Path.of(System.getProperty(
                                    ListBenchmark.NODE_DIR, "benchmarks/node")).toAbsolutePath())
                    .build();
            new Runner(options).run();
        } finally {
            daemon.stop();
        }
    }
}
