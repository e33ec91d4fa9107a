package dev.torrentctl.daemons.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.BackendProtocolException;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ConnectionException;
import dev.torrentctl.api.TorrentClientException;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.daemons.secrets.Secrets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The faults every HTTP transport must survive, against a {@link HostileHttpServer}: a backend's
 * test extends this, says how to open it and how its client answers when well, and gets each probe.
 * Each asserts a typed error (never a hang, an {@code OutOfMemoryError} or another raw error) and
 * that no secret shows; {@code @Timeout}s are hang guards, not timing assertions. The backend's
 * module runs its tests with {@code -Xmx256m}, so a probe that held a gigabyte would fail.
 */
@org.junit.jupiter.api.extension.ExtendWith(HeapPeak.class)
public abstract class TransportFaultKit {
    /** A password the server echoes back in an error answer. */
    protected static final String ECHOED_PASSWORD = "s3cretPass!" + Long.toHexString(System.nanoTime());
    /** Two gigabytes and a bit: beyond an int, and beyond any heap these tests run with. */
    protected static final long HUGE = 2_200_000_000L;

    /** @return the backend name */
    protected abstract String backend();

    /** @param url the hostile server's URL @return a config for it, with credentials */
    protected abstract ClientConfig.Builder config(String url);

    /** @return whether a request is the one that lists torrents (the probes of lists answer only it badly) */
    protected abstract boolean isListRequest(String requestLine, String body);

    /**
     * Answers a request as a healthy client would (login, version, session), so a probe can reach
     * the listing.
     *
     * @param requestLine the request line
     * @param body the request body
     * @param out where the answer goes
     * @throws IOException when the client goes away
     */
    protected abstract void answerWell(String requestLine, String body, OutputStream out) throws IOException;

    /** @return a torrent object of the client's list, as JSON, for a list that never ends */
    protected abstract String listItemJson();

    /** @return the JSON the list answer starts with, before its items */
    protected abstract String listPrefix();

    /** @return the JSON the list answer ends with, after its items */
    protected abstract String listSuffix();

    /**
     * @return the backend's calls beyond opening and listing, each under a text that marks its
     *     request (an endpoint, an RPC method): each is answered with 2 GB in the every-endpoint probe
     */
    protected abstract java.util.Map<String, java.util.function.Consumer<Api>> calls();

    private final List<String> requests = new CopyOnWriteArrayList<>();


    private Api open(HostileHttpServer server, Duration callTimeout) {
        return TorrentClients.open(backend(), config(server.url()).callTimeout(callTimeout).build());
    }

    private HostileHttpServer everywhere(HostileHttpServer.Behaviour b) {
        return HostileHttpServer.start((line, body, out) -> {
            requests.add(line);
            b.answer(line, body, out);
        });
    }

    private HostileHttpServer onList(HostileHttpServer.Behaviour b) {
        return HostileHttpServer.start((line, body, out) -> {
            requests.add(line);
            if (isListRequest(line, body)) {
                b.answer(line, body, out);
            } else {
                answerWell(line, body, out);
            }
        });
    }

    @Test
    @Timeout(60)
    @DisplayName("a server that trickles a byte a second fails the call as too slow, not after minutes")
    void trickle() {
        try (HostileHttpServer server = everywhere((line, body, out) -> {
            out.write(HostileHttpServer.head(200, "Content-Type: text/plain", "Content-Length: 1000"));
            for (int i = 0; i < 1000; i++) {
                out.write('2');
                out.flush();
                Thread.sleep(1000);
            }
        })) {
            assertThatThrownBy(() -> open(server, Duration.ofSeconds(50)).close())
                    .isInstanceOfSatisfying(ConnectionException.class, e -> assertThat(e.kind())
                            .isEqualTo(ConnectionException.Kind.TOO_SLOW));
        }
    }

    @Test
    @Timeout(30)
    @DisplayName("a server that stalls after its headers fails the call at its deadline")
    void stall() {
        try (HostileHttpServer server = everywhere((line, body, out) -> {
            out.write(HostileHttpServer.head(200, "Content-Type: text/plain", "Content-Length: 10"));
            out.flush();
            Thread.sleep(120_000);
        })) {
            assertThatThrownBy(() -> open(server, Duration.ofSeconds(3)).close())
                    .isInstanceOfSatisfying(ConnectionException.class, e -> assertThat(e.kind())
                            .isEqualTo(ConnectionException.Kind.DEADLINE));
        }
    }

