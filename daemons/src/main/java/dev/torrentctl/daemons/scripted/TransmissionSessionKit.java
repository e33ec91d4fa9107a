package dev.torrentctl.daemons.scripted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.AuthenticationException;
import dev.torrentctl.api.BackendProtocolException;
import dev.torrentctl.api.UnrecognizedServerException;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentClients;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A Transmission backend's RPC session against a scripted daemon: the 409 handshake, session id
 * rotation, HTTP Basic, and how answers that are not Transmission's are reported. Every backend
 * over Transmission's RPC extends it with its name and the version its scripted daemon reports.
 */
@DisplayName("A Transmission RPC session")
public abstract class TransmissionSessionKit {
    private static final String RPC = "/transmission/rpc";
    private static final String NO_TORRENTS = "{\"arguments\":{\"torrents\":[]},\"result\":\"success\"}";

    /** @return the backend's name */
    protected abstract String backend();

    /**
     * @return what the scripted daemon's {@code session-get} reports as {@code version}, such as
     *     {@code "4.0.6 (abc)"}
     */
    protected abstract String daemonVersion();

    /** @return what it reports as {@code rpc-version} (17 or lower keeps a backend on the legacy RPC) */
    protected abstract int rpcVersion();

    private String sessionGet() {
        return "{\"arguments\":{\"version\":\"" + daemonVersion() + "\",\"rpc-version\":" + rpcVersion() + "},"
                + "\"result\":\"success\"}";
    }

    private ScriptedHttpServer server;
    /** The session id the scripted daemon currently accepts. */
    private final AtomicReference<String> currentId = new AtomicReference<>("id-1");
    private final AtomicReference<String> torrents = new AtomicReference<>(NO_TORRENTS);

    @BeforeEach
    void start() {
        server = ScriptedHttpServer.http();
        server.on("POST", RPC, this::answer);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** As transmission-daemon: 409 with the id unless the request carries it; then by method. */
    private ScriptedResponse answer(RecordedRequest r) {
        if (!r.header("X-Transmission-Session-Id").equals(Optional.of(currentId.get()))) {
            return ScriptedResponse.text(409, "<h1>409: Conflict</h1>")
                    .withHeader("X-Transmission-Session-Id", currentId.get());
        }
        return ScriptedResponse.json(200, r.bodyText().contains("session-get") ? sessionGet() : torrents.get());
    }

    private Api open() {
        return TorrentClients.open(backend(), ClientConfig.builder(server.url())
                .credentials(new Credentials("admin", "tr-Pa55")).build());
    }

    @Test
    @DisplayName("numbers out of range (1e30, NaN, text) leave those fields unknown with their raw text; the list does not fail")
    void numbersOutOfRangeAreUnknown() {
        String hash = "0123456789abcdef0123456789abcdef01234567";
        torrents.set("{\"arguments\":{\"torrents\":[{\"hashString\":\"" + hash + "\",\"name\":\"n\",\"status\":99,"
                + "\"percentDone\":NaN,\"sizeWhenDone\":1e30,\"totalSize\":\"big\",\"rateDownload\":-5,"
                + "\"rateUpload\":0,\"uploadRatio\":0.5,\"downloadDir\":\"/d\",\"addedDate\":1e30,\"doneDate\":0,"
                + "\"eta\":-1}]},\"result\":\"success\"}");
        try (Api api = open()) {
            Torrent t = api.list().get(0);
            assertThat(t.anomalies()).containsKeys("status", "percentDone", "sizeWhenDone", "totalSize", "addedDate");
            assertThat(t.sizeBytes()).isZero();
            assertThat(t.progress()).isZero();
            assertThat(t.addedOn()).isEmpty();
            assertThat(t.state()).isEqualTo(dev.torrentctl.api.TorrentState.UNKNOWN);
            assertThat(t.ratio()).isEqualTo(0.5);
        }
    }

    @Test
    @DisplayName("answers the 409 handshake by sending the call again, once, with the session id")
    void sessionIdHandshake() {
        try (Api api = open()) {
            assertThat(api.clientInfo().version()).isEqualTo(daemonVersion());
            assertThat(server.requests(RPC)).hasSize(2);
            assertThat(server.requests(RPC).get(0).header("X-Transmission-Session-Id")).isEmpty();
            assertThat(server.requests(RPC).get(1).header("X-Transmission-Session-Id")).hasValue("id-1");
            assertThat(api.list()).isEmpty();
            assertThat(server.requests(RPC)).as("the id is reused, no new handshake").hasSize(3);
        }
    }

    @Test
    @DisplayName("takes a new session id when the daemon changes it mid-session")
    void renewedSessionId() {
        try (Api api = open()) {
            currentId.set("id-2");
            assertThat(api.list()).isEmpty();
            assertThat(server.requests(RPC).get(3).header("X-Transmission-Session-Id")).hasValue("id-2");
        }
    }

    @Test
    @DisplayName("sends HTTP Basic credentials on every call")
    void sendsBasicAuth() {
        try (Api api = open()) {
            String expected = "Basic " + Base64.getEncoder().encodeToString("admin:tr-Pa55".getBytes(StandardCharsets.UTF_8));
            assertThat(server.requests(RPC)).allSatisfy(r -> assertThat(r.header("Authorization")).hasValue(expected));
        }
    }

    @Test
    @DisplayName("gives up when the daemon answers 409 twice in a row")
    void repeated409IsProtocolError() {
        server.on("POST", RPC, Responder.always(ScriptedResponse.text(409, "conflict")
                .withHeader("X-Transmission-Session-Id", "always-new")));
        assertThatThrownBy(this::open).isInstanceOf(BackendProtocolException.class)
                .hasMessageContaining("HTTP 409");
        assertThat(server.requests(RPC)).hasSize(2);
    }

    @Test
    @DisplayName("reports 401 as bad credentials without the password")
    void unauthorizedIsAuthenticationError() {
        server.on("POST", RPC, Responder.always(ScriptedResponse.text(401, "<h1>401: Unauthorized</h1>")));
        assertThatThrownBy(this::open).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("bad user name or password")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("tr-Pa55"));
    }

