package dev.torrentctl.demo;

import dev.torrentctl.api.AddResult;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.api.RemoveMode;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.api.TorrentState;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.QBittorrentContainer;
import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.create.TorrentCreator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Starts a throwaway qBittorrent in a container and drives it through torrentctl: add a hybrid
 * torrent made on the spot, list, stop, start, remove.
 */
public final class Demo {
    private Demo() {}

    public static void main(String[] args) throws InterruptedException {
        DaemonImage image = DaemonImage.QBITTORRENT_5_3;
        say("starting a throwaway qBittorrent (" + image.imageName() + ") ...");
        try (QBittorrentContainer daemon = new QBittorrentContainer(image)) {
            daemon.start();
            ClientConfig config = ClientConfig.builder(daemon.url())
                    .credentials(new Credentials(daemon.username(), daemon.password())).build();
            say("config: " + config);
            try (Api client = TorrentClients.open("qbittorrent", config)) {
                say("connected: qBittorrent " + client.clientInfo().version() + ", WebAPI " + client.clientInfo().apiVersion());

                byte[] torrent = TorrentCreator.builder("torrentctl-demo", TorrentVersion.HYBRID)
                        .addFile("hello.txt", "Hello from torrentctl\n".repeat(2000).getBytes(StandardCharsets.UTF_8))
                        .addFile("docs/readme.txt", "A hybrid (v1 + v2) torrent made by torrentctl.\n"
                                .getBytes(StandardCharsets.UTF_8))
                        .build();
                AddResult added = client.add(AddTorrentRequest.builder(TorrentSource.torrentFile(torrent))
                        .stopped(true).category("demo").build());
                TorrentRef ref = added.ref().orElseThrow();
                say("add       -> " + added.outcome() + ", hashes " + added.infoHashes().orElseThrow()
                        + ", qBittorrent id " + added.torrentId().map(Object::toString).orElse("?"));

                await(client, ref, t -> t.state() == TorrentState.STOPPED, "stopped after the add");
                client.list().forEach(t -> say("list      -> " + describe(t)));

                client.start(ref);
                say("start     -> " + describe(await(client, ref, t -> t.state() != TorrentState.STOPPED, "running")));
                client.stop(ref);
                say("stop      -> " + describe(await(client, ref, t -> t.state() == TorrentState.STOPPED, "stopped")));
                client.remove(ref, RemoveMode.DELETE_DATA);
                awaitGone(client, ref);
                say("remove    -> gone; " + client.list().size() + " torrents left");
            }
        }
        say("done: the container is stopped");
    }

    private static Torrent await(Api client, TorrentRef ref, Predicate<Torrent> condition, String what)
            throws InterruptedException {
        return poll(() -> client.find(ref), t -> t.isPresent() && condition.test(t.get()), "torrent not " + what)
                .orElseThrow();
    }

    private static void awaitGone(Api client, TorrentRef ref) throws InterruptedException {
        poll(() -> client.find(ref), Optional::isEmpty, "torrent still there after remove");
    }

    /** Asks again every 100 ms, for up to 30 s: the client applies changes asynchronously. */
    private static <T> T poll(java.util.function.Supplier<T> probe, Predicate<T> done, String failure)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(failure + " after 30 s; last seen " + last);
            }
            Thread.sleep(100);
            last = probe.get();
        }
        return last;
    }

    private static String describe(Torrent t) {
        return t.name() + " [" + t.state() + " (" + t.rawState() + "), " + t.totalSizeBytes() + " bytes, category "
                + t.category().orElse("-") + "]";
    }

    private static void say(String line) {
        System.out.println("[demo] " + line);
    }
}
