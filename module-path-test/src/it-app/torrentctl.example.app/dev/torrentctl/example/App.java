package dev.torrentctl.example;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentClientException;
import dev.torrentctl.api.TorrentClients;

/** Lists the backends it finds, then opens each named one at its URL and lists its torrents. */
public final class App {
    private App() {}

    /** @param args pairs of backend name and URL */
    public static void main(String[] args) {
        System.out.println("backends " + TorrentClients.backendNames());
        for (int i = 0; i + 1 < args.length; i += 2) {
            try (Api client = TorrentClients.open(args[i], args[i + 1])) {
                System.out.println(args[i] + " version " + client.clientInfo().version());
                for (Torrent t : client.list()) {
                    System.out.println(args[i] + " torrent " + t.name() + " " + t.state());
                }
            } catch (TorrentClientException e) {
                System.out.println(args[i] + " failed " + e.getClass().getSimpleName() + ": " + e.getMessage());
                System.exit(1);
            }
        }
    }
}
