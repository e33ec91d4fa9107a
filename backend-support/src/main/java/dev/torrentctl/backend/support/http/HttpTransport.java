package dev.torrentctl.backend.support.http;

import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ConnectionException;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.TlsTrust;
import dev.torrentctl.api.spi.ConnectionEvents;
import dev.torrentctl.backend.support.logging.SystemLoggerProvider;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.cookie.CookieStore;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * One pooled HttpClient 5 per connected client: timeouts, TLS trust, default headers, a cookie
 * store, and I/O failures mapped to {@link ConnectionException}s that name the URL (never
 * credentials). Thread-safe.
 */
public final class HttpTransport implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("dev.torrentctl.http");

    static {
        // before HttpClient's classes ask SLF4J for loggers: its logs go to System.Logger, redacted,
        // unless the application has an SLF4J provider of its own
        SystemLoggerProvider.selectIfNoOther();
    }
    /** Connections kept per route: enough for concurrent callers of one Api. */
    public static final int MAX_CONNECTIONS = 16;

    private final String backend;
    private final CloseableHttpClient client;
    private final CookieStore cookies = new BasicCookieStore();
    private final ConnectionEvents events;

    public HttpTransport(String backend, ClientConfig config) {
        this.backend = backend;
        this.events = new ConnectionEvents(backend, config);
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setMaxConnPerRoute(MAX_CONNECTIONS)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(timeout(config.connectTimeout().toMillis()))
                        .setSocketTimeout(timeout(config.readTimeout().toMillis()))
                        // a pooled connection idle this long is checked before reuse: a daemon that
                        // stopped or restarted meanwhile then means a new connection, not a failed call
                        .setValidateAfterInactivity(TimeValue.ofMilliseconds(100))
                        .build());
        if (!(config.tlsTrust() instanceof TlsTrust.SystemDefault)) {
            pool.setTlsSocketStrategy(ClientTlsStrategyBuilder.create().setSslContext(sslContext(config.tlsTrust()))
                    .buildClassic());
        }
        PoolingHttpClientConnectionManager manager = pool.build();
        List<Header> headers = new ArrayList<>();
        config.headers().forEach((k, v) -> headers.add(new BasicHeader(k, v)));
        org.apache.hc.client5.http.impl.classic.HttpClientBuilder builder = HttpClients.custom();
        if (!config.acceptsCompressedResponses()) {
            builder.disableContentCompression();
        }
        this.client = builder
                .setConnectionManager(manager)
                .setDefaultCookieStore(cookies)
                .setDefaultHeaders(headers)
                .setUserAgent(config.userAgent())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(timeout(config.connectTimeout().toMillis()))
                        .setResponseTimeout(timeout(config.readTimeout().toMillis()))
                        .setRedirectsEnabled(false)
                        .build())
                // one retry of an idempotent request (GET) on a connection that died before answering;
                // timeouts are never retried, so every call stays bounded
                .setRetryStrategy(new DefaultHttpRequestRetryStrategy(1, TimeValue.ZERO_MILLISECONDS))
                .build();
    }

    /** @return the connection events of this client: the transport reports calls that reach the client or fail */
    public ConnectionEvents events() {
        return events;
    }

    public CookieStore cookies() {
        return cookies;
    }

    public <T> T execute(String operation, ClassicHttpRequest request, HttpClientResponseHandler<T> handler) {
        boolean trace = LOG.isLoggable(System.Logger.Level.TRACE);
        long start = trace ? System.nanoTime() : 0;
        try {
            T result = client.execute(request, response -> {
                if (trace) {
                    // method, URL without user-info or query, status and time: never headers or bodies
                    LOG.log(System.Logger.Level.TRACE, "[{0}] {1}: {2} {3} -> {4} in {5} ms", backend, operation,
                            request.getMethod(), redact(request), response.getCode(), (System.nanoTime() - start) / 1_000_000);
                }
                return handler.handleResponse(response);
            });
            events.succeeded();
            return result;
        } catch (IOException e) {
            ConnectionException error = connectionError(operation, redact(request), e);
            events.failed(error);
            throw error;
        }
    }

    private ConnectionException connectionError(String operation, String url, IOException e) {
        ConnectionException.Kind kind;
        String detail;
        if (e instanceof ConnectTimeoutException) {
            kind = ConnectionException.Kind.CONNECT_TIMEOUT;
            detail = "connect timed out";
        } else if (e instanceof HttpHostConnectException || e instanceof ConnectException) {
            kind = ConnectionException.Kind.REFUSED;
            detail = "connection refused";
        } else if (e instanceof SocketTimeoutException) {
            kind = ConnectionException.Kind.READ_TIMEOUT;
            detail = "read timed out waiting for an answer";
        } else if (e instanceof UnknownHostException) {
            kind = ConnectionException.Kind.UNKNOWN_HOST;
            detail = "unknown host";
        } else if (e instanceof NoRouteToHostException) {
            kind = ConnectionException.Kind.NO_ROUTE;
            detail = "no route to host";
        } else if (e instanceof SSLException) {
            kind = ConnectionException.Kind.TLS;
            detail = "TLS failed: " + e.getMessage();
        } else if (e instanceof InterruptedIOException) {
            kind = ConnectionException.Kind.INTERRUPTED;
            detail = "interrupted";
        } else if (e instanceof org.apache.hc.core5.http.ConnectionClosedException || e instanceof java.net.SocketException
                || e instanceof org.apache.hc.core5.http.NoHttpResponseException) {
            kind = ConnectionException.Kind.CLOSED;
            detail = "the connection was closed before the answer was complete: " + e.getMessage();
        } else {
            kind = ConnectionException.Kind.OTHER;
            detail = "I/O error: " + e;
        }
        return new ConnectionException(backend, operation, url, kind, detail, e);
    }

    /** The request's URL without user-info or query (the query may hold hashes, but never secrets we send). */
    public static String redact(ClassicHttpRequest request) {
        try {
            java.net.URI uri = request.getUri();
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (uri.getRawPath() == null ? "" : uri.getRawPath());
        } catch (java.net.URISyntaxException e) {
            return request.getRequestUri();
        }
    }

    private static Timeout timeout(long millis) {
        return Timeout.of(millis, TimeUnit.MILLISECONDS);
    }

    private SSLContext sslContext(TlsTrust trust) {
        try {
            KeyStore anchors;
            if (trust instanceof TlsTrust.TrustStore ts) {
                anchors = ts.keyStore();
            } else {
                anchors = KeyStore.getInstance(KeyStore.getDefaultType());
                anchors.load(null, null);
                anchors.setCertificateEntry("pinned", ((TlsTrust.PinnedCertificate) trust).certificate());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(anchors);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new InvalidInputException(backend, "configure", "parameter 'tlsTrust' cannot be used: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        events.disconnected();
        client.close(CloseMode.GRACEFUL);
    }
}
