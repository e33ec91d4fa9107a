package dev.torrentctl.examples;

import dev.torrentctl.api.*;
import java.nio.file.Path;

/**
 * The README's code samples, each between {@code // snippet} and {@code // end} exactly as the
 * README shows it (ReadmeSnippetsTest holds the two together), in methods that give them the
 * variables they use, so the build compiles them and ExamplesIT runs them against a real client.
 */
public final class ReadmeExamples {
    private ReadmeExamples() {}

    /** The quick start: add, start, list, remove. */
    public static void quickStart(String url) {
        // snippet
        try (Api client = TorrentClients.open("qbittorrent", url)) { // url: "http://admin:secret@localhost:8080"
            AddResult added = client.add(AddTorrentRequest.builder(TorrentSource.torrentFile(Path.of("linux.torrent")))
                    .savePath("/downloads").category("linux").stopped(true).build(), Wait.afterAdd());
            TorrentRef ref = added.ref().orElseThrow();      // hashes computed locally, known at once
            client.start(TorrentSelection.of(ref), Wait.afterChange());   // returns once it shows as started
            for (Torrent t : client.list()) {
                System.out.println(t.name() + " " + t.state() + " " + t.downloadRate());
            }
            client.remove(TorrentSelection.of(ref), RemoveMode.KEEP_DATA, Wait.afterChange());
        }
        // end
    }

    /** Stopping a category's torrents in one call. */
    public static BulkResult stopCategory(Api client) {
        // snippet
        BulkResult r = client.stop(TorrentSelection.matching(TorrentFilter.category("tv")), Wait.afterChange());
        r.with(BulkResult.Outcome.ALREADY).forEach(i -> System.out.println("already stopped: " + i.ref()));
        // end
        return r;
    }
}