    @Test
    @DisplayName("reports a result other than success as a protocol error naming the method")
    void failedResultIsProtocolError() {
        try (Api api = open()) {
            server.on("POST", RPC, r -> ScriptedResponse.json(200, "{\"result\":\"no such method\"}"));
            assertThatThrownBy(api::list).isInstanceOf(BackendProtocolException.class)
                    .hasMessageContaining("torrent-get failed: no such method");
        }
    }

    @Test
    @DisplayName("reports an answer that is not JSON as a protocol error")
    void nonJsonIsProtocolError() {
        server.on("POST", RPC, r -> r.header("X-Transmission-Session-Id").isPresent()
                ? ScriptedResponse.text(200, "proxy says no")
                : ScriptedResponse.text(409, "").withHeader("X-Transmission-Session-Id", "x"));
        assertThatThrownBy(this::open).isInstanceOf(BackendProtocolException.class)
                .hasMessageContaining("cannot be read");
    }

    @Test
    @DisplayName("reports an HTML page, or a 404 on the RPC path, as a server that is not Transmission")
    void htmlOr404IsUnrecognizedServer() {
        server.on("POST", RPC, r -> r.header("X-Transmission-Session-Id").isPresent()
                ? ScriptedResponse.text(200, "<html>proxy</html>")
                : ScriptedResponse.text(409, "").withHeader("X-Transmission-Session-Id", "x"));
        assertThatThrownBy(this::open).isInstanceOf(UnrecognizedServerException.class)
                .hasMessageContaining("an HTML page").hasMessageContaining("/transmission/rpc");
        server.on("POST", RPC, r -> ScriptedResponse.text(404, "Not Found"));
        assertThatThrownBy(this::open).isInstanceOf(UnrecognizedServerException.class)
                .hasMessageContaining("HTTP 404").hasMessageContaining("probably wrong");
    }
}
