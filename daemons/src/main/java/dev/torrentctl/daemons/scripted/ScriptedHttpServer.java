package dev.torrentctl.daemons.scripted;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * A local HTTP(S) server on the JDK's {@code com.sun.net.httpserver} that answers from a script and
 * records every request: fault injection and wire-level checks for backends, next to (never
 * instead of) the tests against real daemons. Requests to a path with no script get 404 with the
 * body {@code "no script for <method> <path>"}.
 *
 * <pre>{@code
 * try (ScriptedHttpServer server = ScriptedHttpServer.http()) {
 *     server.on("GET", "/api/v2/app/version", Responder.always(ScriptedResponse.text(200, "v5.1.0")));
 *     ...
 *     assertThat(server.requests("/api/v2/app/version")).hasSize(1);
 * }
 * }</pre>
 */
public final class ScriptedHttpServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "scripted-http");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Responder> script = new ConcurrentHashMap<>();
    private final List<RecordedRequest> received = new CopyOnWriteArrayList<>();
    private final String scheme;

    private ScriptedHttpServer(HttpServer server, String scheme) {
        this.server = server;
        this.scheme = scheme;
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** @return a plain HTTP server on a free loopback port */
    public static ScriptedHttpServer http() {
        try {
            return new ScriptedHttpServer(HttpServer.create(loopback(), 0), "http");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param tls the server's TLS context (its key and certificate)
     * @return an HTTPS server on a free loopback port
     */
    public static ScriptedHttpServer https(SSLContext tls) {
        try {
            HttpsServer s = HttpsServer.create(loopback(), 0);
            s.setHttpsConfigurator(new HttpsConfigurator(tls));
            return new ScriptedHttpServer(s, "https");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    /**
     * Scripts the answers to one method and path; a later call for the same pair replaces it.
     *
     * @param method the HTTP method
     * @param path the exact path, without the query
     * @param responder what to answer
     * @return this server
     */
    public ScriptedHttpServer on(String method, String path, Responder responder) {
        script.put(key(method, path), responder);
        return this;
    }

    /** @return the server's base URL, such as {@code http://127.0.0.1:41234} */
    public String url() {
        return scheme + "://127.0.0.1:" + server.getAddress().getPort();
    }

    /** @return the port the server listens on */
    public int port() {
        return server.getAddress().getPort();
    }

    /** @return every request received so far, in order */
    public List<RecordedRequest> requests() {
        return List.copyOf(received);
    }

    /**
     * @param path a path
     * @return the requests received for it so far, in order
     */
    public List<RecordedRequest> requests(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            String query = exchange.getRequestURI().getRawQuery();
            RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), query == null ? "" : query, headers, body);
            received.add(request);
            Responder responder = script.get(key(request.method(), request.path()));
            ScriptedResponse response;
            if (responder == null) {
                response = ScriptedResponse.text(404, "no script for " + key(request.method(), request.path()));
            } else {
                try {
                    response = responder.respond(request);
                } catch (Exception e) {
                    response = ScriptedResponse.text(500, "script failed: " + e);
                }
            }
            byte[] out = response.body().getBytes(StandardCharsets.UTF_8);
            response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            boolean noBody = response.status() == 204 || response.status() == 304 || out.length == 0;
            exchange.sendResponseHeaders(response.status(), noBody ? -1 : out.length);
            if (!noBody) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        }
    }

    /** Stops at once; requests still being answered are cut off. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** @return the requests received, one per line, for failure messages */
    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        received.forEach(r -> lines.add(r.toString()));
        return url() + " received " + lines;
    }
}
