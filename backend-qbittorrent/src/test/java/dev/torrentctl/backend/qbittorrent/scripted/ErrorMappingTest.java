package dev.torrentctl.backend.qbittorrent.scripted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.BackendProtocolException;
import dev.torrentctl.api.UnrecognizedServerException;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.TorrentNotFoundException;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.daemons.scripted.Responder;
import dev.torrentctl.daemons.scripted.ScriptedResponse;
import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.create.TorrentCreator;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The qBittorrent backend maps a bad answer")
class ErrorMappingTest {
    private static final String HASH = "0123456789abcdef0123456789abcdef01234567";

    @Test
    @DisplayName("HTTP 500 to a protocol error carrying the status and a truncated body")
    void serverErrorIsProtocolError() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            qbt.on("GET", "torrents/info", qbt.loggedIn(ScriptedResponse.text(500, "boom ".repeat(2000))));
            assertThatThrownBy(api::list)
                    .isInstanceOfSatisfying(BackendProtocolException.class, e -> {
                        assertThat(e.statusCode()).hasValue(500);
                        assertThat(e.body()).startsWith("boom").hasSizeLessThanOrEqualTo(
                                BackendProtocolException.MAX_BODY_CHARS + 3);
                        assertThat(e.getMessage()).contains("[qbittorrent] list", "HTTP 500");
                    });
        }
    }

    @Test
    @DisplayName("malformed torrent-list JSON to a protocol error")
    void malformedJsonIsProtocolError() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            qbt.on("GET", "torrents/info", qbt.loggedIn(ScriptedResponse.json(200, "[{\"hash\": }")));
            assertThatThrownBy(api::list).isInstanceOf(BackendProtocolException.class)
                    .hasMessageContaining("cannot be read");
        }
    }

    @Test
    @DisplayName("a torrent list cut off in the middle to a protocol error")
    void truncatedJsonIsProtocolError() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            qbt.on("GET", "torrents/info", qbt.loggedIn(ScriptedResponse.json(200, "[{\"hash\":\"" + HASH + "\"")));
            assertThatThrownBy(api::list).isInstanceOf(BackendProtocolException.class)
                    .hasMessageContaining("cannot be read");
        }
    }

    @Test
    @DisplayName("a torrent whose hash is not hex to a protocol error")
    void badHashIsProtocolError() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            qbt.on("GET", "torrents/info", qbt.loggedIn(ScriptedResponse.json(200,
                    "[{\"hash\":\"" + HASH + "\",\"infohash_v1\":\"not-a-hash\"}]")));
            assertThatThrownBy(api::list).isInstanceOf(BackendProtocolException.class);
        }
    }

    @Test
    @DisplayName("a WebAPI version that is an HTML page means the URL does not lead to qBittorrent")
    void htmlVersionIsUnrecognizedServer() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "<html>proxy error</html>")) {
            assertThatThrownBy(qbt::open).isInstanceOf(UnrecognizedServerException.class)
                    .hasMessageContaining("/api/v2/app/webapiVersion").hasMessageContaining("probably wrong");
        }
    }

    @Test
    @DisplayName("a WebAPI version that is not a version means the URL does not lead to qBittorrent")
    void garbageVersionIsUnrecognizedServer() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "not a version")) {
            assertThatThrownBy(qbt::open).isInstanceOf(UnrecognizedServerException.class)
                    .hasMessageContaining("not a WebAPI version");
        }
    }

    @Test
    @DisplayName("a rejected upload (415) to invalid input")
    void rejectedUploadIsInvalidInput() {
        byte[] torrent = TorrentCreator.builder("x", TorrentVersion.V1)
                .singleFile("x".getBytes(StandardCharsets.US_ASCII)).build();
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            qbt.on("POST", "torrents/add", qbt.loggedIn(ScriptedResponse.text(415, "Torrent file is not valid.")));
            assertThatThrownBy(() -> api.add(AddTorrentRequest.of(TorrentSource.torrentFile(torrent))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("Torrent file is not valid.");
        }
    }

    @Test
    @DisplayName("a missing endpoint (404 Endpoint does not exist) to a protocol error that says so")
    void missingEndpointIsNamed() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            qbt.on("GET", "torrents/info", qbt.loggedIn(ScriptedResponse.json(200,
                    "[{\"hash\":\"" + HASH + "\",\"state\":\"uploading\"}]")));
            qbt.on("POST", "torrents/stop", qbt.loggedIn(ScriptedResponse.text(404, "Endpoint does not exist")));
            assertThatThrownBy(() -> api.stop(TorrentRef.parse(HASH)))
                    .isInstanceOf(BackendProtocolException.class)
                    .hasMessageContaining("no such endpoint");
        }
    }

    @Test
    @DisplayName("an unknown torrent to torrent-not-found, before any control call is sent")
    void unknownTorrentIsNotFound() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            qbt.on("POST", "torrents/stop", Responder.always(ScriptedResponse.text(200, "")));
            assertThatThrownBy(() -> api.stop(TorrentRef.parse(HASH)))
                    .isInstanceOfSatisfying(TorrentNotFoundException.class,
                            e -> assertThat(e.getMessage()).contains(HASH));
            assertThat(qbt.requests("torrents/stop")).isEmpty();
        }
    }
}
