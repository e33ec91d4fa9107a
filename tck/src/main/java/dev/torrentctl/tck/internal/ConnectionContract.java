package dev.torrentctl.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ConnectionEvent;
import dev.torrentctl.api.ConnectionException;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.api.UnrecognizedServerException;
import dev.torrentctl.tck.BackendTrait;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Connection events a listener follows, and connection failures told apart by kind. */
public abstract class ConnectionContract extends Contract {

    private static List<ConnectionEvent.Kind> kinds(List<ConnectionEvent> events) {
        return events.stream().map(ConnectionEvent::kind).toList();
    }

    @Test
    @DisplayName("a listener hears CONNECTING and CONNECTED on open, DISCONNECTED on close, with no credentials in the URL")
    void openAndCloseAreReported() {
        List<ConnectionEvent> events = new CopyOnWriteArrayList<>();
        ClientConfig config = context().clientConfig().toBuilder().connectionListener(events::add).build();
        Api api = TorrentClients.open(context().backendName(), config);
        assertThat(kinds(events)).containsExactly(ConnectionEvent.Kind.CONNECTING, ConnectionEvent.Kind.CONNECTED);
        api.close();
        assertThat(kinds(events)).containsExactly(ConnectionEvent.Kind.CONNECTING, ConnectionEvent.Kind.CONNECTED,
                ConnectionEvent.Kind.DISCONNECTED);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.backend()).isEqualTo(context().backendName());
            config.credentials().ifPresent(c -> assertThat(e.url()).doesNotContain(c.password()));
        });
    }

    @Test
    @DisplayName("a port where nothing listens is a ConnectionException of kind REFUSED naming the URL, and the listener hears FAILED with it")
    void closedPortIsRefused() throws IOException {
        context().requiresTrait(BackendTrait.NETWORK);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<ConnectionEvent> events = new CopyOnWriteArrayList<>();
        ClientConfig closed = context().clientConfig().toBuilder().url("http://127.0.0.1:" + port)
                .connectTimeout(Duration.ofSeconds(5)).connectionListener(events::add).build();
        assertThatThrownBy(() -> TorrentClients.open(context().backendName(), closed).close())
                .isInstanceOfSatisfying(ConnectionException.class, e -> assertThat(e.kind())
                        .isEqualTo(ConnectionException.Kind.REFUSED))
                .hasMessageContaining("127.0.0.1:" + port);
        assertThat(kinds(events)).containsExactly(ConnectionEvent.Kind.CONNECTING, ConnectionEvent.Kind.FAILED);
        assertThat(events.get(1).error()).hasValueSatisfying(e -> assertThat(e).isInstanceOf(ConnectionException.class));
    }

    @Test
    @DisplayName("an unknown host is a ConnectionException of kind UNKNOWN_HOST")
    void unknownHostIsUnknownHost() {
        context().requiresTrait(BackendTrait.NETWORK);
        ClientConfig nowhere = context().clientConfig().toBuilder().url("http://torrentctl-tck.invalid:9")
                .connectTimeout(Duration.ofSeconds(5)).build();
        assertThatThrownBy(() -> TorrentClients.open(context().backendName(), nowhere).close())
                .isInstanceOfSatisfying(ConnectionException.class, e -> assertThat(e.kind())
                        .isEqualTo(ConnectionException.Kind.UNKNOWN_HOST));
    }

    @Test
    @DisplayName("an HTTP server that is not the client (404 and HTML everywhere) is an UnrecognizedServerException saying the URL is probably wrong")
    void anotherServerIsUnrecognized() throws IOException {
        context().requiresTrait(BackendTrait.HTTP);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = "<html><body>Not Found</body></html>".getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(404, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        try {
            ClientConfig other = context().clientConfig().toBuilder()
                    .url("http://127.0.0.1:" + server.getAddress().getPort()).build();
            assertThatThrownBy(() -> TorrentClients.open(context().backendName(), other).close())
                    .isInstanceOf(UnrecognizedServerException.class)
                    .hasMessageContaining("probably wrong");
        } finally {
            server.stop(0);
        }
    }
}
