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
import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.api.Wait;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.QBittorrentContainer;
import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.create.TorrentCreator;
import java.nio.charset.StandardCharsets;

/**
 * Starts a throwaway qBittorrent in a container and drives it through torrentctl: add a hybrid
 * torrent made on the spot, list, stop, start, remove.
 */
public final class Demo {
    private Demo() {}

    public static void main(String[] args) {
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
                // every change waits (bounded) until the client shows it: no poll loop here
                AddResult added = client.add(AddTorrentRequest.builder(TorrentSource.torrentFile(torrent))
                        .stopped(true).category("demo").build(), Wait.afterAdd());
                TorrentRef ref = added.ref().orElseThrow();
                say("add       -> " + added.outcome() + ", hashes " + added.infoHashes().orElseThrow()
                        + ", qBittorrent id " + added.torrentId().map(Object::toString).orElse("?"));
                client.list().forEach(t -> say("list      -> " + describe(t)));

                TorrentSelection it = TorrentSelection.of(ref);
                say("start     -> " + client.start(it, Wait.afterChange()).items().get(0).outcome() + ", "
                        + describe(client.get(ref)));
                say("stop      -> " + client.stop(it, Wait.afterChange()).items().get(0).outcome() + ", "
                        + describe(client.get(ref)));
                say("stop      -> " + client.stop(it, Wait.afterChange()).items().get(0).outcome() + " (asked again)");
                say("remove    -> " + client.remove(it, RemoveMode.DELETE_DATA, Wait.afterChange()).items().get(0)
                        .outcome() + "; " + client.list().size() + " torrents left");
            }
        }
        say("done: the container is stopped");
    }

    private static String describe(Torrent t) {
        return t.name() + " [" + t.state() + " (" + t.rawState() + "), " + t.totalSizeBytes() + " bytes, category "
                + t.category().orElse("-") + "]";
    }

    private static void say(String line) {
        System.out.println("[demo] " + line);
    }
}
