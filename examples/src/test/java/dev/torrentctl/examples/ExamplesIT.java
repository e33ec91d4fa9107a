package dev.torrentctl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.Category;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.RemoveMode;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.api.TorrentFilter;
import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.Wait;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.QBittorrentContainer;
import dev.torrentctl.hashes.InfoHashV1;
import dev.torrentctl.hashes.InfoHashes;
import dev.torrentctl.hashes.MagnetLink;
import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.create.TorrentCreator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's and the Javadoc's samples, run against a real qBittorrent 5.3. */
@DisplayName("README and Javadoc samples on qBittorrent 5.3")
class ExamplesIT {
    private static QBittorrentContainer daemon;
    private static String url;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeFalse(DaemonImage.skipRequested(), () -> "daemon tests skipped on request (-D"
                + DaemonImage.SKIP_PROPERTY + "=true)");
        daemon = new QBittorrentContainer(DaemonImage.QBITTORRENT_5_3);
        daemon.start();
        // the samples take a URL with credentials, as a reader would write it (the password has
        // every reserved character: the URL parser takes it as is)
        url = daemon.url().replace("://", "://" + daemon.username() + ":" + daemon.password() + "@");
        Files.createDirectories(Path.of("."));
        Files.write(Path.of("linux.torrent"), TorrentCreator.builder("linux-" + System.nanoTime(), TorrentVersion.V1)
                .singleFile("an image\n".repeat(1000).getBytes(StandardCharsets.UTF_8)).build());
    }

    @AfterAll
    static void stop() {
        if (daemon != null) {
            daemon.stop();
        }
    }

    private static Api client() {
        return TorrentClients.open("qbittorrent", url);
    }

    @Test
    @DisplayName("the README's quick start adds, starts, lists and removes linux.torrent")
    void quickStart() {
        ReadmeExamples.quickStart(url);
        try (Api client = client()) {
            assertThat(client.list()).isEmpty();
            assertThat(client.categories()).containsKey("linux");
        }
    }

    @Test
    @DisplayName("the README's category stop stops the torrents of category tv")
    void stopCategory() {
        try (Api client = client()) {
            client.createCategory(Category.of("tv"));
            byte[] torrent = TorrentCreator.builder("tv-" + System.nanoTime(), TorrentVersion.V1)
                    .singleFile("episode".getBytes(StandardCharsets.UTF_8)).build();
            var added = client.add(JavadocExamples.addTorrentRequest(torrent).toBuilder().category("tv").stopped(false)
                    .build(), Wait.afterAdd());
            BulkResult r = ReadmeExamples.stopCategory(client);
            assertThat(r.items()).hasSize(1).allSatisfy(i -> assertThat(i.outcome()).isIn(BulkResult.Outcome.DONE,
                    BulkResult.Outcome.ALREADY));
            assertThat(client.get(added.ref().orElseThrow()).state().isStopped()).isTrue();
            JavadocExamples.torrentSelection(client, added.ref().orElseThrow(), added.ref().orElseThrow());
            assertThat(client.listMatching(TorrentFilter.category("tv"))).isEmpty();
            assertThat(JavadocExamples.torrentFilter(client)).hasSize(2);
        }
    }

    @Test
    @DisplayName("the Api and TorrentClients samples run: a magnet added, read, started and removed; a list printed")
    void apiSamples() {
        byte[] hash = new byte[20];
        new SecureRandom().nextBytes(hash);
        MagnetLink magnet = MagnetLink.builder(InfoHashes.of(InfoHashV1.of(hash))).displayName("sample").build();
        JavadocExamples.api(url, magnet);
        JavadocExamples.torrentClients(url);
        try (Api client = client()) {
            assertThat(client.find(dev.torrentctl.api.TorrentRef.of(magnet))).isEmpty();
            client.remove(TorrentSelection.all(), RemoveMode.DELETE_DATA, Wait.afterChange());
        }
    }

    @Test
    @DisplayName("the configuration samples build what they say")
    void configurationSamples() {
        ClientConfig a = JavadocExamples.configFor();
        assertThat(a.baseUri()).hasToString("http://seedbox:8080");
        ClientConfig b = JavadocExamples.clientConfig("s3cret");
        assertThat(b.baseUri()).hasToString("https://seedbox.example/qbt");
        assertThat(b.toString()).doesNotContain("s3cret");
        assertThat(JavadocExamples.shareLimits().ratio().value()).contains(2.0);
        assertThat(JavadocExamples.addTorrentRequest(TorrentCreator.builder("x", TorrentVersion.V1)
                .singleFile(new byte[] {1}).build()).tags()).isEqualTo(Set.of("debian"));
    }
}
