package dev.torrentctl.backend.qbittorrent.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.api.AddResult;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.daemons.scripted.RecordedRequest;
import dev.torrentctl.daemons.scripted.ScriptedResponse;
import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.create.TorrentCreator;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What the qBittorrent backend puts on the wire")
class WireFormatTest {
    private static final byte[] TORRENT = TorrentCreator.builder("wire", TorrentVersion.V1)
            .singleFile("some content".getBytes(StandardCharsets.US_ASCII)).build();
    private static final String HASH = Metainfo.parse(TORRENT).infoHashes().torrentId().hex();

    private static String torrentJson(String state) {
        return "[{\"hash\":\"" + HASH + "\",\"infohash_v1\":\"" + HASH + "\",\"name\":\"wire\",\"state\":\"" + state
                + "\"}]";
    }

    @Test
    @DisplayName("uploads a .torrent as multipart with a Content-Length, never chunked, with the file's exact bytes")
    void uploadHasContentLengthAndIsNotChunked() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            qbt.on("POST", "torrents/add", qbt.loggedIn(ScriptedResponse.text(200, "Ok.")));
            AddResult result = api.add(AddTorrentRequest.builder(TorrentSource.torrentFile(TORRENT))
                    .savePath("/data/x").category("tv").tags(Set.of("a")).stopped(true).build());
            assertThat(result.outcome()).isEqualTo(AddResult.Outcome.ADDED);
            RecordedRequest upload = qbt.requests("torrents/add").get(0);
            assertThat(upload.header("Transfer-Encoding")).isEmpty();
            assertThat(upload.header("Content-Length")).hasValue(Integer.toString(upload.body().length));
            assertThat(upload.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("multipart/form-data"));
            assertThat(indexOf(upload.body(), TORRENT)).as("the .torrent's bytes, unchanged").isPositive();
            assertThat(upload.bodyText()).contains("name=\"savepath\"", "/data/x", "name=\"category\"", "tv",
                    "name=\"tags\"", "name=\"stopped\"", "name=\"paused\"");
        }
    }

    @Test
    @DisplayName("sends no Referer or Origin header with a form POST (qBittorrent's CSRF check)")
    void noRefererOrOrigin() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            qbt.on("GET", "torrents/info", qbt.loggedIn(ScriptedResponse.json(200, torrentJson("stoppedUP"))));
            qbt.on("POST", "torrents/start", qbt.loggedIn(ScriptedResponse.text(200, "")));
            api.start(TorrentRef.parse(HASH));
            assertThat(qbt.requests()).allSatisfy(r -> {
                assertThat(r.header("Referer")).isEmpty();
                assertThat(r.header("Origin")).isEmpty();
            });
        }
    }

    @Test
    @DisplayName("stops with torrents/pause on WebAPI 2.8 (qBittorrent 4.x)")
    void pausesOnOldWebApi() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v4.5.2", "2.8.19"); Api api = qbt.open()) {
            qbt.on("GET", "torrents/info", qbt.loggedIn(ScriptedResponse.json(200, torrentJson("uploading"))));
            qbt.on("POST", "torrents/pause", qbt.loggedIn(ScriptedResponse.text(200, "")));
            api.stop(TorrentRef.parse(HASH));
            assertThat(qbt.requests("torrents/pause")).singleElement()
                    .satisfies(r -> assertThat(r.bodyText()).isEqualTo("hashes=" + HASH));
        }
    }

    @Test
    @DisplayName("stops with torrents/stop on WebAPI 2.11 (qBittorrent 5.x)")
    void stopsOnNewWebApi() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            qbt.on("GET", "torrents/info", qbt.loggedIn(ScriptedResponse.json(200, torrentJson("uploading"))));
            qbt.on("POST", "torrents/stop", qbt.loggedIn(ScriptedResponse.text(200, "")));
            api.stop(TorrentRef.parse(HASH));
            assertThat(qbt.requests("torrents/stop")).hasSize(1);
            assertThat(qbt.requests("torrents/pause")).isEmpty();
        }
    }

    @Test
    @DisplayName("looks one torrent up with the server-side hashes filter, not the whole list")
    void findUsesHashesFilter() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            qbt.on("GET", "torrents/info", qbt.loggedIn(ScriptedResponse.json(200, torrentJson("uploading"))));
            assertThat(api.find(TorrentRef.parse(HASH))).isPresent();
            assertThat(qbt.requests("torrents/info")).singleElement()
                    .satisfies(r -> assertThat(r.query()).isEqualTo("hashes=" + HASH));
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