    @Test
    @Timeout(30)
    @DisplayName("a 503 with Retry-After of 90 s, or of a date in 2100, is not waited for, and no request is sent twice")
    void retryAfterIsNotWaitedFor() {
        for (String after : List.of("90", "Fri, 31 Dec 2100 23:59:59 GMT")) {
            requests.clear();
            try (HostileHttpServer server = everywhere((line, body, out) ->
                    out.write(HostileHttpServer.head(503, "Retry-After: " + after, "Content-Length: 0")))) {
                assertThatThrownBy(() -> open(server, Duration.ofSeconds(20)).close())
                        .isInstanceOf(TorrentClientException.class);
                assertThat(requests).as("requests for Retry-After %s", after).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("an answer announcing 2.2 GB fails at once, naming the limit")
    void announcedHugeBody() {
        try (HostileHttpServer server = everywhere((line, body, out) -> {
            out.write(HostileHttpServer.head(200, "Content-Type: application/json", "Content-Length: " + HUGE));
            HostileHttpServer.repeat(out, HostileHttpServer.spaces(65536), HUGE / 65536);
        })) {
            assertThatThrownBy(() -> open(server, Duration.ofSeconds(30)).close())
                    .isInstanceOf(BackendProtocolException.class).hasMessageContaining("ResponseLimits.maxBodyBytes");
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("an answer of 2 GB without a length is read only up to the limit, then fails naming it")
    void streamedHugeBody() {
        try (HostileHttpServer server = everywhere((line, body, out) -> {
            out.write(HostileHttpServer.head(200, "Content-Type: application/json"));
            HostileHttpServer.repeat(out, HostileHttpServer.spaces(65536), HUGE / 65536);
        })) {
            assertThatThrownBy(() -> open(server, Duration.ofSeconds(30)).close())
                    .isInstanceOf(BackendProtocolException.class).hasMessageContaining("ResponseLimits.maxBodyBytes");
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("a 50 MB Set-Cookie fails at the header limit, naming it")
    void hugeCookie() {
        try (HostileHttpServer server = everywhere((line, body, out) -> {
            out.write("HTTP/1.1 200 OK\r\nSet-Cookie: SID=".getBytes(StandardCharsets.ISO_8859_1));
            HostileHttpServer.repeat(out, "a".repeat(1024).getBytes(StandardCharsets.ISO_8859_1), 50 * 1024);
            out.write("\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        })) {
            assertThatThrownBy(() -> open(server, Duration.ofSeconds(30)).close())
                    .isInstanceOf(BackendProtocolException.class).hasMessageContaining("maxHeaderLineBytes");
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("100,000 Set-Cookie headers fail at the header-count limit, naming it")
    void manyCookies() {
        try (HostileHttpServer server = everywhere((line, body, out) -> {
            out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.ISO_8859_1));
            for (int i = 0; i < 100_000; i++) {
                out.write(("Set-Cookie: c" + i + "=v\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write("Content-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        })) {
            assertThatThrownBy(() -> open(server, Duration.ofSeconds(30)).close())
                    .isInstanceOf(BackendProtocolException.class).hasMessageContaining("maxHeaderCount");
        }
    }

    @Test
    @Timeout(30)
    @DisplayName("an error answer that echoes the password, a cookie and a session id shows none of them")
    void echoedSecretsAreRedacted() {
        Secrets.register(ECHOED_PASSWORD, "password echoed by a hostile server");
        String echo = "bad request: username=admin&password=" + ECHOED_PASSWORD + " Cookie: SID=abcdefghijklmnop"
                + " X-Transmission-Session-Id: 0123456789abcdef0123";
        try (HostileHttpServer server = everywhere((line, body, out) -> {
            byte[] b = echo.getBytes(StandardCharsets.UTF_8);
            out.write(HostileHttpServer.head(500, "Content-Type: text/plain", "Content-Length: " + b.length));
            out.write(b);
        })) {
            assertThatThrownBy(() -> open(server, Duration.ofSeconds(20)).close())
                    .isInstanceOf(TorrentClientException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(ECHOED_PASSWORD)
                            .doesNotContain("abcdefghijklmnop").doesNotContain("0123456789abcdef0123"));
        }
    }

    @Test
    @Timeout(120)
    @DisplayName("a list of 2 GB of torrents is read up to the list limit, then fails naming it")
    void hugeList() {
        try (HostileHttpServer server = onList((line, body, out) -> {
            out.write(HostileHttpServer.head(200, "Content-Type: application/json"));
            out.write(listPrefix().getBytes(StandardCharsets.UTF_8));
            byte[] item = (listItemJson() + ",").getBytes(StandardCharsets.UTF_8);
            HostileHttpServer.repeat(out, item, HUGE / item.length);
        }); Api api = open(server, Duration.ofSeconds(90))) {
            assertThatThrownBy(api::list).isInstanceOf(BackendProtocolException.class)
                    .hasMessageContaining("ResponseLimits.maxList");
        }
    }

    @Test
    @Timeout(300)
    @DisplayName("a 2 GB answer to any other call fails that call at the answer limit, naming it")
    void hugeBodyOnEveryEndpoint() {
        for (java.util.Map.Entry<String, java.util.function.Consumer<Api>> call : calls().entrySet()) {
            String marker = call.getKey();
            try (HostileHttpServer server = HostileHttpServer.start((line, body, out) -> {
                if (line.contains(marker) || body.contains(marker)) {
                    out.write(HostileHttpServer.head(200, "Content-Type: application/json"));
                    HostileHttpServer.repeat(out, HostileHttpServer.spaces(65536), HUGE / 65536);
                } else {
                    answerWell(line, body, out);
                }
            }); Api api = open(server, Duration.ofSeconds(60))) {
                assertThatThrownBy(() -> call.getValue().accept(api)).as("a 2 GB answer to %s", marker)
                        .isInstanceOf(BackendProtocolException.class).hasMessageContaining("ResponseLimits.max");
            }
        }
    }

    @Test
    @Timeout(30)
    @DisplayName("invalid UTF-8 in a torrent's name is read as replacement characters: the list does not fail")
    void invalidUtf8IsTolerated() {
        String item = listItemJson().replaceFirst("n{900}", "BAD");
        int at = item.indexOf("BAD");
        java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
        answer.writeBytes((listPrefix() + item.substring(0, at)).getBytes(StandardCharsets.UTF_8));
        answer.writeBytes(new byte[] {'x', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 'y'});
        answer.writeBytes((item.substring(at + 3) + listSuffix()).getBytes(StandardCharsets.UTF_8));
        byte[] bytes = answer.toByteArray();
        try (HostileHttpServer server = onList((line, body, out) -> {
            out.write(HostileHttpServer.head(200, "Content-Type: application/json", "Content-Length: " + bytes.length));
            out.write(bytes);
        }); Api api = open(server, Duration.ofSeconds(20))) {
            assertThat(api.list()).singleElement().satisfies(t -> assertThat(t.name()).startsWith("x").endsWith("y")
                    .contains("\uFFFD"));
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("a list that stops being JSON at byte 11 and then runs on for 2 GB fails at once: the rest is not read")
    void brokenListIsAbandonedNotDrained() {
        try (HostileHttpServer server = onList((line, body, out) -> {
            // no Content-Length: the answer must be started on and then given up, not refused for its length
            out.write(HostileHttpServer.head(200, "Content-Type: application/json"));
            out.write((listPrefix() + "{\"!!!").getBytes(StandardCharsets.UTF_8));
            HostileHttpServer.repeat(out, HostileHttpServer.spaces(65536), HUGE / 65536);
        }); Api api = open(server, Duration.ofSeconds(50))) {
            // a list may be as long as maxListBytes: give it room, so only abandoning the answer ends it early
            assertThatThrownBy(api::list).isInstanceOf(BackendProtocolException.class);
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("more torrents than ResponseLimits.maxListItems fail the list, naming the limit")
    void tooManyItems() {
        try (HostileHttpServer server = onList((line, body, out) -> {
            out.write(HostileHttpServer.head(200, "Content-Type: application/json"));
            out.write(listPrefix().getBytes(StandardCharsets.UTF_8));
            byte[] item = (listItemJson().replaceFirst("n{900}", "n") + ",").getBytes(StandardCharsets.UTF_8);
            HostileHttpServer.repeat(out, item, 1_000_000);
        }); Api api = TorrentClients.open(backend(), config(server.url()).responseLimits(
                dev.torrentctl.api.ResponseLimits.builder().maxListItems(1000).build()).build())) {
            assertThatThrownBy(api::list).isInstanceOf(BackendProtocolException.class)
                    .hasMessageContaining("maxList");
        }
    }

    @Test
    @Timeout(30)
    @DisplayName("more cookies than ResponseLimits.maxCookies fail the call, naming the limit")
    void tooManyCookies() {
        try (HostileHttpServer server = everywhere((line, body, out) -> {
            StringBuilder head = new StringBuilder("HTTP/1.1 200 OK\r\nConnection: close\r\n");
            for (int i = 0; i < 60; i++) {
                head.append("Set-Cookie: c").append(i).append("=v; Path=/\r\n");
            }
            out.write(head.append("Content-Length: 0\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        })) {
            assertThatThrownBy(() -> open(server, Duration.ofSeconds(20)).close())
                    .isInstanceOf(BackendProtocolException.class).hasMessageContaining("maxCookies");
        }
    }
}
