package dev.torrentctl.backend.transmission.stub.internal;

import dev.torrentctl.api.AuthenticationException;
import dev.torrentctl.api.BackendProtocolException;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ConnectionException;
import dev.torrentctl.api.ResponseLimits;
import dev.torrentctl.api.TlsTrust;
import dev.torrentctl.api.UnrecognizedServerException;
import dev.torrentctl.api.spi.ConnectionEvents;
import dev.torrentctl.backend.transmission.stub.TransmissionProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.SSLConnectionSocketFactoryBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Transmission's RPC over HTTP, written as a third party writes it: on HttpClient 5 and the
 * public API only. Each call is bounded as the API promises ({@link ClientConfig}): connect and
 * read timeouts, a deadline over the whole call ({@code callTimeout}), a minimum transfer rate, and
 * the {@link ResponseLimits} on headers and answers. Basic authentication and the
 * {@code X-Transmission-Session-Id} handshake (a 409 carries a new id; the call is sent again
 * once). Speaks the legacy dialect, which 3.00 to 4.1 serve. Thread-safe.
 */
final class RpcSession implements AutoCloseable {
    static final String BACKEND = TransmissionProvider.NAME;
    private static final String SESSION_HEADER = "X-Transmission-Session-Id";
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "transmission-stub-deadlines");
        t.setDaemon(true);
        return t;
    });

    private final ClientConfig config;
    private final CloseableHttpClient http;
    private final URI rpc;
    private final Optional<String> authorization;
    private final ConnectionEvents events;
    private volatile String sessionId = "";

    /** What a call reads from an answer's body, within the bounds given. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    RpcSession(ClientConfig config) {
        this.config = config;
        this.events = new ConnectionEvents(BACKEND, config);
        URI base = config.baseUri(TransmissionProvider.DEFAULT_PORT);
        String path = base.getPath() == null || base.getPath().isEmpty() || base.getPath().equals("/")
                ? "/transmission/rpc" : base.getPath();
        this.rpc = base.resolve(path);
        this.authorization = config.credentials().map(c -> "Basic " + Base64.getEncoder().encodeToString(
                (c.username() + ":" + c.password()).getBytes(StandardCharsets.UTF_8)));
        ResponseLimits limits = config.responseLimits();
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
                                .http1Config(Http1Config.custom().setMaxLineLength(limits.maxHeaderLineBytes())
                                        .setMaxHeaderCount(limits.maxHeaderCount()).build())
                                .build())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(config.connectTimeout()))
                                .setSocketTimeout(Timeout.of(config.readTimeout())).build())
                        .setSSLSocketFactory(SSLConnectionSocketFactoryBuilder.create()
                                .setSslContext(sslContext(config.tlsTrust())).build())
                        .build())
                .disableAutomaticRetries() // a POST is never sent twice, whatever Retry-After says
                .disableCookieManagement() // Transmission sets none
                .disableRedirectHandling()
                .setUserAgent(config.userAgent())
                .build();
    }

    /** @return the RPC's URL */
    String url() {
        return rpc.toString();
    }

    ConnectionEvents events() {
        return events;
    }

    /**
     * Posts a request and reads the answer's body with {@code reader}, sending it once more after a
     * 409 with the session id that came with it.
     *
     * @param maxBytes the most bytes the answer may have
     * @param limitName the name of that limit, for the error
     */
    <T> T post(String operation, String json, long maxBytes, String limitName, BodyReader<T> reader) {
        Answer<T> answer = exchange(operation, json, maxBytes, limitName, reader);
        if (answer.status == 409) {
            sessionId = answer.sessionId;
            answer = exchange(operation, json, maxBytes, limitName, reader);
        }
        return switch (answer.status) {
            case 200 -> answer.value;
            case 401 -> throw new AuthenticationException(BACKEND, operation, authorization.isEmpty()
                    ? "Transmission requires a user name and password and none were configured"
                    : "bad user name or password");
            case 403 -> throw new AuthenticationException(BACKEND, operation, "Transmission refused the call (403):"
                    + " this address is not in its rpc-whitelist, or logins are locked after failures");
            case 404 -> throw new UnrecognizedServerException(BACKEND, operation, rpc.toString(), 404,
                    "no Transmission RPC at this path");
            default -> throw new BackendProtocolException(BACKEND, operation, answer.status, answer.text,
                    "unexpected answer (HTTP " + answer.status + ")", null);
        };
    }

    private record Answer<T>(int status, String sessionId, T value, String text) {}

    private <T> Answer<T> exchange(String operation, String json, long maxBytes, String limitName,
            BodyReader<T> reader) {
        HttpPost post = new HttpPost(rpc);
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        authorization.ifPresent(a -> post.setHeader("Authorization", a));
        if (!sessionId.isEmpty()) {
            post.setHeader(SESSION_HEADER, sessionId);
        }
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> deadline = DEADLINES.schedule(() -> {
            expired.set(true);
            post.cancel(); // closes the connection: a blocked read fails at once
        }, config.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            return http.execute(post, response -> {
                try {
                    return answer(operation, response, maxBytes, limitName, reader);
                } catch (RuntimeException | IOException e) {
                    post.cancel(); // never drain the rest of a bad or huge answer
                    throw e;
                }
            });
        } catch (IOException e) {
            throw failure(operation, e, expired.get());
        } finally {
            deadline.cancel(false);
        }
    }

    private <T> Answer<T> answer(String operation, ClassicHttpResponse r, long maxBytes, String limitName,
            BodyReader<T> reader) throws IOException {
        Header id = r.getFirstHeader(SESSION_HEADER);
        String session = id == null ? "" : id.getValue();
        ResponseLimits limits = config.responseLimits();
        Header[] cookies = r.getHeaders("Set-Cookie");
        if (cookies.length > limits.maxCookies()) {
            throw new BackendProtocolException(BACKEND, operation, r.getCode(), "", "the answer sets more than"
                    + " ResponseLimits.maxCookies (" + limits.maxCookies() + ") cookies", null);
        }
        if (r.getEntity() == null) {
            return new Answer<>(r.getCode(), session, null, "");
        }
        if (r.getEntity().getContentLength() > maxBytes) {
            throw tooLarge(operation, r.getCode(), maxBytes, limitName);
        }
        InputStream body = new BoundedStream(r.getEntity().getContent(), maxBytes,
                () -> tooLarge(operation, r.getCode(), maxBytes, limitName), config);
        if (r.getCode() != 200) {
            String start = new String(body.readNBytes(2000), StandardCharsets.UTF_8);
            for (String secret : secrets(session)) { // what an error page may echo back
                start = start.replace(secret, "****");
            }
            return new Answer<>(r.getCode(), session, null, start);
        }
        return new Answer<>(200, session, reader.read(body), "");
    }

    private java.util.List<String> secrets(String newSessionId) {
        java.util.List<String> out = new java.util.ArrayList<>();
        config.credentials().ifPresent(c -> out.add(c.password()));
        authorization.ifPresent(a -> out.add(a.substring("Basic ".length())));
        for (String id : new String[] {sessionId, newSessionId}) {
            if (!id.isEmpty()) {
                out.add(id);
            }
        }
        return out;
    }

    private static BackendProtocolException tooLarge(String operation, int status, long maxBytes, String limitName) {
        return new BackendProtocolException(BACKEND, operation, status, "", "the answer is larger than ResponseLimits."
                + limitName + " (" + maxBytes + " bytes); raise it with ClientConfig.Builder#responseLimits", null);
    }

    private RuntimeException failure(String operation, IOException e, boolean expired) {
        String url = rpc.toString();
        if (e instanceof TooSlowException) {
            return new ConnectionException(BACKEND, operation, url, ConnectionException.Kind.TOO_SLOW, e.getMessage(), e);
        }
        if (expired) {
            return new ConnectionException(BACKEND, operation, url, ConnectionException.Kind.DEADLINE, "no complete"
                    + " answer within the call timeout of " + config.callTimeout().toMillis() + " ms", e);
        }
        if (e instanceof MessageConstraintException) {
            return new BackendProtocolException(BACKEND, operation, -1, "", "the answer's headers exceed"
                    + " ResponseLimits.maxHeaderLineBytes or maxHeaderCount (" + e.getMessage() + ")", e);
        }
        ConnectionException.Kind kind = e instanceof ConnectException ? ConnectionException.Kind.REFUSED
                : e instanceof ConnectTimeoutException ? ConnectionException.Kind.CONNECT_TIMEOUT
                : e instanceof java.net.SocketTimeoutException ? ConnectionException.Kind.READ_TIMEOUT
                : e instanceof UnknownHostException ? ConnectionException.Kind.UNKNOWN_HOST
                : e instanceof SSLException ? ConnectionException.Kind.TLS : ConnectionException.Kind.OTHER;
        String what = kind == ConnectionException.Kind.TLS ? "TLS failed" : kind.name().toLowerCase().replace('_', ' ');
        return new ConnectionException(BACKEND, operation, url, kind, what + " (" + e.getClass().getSimpleName() + ")", e);
    }

    private static SSLContext sslContext(TlsTrust trust) {
        try {
            if (trust instanceof TlsTrust.TrustStore t) {
                return context(t.keyStore());
            }
            if (trust instanceof TlsTrust.PinnedCertificate p) {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                store.setCertificateEntry("pinned", p.certificate());
                return context(store);
            }
            return SSLContext.getDefault();
        } catch (java.security.GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static SSLContext context(KeyStore store) throws java.security.GeneralSecurityException {
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init(store);
        SSLContext c = SSLContext.getInstance("TLS");
        c.init(null, f.getTrustManagers(), null);
        return c;
    }

    /** An answer slower than the configured minimum rate. */
    static final class TooSlowException extends IOException {
        TooSlowException(String message) {
            super(message);
        }
    }

    /** An answer's bytes, at most {@code max} of them, and no slower than the minimum rate over 10 s. */
    private static final class BoundedStream extends java.io.FilterInputStream {
        private static final long WINDOW_NANOS = 10_000_000_000L;
        private final long max;
        private final java.util.function.Supplier<RuntimeException> tooLarge;
        private final long minBytesPerWindow;
        private long count;
        private long windowStart = System.nanoTime();
        private long windowBytes;

        BoundedStream(InputStream in, long max, java.util.function.Supplier<RuntimeException> tooLarge,
                ClientConfig config) {
            super(in);
            this.max = max;
            this.tooLarge = tooLarge;
            this.minBytesPerWindow = config.minTransferRate().bytesPerSecond() * 10;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                windowBytes += n;
                if (count > max) {
                    throw tooLarge.get();
                }
            }
            long now = System.nanoTime();
            if (now - windowStart >= WINDOW_NANOS) {
                if (windowBytes < minBytesPerWindow) {
                    throw new TooSlowException("the answer arrived at " + windowBytes / 10 + " B/s, slower than the"
                            + " minimum transfer rate (ClientConfig.Builder#minTransferRate)");
                }
                windowStart = now;
                windowBytes = 0;
            }
            return n;
        }
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException e) {
            // closing anyway
        }
        events.disconnected();
    }
}
