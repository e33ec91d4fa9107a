package dev.torrentctl.backend.support.http;

import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ConnectionException;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.TlsTrust;
import dev.torrentctl.api.spi.ConnectionEvents;
import dev.torrentctl.backend.support.logging.SystemLoggerProvider;
import dev.torrentctl.api.BackendProtocolException;
import dev.torrentctl.api.DataRate;
import dev.torrentctl.api.ResponseLimits;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
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
import org.apache.hc.client5.http.cookie.CookieStore;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
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

    /** The most a {@code Retry-After} is waited for, whatever the server asks (and never past the deadline). */
    public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(2);
    /** Cancels calls that reach their deadline; one daemon thread for every transport. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "torrentctl-deadlines");
        t.setDaemon(true);
        return t;
    });

    private final String backend;
    private final CloseableHttpClient client;
    private final CookieStore cookies;
    private final ConnectionEvents events;
    private final Duration callTimeout;
    private final DataRate minTransferRate;
    private final ResponseLimits limits;
    private volatile boolean timedOut;

    public HttpTransport(String backend, ClientConfig config) {
        this.backend = backend;
        this.events = new ConnectionEvents(backend, config);
        this.callTimeout = config.callTimeout();
        this.minTransferRate = config.minTransferRate();
        this.limits = config.responseLimits();
        this.cookies = new BoundedCookieStore(backend, limits.maxCookieBytes(), limits.maxCookies());
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                // header lines and their number bounded: a 50 MB Set-Cookie fails at the limit, typed
                .setConnectionFactory(ManagedHttpClientConnectionFactory.builder().http1Config(Http1Config.custom()
                        .setMaxLineLength(limits.maxHeaderLineBytes())
                        .setMaxHeaderCount(limits.maxHeaderCount())
                        .build()).build())
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
                // one retry of an idempotent request (GET) on a connection that died before answering, or
                // on a 503/429 whose Retry-After is short; never a POST, never past the deadline
                .setRetryStrategy(new BoundedRetryStrategy())
                .build();
    }

    /** @return the connection events of this client: the transport reports calls that reach the client or fail */
    public ConnectionEvents events() {
        return events;
    }

    public CookieStore cookies() {
        return cookies;
    }

    /**
     * Sends a request and reads its answer within {@link ClientConfig#callTimeout()}.
     *
     * @param operation the operation, for errors
     * @param request the request
     * @param handler reads the answer; its body is bounded by {@link ResponseLimits#maxBodyBytes()}
     * @param <T> the result
     * @return what the handler made of the answer
     */
    public <T> T execute(String operation, ClassicHttpRequest request, HttpClientResponseHandler<T> handler) {
        return execute(operation, request, handler, callTimeout, limits.maxBodyBytes(), "ResponseLimits.maxBodyBytes");
    }

    /**
     * Sends a request whose answer is a list, bounded by {@link ResponseLimits#maxListBytes()}.
     *
     * @param operation the operation, for errors
     * @param request the request
     * @param handler reads the answer, streaming
     * @param <T> the result
     * @return what the handler made of the answer
     */
    public <T> T executeList(String operation, ClassicHttpRequest request, HttpClientResponseHandler<T> handler) {
        return execute(operation, request, handler, callTimeout, limits.maxListBytes(), "ResponseLimits.maxListBytes");
    }

    /**
     * Sends a request that must not hold anything up (a logout on close): with a short deadline, and
     * not at all after a call of this transport timed out (the server is slow or gone).
     *
     * @param operation the operation
     * @param request the request
     * @param deadline its bound
     */
    public void executeBriefly(String operation, ClassicHttpRequest request, Duration deadline) {
        if (timedOut) {
            LOG.log(System.Logger.Level.DEBUG, "[{0}] {1} skipped: an earlier call timed out", backend, operation);
            return;
        }
        execute(operation, request, r -> null, deadline.compareTo(callTimeout) < 0 ? deadline : callTimeout,
                limits.maxBodyBytes(), "ResponseLimits.maxBodyBytes");
    }

    /** @return the limits answers are held to */
    public ResponseLimits limits() {
        return limits;
    }

    private <T> T execute(String operation, ClassicHttpRequest request, HttpClientResponseHandler<T> handler,
            Duration deadline, long maxBytes, String limitName) {
        boolean trace = LOG.isLoggable(System.Logger.Level.TRACE);
        long start = System.nanoTime();
        HttpClientContext context = HttpClientContext.create();
        context.setAttribute(DEADLINE_ATTRIBUTE, start + deadline.toNanos());
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> watchdog = DEADLINES.schedule(() -> {
            expired.set(true);
            cancel(request);
        }, deadline.toNanos(), TimeUnit.NANOSECONDS);
        java.util.concurrent.atomic.AtomicReference<GuardedInputStream> body = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<String> tooSlow = new java.util.concurrent.atomic.AtomicReference<>();
        long window = ClientConfig.TRANSFER_WINDOW.toNanos();
        ScheduledFuture<?> rateWatch = DEADLINES.scheduleAtFixedRate(() -> {
            GuardedInputStream b = body.get();
            String why = b == null ? null : b.checkRate();
            if (why != null && tooSlow.compareAndSet(null, why)) {
                cancel(request);
            }
        }, window, window, TimeUnit.NANOSECONDS);
        try {
            T result = client.execute(request, context, response -> {
                if (trace) {
                    // method, URL without user-info or query, status and time: never headers or bodies
                    LOG.log(System.Logger.Level.TRACE, "[{0}] {1}: {2} {3} -> {4} in {5} ms", backend, operation,
                            request.getMethod(), redact(request), response.getCode(), (System.nanoTime() - start) / 1_000_000);
                }
                HttpEntity entity = response.getEntity();
                if (entity != null) {
                    if (entity.getContentLength() > maxBytes) {
                        cancel(request);
                        throw new LimitExceededException("the answer announces " + entity.getContentLength()
                                + " bytes, more than " + limitName + " (" + maxBytes + "); raise it with"
                                + " ClientConfig.Builder#responseLimits if the client is trusted");
                    }
                    response.setEntity(new HttpEntityWrapper(entity) {
                        @Override
                        public InputStream getContent() throws IOException {
                            GuardedInputStream guarded = new GuardedInputStream(super.getContent(), maxBytes, limitName,
                                    minTransferRate, ClientConfig.TRANSFER_WINDOW);
                            body.set(guarded);
                            return guarded;
                        }
                    });
                }
                try {
                    return handler.handleResponse(response);
                } catch (IOException | RuntimeException e) {
                    // an abandoned answer is closed, not read to its end
                    cancel(request);
                    throw e;
                }
            });
            events.succeeded();
            return result;
        } catch (LimitExceededException e) {
            throw new BackendProtocolException(backend, operation, -1, "", e.getMessage() + " (" + redact(request) + ")", e);
        } catch (IOException e) {
            if (e instanceof MessageConstraintException) {
                throw new BackendProtocolException(backend, operation, -1, "", "the answer's header is beyond"
                        + " ResponseLimits.maxHeaderLineBytes (" + limits.maxHeaderLineBytes() + ") or maxHeaderCount ("
                        + limits.maxHeaderCount() + "): " + e.getMessage() + "; raise them with"
                        + " ClientConfig.Builder#responseLimits if the client is trusted (" + redact(request) + ")", e);
            }
            ConnectionException error = expired.get()
                    ? new ConnectionException(backend, operation, redact(request), ConnectionException.Kind.DEADLINE,
                            "no complete answer within the call's deadline of " + deadline
                                    + " (ClientConfig.Builder#callTimeout)", e)
                    : tooSlow.get() != null
                            ? new ConnectionException(backend, operation, redact(request), ConnectionException.Kind.TOO_SLOW,
                                    tooSlow.get(), e)
                            : connectionError(operation, redact(request), e);
            if (error.kind() == ConnectionException.Kind.DEADLINE || error.kind() == ConnectionException.Kind.READ_TIMEOUT
                    || error.kind() == ConnectionException.Kind.TOO_SLOW) {
                timedOut = true;
            }
            events.failed(error);
            throw error;
        } finally {
            watchdog.cancel(false);
            rateWatch.cancel(false);
        }
    }

    private static void cancel(ClassicHttpRequest request) {
        if (request instanceof Cancellable c) {
            c.cancel();
        }
    }

    /** The context attribute holding the call's deadline, in {@link System#nanoTime()}. */
    static final String DEADLINE_ATTRIBUTE = "dev.torrentctl.deadline";

    /** Retries only an idempotent request: once, on a dead pooled connection or a short Retry-After within the deadline. */
    private static final class BoundedRetryStrategy implements HttpRequestRetryStrategy {
        private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS");

        private static boolean idempotent(HttpRequest request) {
            return IDEMPOTENT.contains(request.getMethod().toUpperCase(java.util.Locale.ROOT));
        }

        @Override
        public boolean retryRequest(HttpRequest request, IOException exception, int execCount, HttpContext context) {
            return execCount <= 1 && idempotent(request) && (exception instanceof NoHttpResponseException
                    || exception instanceof org.apache.hc.core5.http.ConnectionClosedException);
        }

        @Override
        public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
            if (execCount > 1 || (response.getCode() != 503 && response.getCode() != 429)) {
                return false;
            }
            Object request = context.getAttribute(HttpCoreContext.HTTP_REQUEST);
            if (!(request instanceof HttpRequest r) || !idempotent(r)) {
                return false;
            }
            Duration wait = retryAfter(response);
            Object deadline = context.getAttribute(DEADLINE_ATTRIBUTE);
            return wait.compareTo(MAX_RETRY_AFTER) <= 0 && (!(deadline instanceof Long d)
                    || System.nanoTime() + wait.toNanos() < d);
        }

        @Override
        public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
            return TimeValue.ofMilliseconds(retryAfter(response).toMillis());
        }

        /** @return the Retry-After in seconds, or a far date as a long wait; zero without one; never negative */
        private static Duration retryAfter(HttpResponse response) {
            Header h = response.getFirstHeader("Retry-After");
            if (h == null) {
                return Duration.ZERO;
            }
            String v = h.getValue().strip();
            try {
                long seconds = Long.parseLong(v);
                return seconds < 0 ? Duration.ZERO : Duration.ofSeconds(Math.min(seconds, 86_400L * 365));
            } catch (NumberFormatException e) {
                try {
                    Instant at = java.time.ZonedDateTime.parse(v, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toInstant();
                    Duration d = Duration.between(Instant.now(), at);
                    return d.isNegative() ? Duration.ZERO : d;
                } catch (java.time.DateTimeException | ArithmeticException bad) {
                    return Duration.ofDays(365); // unreadable: not worth waiting for
                }
            }
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
