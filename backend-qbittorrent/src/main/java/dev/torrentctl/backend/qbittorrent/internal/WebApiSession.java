package dev.torrentctl.backend.qbittorrent.internal;

import dev.torrentctl.backend.support.http.HttpBodies;
import dev.torrentctl.backend.support.http.HttpTransport;
import dev.torrentctl.api.ApiKey;
import dev.torrentctl.api.AuthMethod;
import dev.torrentctl.api.AuthenticationBannedException;
import dev.torrentctl.api.AuthenticationException;
import dev.torrentctl.api.BackendProtocolException;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.api.UnrecognizedServerException;
import dev.torrentctl.api.spi.ConnectionEvents;
import dev.torrentctl.backend.qbittorrent.QBittorrentProvider;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.net.URIBuilder;

/**
 * An authenticated WebAPI session. How it authenticates, in order:
 * <ol>
 *   <li>an API key, if configured: {@code Authorization: Bearer} on every request (qBittorrent 5.2+);
 *       no login, no re-login, no logout;
 *   <li>no login at all when the client lets this address in (localhost or subnet whitelist): a
 *       first request without credentials succeeds;
 *   <li>HTTP Basic on one request, which qBittorrent 5.2+ (WebAPI 2.15) turns into a session
 *       cookie; later requests carry only the cookie;
 *   <li>the login form, then the session cookie (cookie-name agnostic: {@code SID},
 *       {@code QBT_SID_<port>}).
 * </ol>
 * A cookie session logs in again once when a call answers 403 (never after a ban, never in a
 * loop) and logs out on close. Thread-safe.
 */
final class WebApiSession implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("dev.torrentctl.backend.qbittorrent");
    private static final String BACKEND = QBittorrentProvider.NAME;
    /** The bound of the logout on close. */
    private static final java.time.Duration LOGOUT_DEADLINE = java.time.Duration.ofSeconds(3);

    private final HttpTransport transport;
    private final URI apiBase;
    private final Optional<Credentials> credentials;
    private final Optional<ApiKey> apiKey;
    private volatile AuthMethod method = AuthMethod.FORM_LOGIN;
    private final Object loginLock = new Object();
    private volatile int generation;
    private volatile boolean banned;
    private final java.util.concurrent.atomic.AtomicInteger logins = new java.util.concurrent.atomic.AtomicInteger();

    /** A text answer. */
    record Text(int status, String body) {}

    /** Reads a 2xx-or-other answer that is not a 403. */
    @FunctionalInterface
    interface Reader<T> {
        T read(int status, HttpEntity entity) throws IOException;
    }

    WebApiSession(ClientConfig config) {
        this.transport = new HttpTransport(BACKEND, config);
        URI base = config.baseUri(QBittorrentProvider.DEFAULT_PORT);
        this.apiBase = URI.create(base + "/api/v2/");
        this.credentials = config.credentials();
        this.apiKey = config.apiKey();
    }

    /** @return how the current session authenticated */
    AuthMethod method() {
        return method;
    }

    /**
     * Establishes the session: by API key, by the client's auth bypass, by HTTP Basic, or by the
     * login form, whichever comes first (see the class comment).
     */
    void login() {
        logins.incrementAndGet();
        if (apiKey.isPresent()) {
            method = AuthMethod.API_KEY;
            Text t = transport.execute("login", withAuth(new HttpGet(uri("app/webapiVersion", Map.of()))),
                    WebApiSession::text);
            if (t.status() == 401 || t.status() == 403) {
                throw new AuthenticationException(BACKEND, "login", "the API key was rejected (HTTP " + t.status()
                        + "): qBittorrent accepts API keys from 5.2 (WebAPI 2.14.1), and a key stops working once it"
                        + " is rotated or deleted");
            }
            return;
        }
        if (banned) {
            throw bannedError();
        }
        transport.cookies().clear(); // a new login starts without the old session's cookie
        Text open = transport.execute("login", new HttpGet(uri("app/webapiVersion", Map.of())), WebApiSession::text);
        if (open.status() == 404 || open.status() >= 300 && open.status() < 400
                || open.status() == 200 && open.body().stripLeading().startsWith("<")) {
            throw unrecognized("login", "app/webapiVersion", open.status(), open.status() == 200 ? "an HTML page"
                    : "no WebUI API");
        }
        if (open.status() == 200) {
            method = AuthMethod.BYPASS;
            LOG.log(Level.DEBUG, "{0} needs no login from this address", apiBase);
            return;
        }
        if (credentials.isEmpty()) {
            throw new AuthenticationException(BACKEND, "login", open.status() == 401
                    ? "the client refused the request (HTTP 401) and no credentials were configured; it may also have"
                            + " rejected the Host or Origin header"
                    : "the client requires a login and no credentials were configured");
        }
        if (open.status() == 403 && loginBasic()) {
            return;
        }
        method = AuthMethod.FORM_LOGIN;
        loginForm();
    }

    /**
     * HTTP Basic on one request: qBittorrent 5.2+ starts a cookie session for it; older versions
     * ignore the header and answer 403.
     *
     * @return true when a session was started; false when the client ignores Basic
     */
    private boolean loginBasic() {
        Credentials c = credentials.orElseThrow();
        HttpGet probe = new HttpGet(uri("app/webapiVersion", Map.of()));
        probe.setHeader("Authorization", HttpBodies.basicAuthorization(c));
        Text t = transport.execute("login", probe, WebApiSession::text);
        if (t.status() == 200) {
            method = AuthMethod.HTTP_BASIC;
            LOG.log(Level.DEBUG, "logged in to {0} as {1} with HTTP Basic", apiBase, c.username());
            return true;
        }
        if (t.status() == 401) {
            // the same request without credentials was let through to authentication (403), so the
            // 401 is the verdict on these credentials
            throw new AuthenticationException(BACKEND, "login", "bad user name or password for user '" + c.username()
                    + "' (HTTP Basic, 401)");
        }
        return false;
    }

    private void loginForm() {
        HttpPost post = new HttpPost(uri("auth/login", Map.of()));
        post.setEntity(new UrlEncodedFormEntity(List.of(
                new BasicNameValuePair("username", credentials.get().username()),
                new BasicNameValuePair("password", credentials.get().password())), StandardCharsets.UTF_8));
        Text t = transport.execute("login", post, WebApiSession::text);
        String body = t.body().strip();
        if ((t.status() == 200 && (body.equals("Ok.") || body.isEmpty())) || t.status() == 204) {
            if (transport.cookies().getCookies().isEmpty()) {
                throw new AuthenticationException(BACKEND, "login", "qBittorrent accepted the login but set no session"
                        + " cookie usable for " + apiBase + " (none, or one for another domain or path, as a reverse"
                        + " proxy that rewrites the host or path would cause): check the URL and the proxy's cookie rewriting");
            }
            LOG.log(Level.DEBUG, "logged in to {0} as {1}", apiBase, credentials.get().username());
            return;
        }
        if (t.status() == 200 && body.equals("Fails.")) {
            throw new AuthenticationException(BACKEND, "login", "bad user name or password for user '"
                    + credentials.get().username() + "'");
        }
        if (t.status() == 401) {
            // 5.2+ answers 401 to bad credentials; every version answers 401 to a Host header whose
            // port differs from the Web UI's (Docker port mappings, proxies) or to a foreign Origin.
            throw new AuthenticationException(BACKEND, "login", "login refused (HTTP 401): bad user name or password for"
                    + " user '" + credentials.get().username() + "', or qBittorrent rejected the request's Host or"
                    + " Origin header (its host-header validation refuses a port that differs from the Web UI's,"
                    + " as behind a Docker port mapping or a proxy)");
        }
        if (t.status() == 403) {
            banned = true;
            throw bannedError();
        }
        if (t.status() == 404 || t.body().stripLeading().startsWith("<")) {
            throw unrecognized("login", "auth/login", t.status(), t.status() == 404 ? "no login endpoint" : "an HTML page");
        }
        throw new BackendProtocolException(BACKEND, "login", t.status(), t.body(), "unexpected answer to auth/login", null);
    }

    /** @return the error for an answer that does not come from qBittorrent's WebUI API */
    UnrecognizedServerException unrecognized(String operation, String endpoint, int status, String what) {
        return new UnrecognizedServerException(BACKEND, operation, apiBase + endpoint, status, what);
    }

    /** @return this session's connection events */
    ConnectionEvents events() {
        return transport.events();
    }

    private AuthenticationBannedException bannedError() {
        return new AuthenticationBannedException(BACKEND, "login", "qBittorrent has banned this IP address after too many"
                + " failed logins; not retrying (the ban lasts WebUI\\BanDuration, 1 hour by default)");
    }

    Text get(String operation, String endpoint, Map<String, String> query) {
        return exchange(operation, () -> new HttpGet(uri(endpoint, query)), WebApiSession::text);
    }

    <T> T get(String operation, String endpoint, Map<String, String> query, Reader<T> reader) {
        return exchange(operation, () -> new HttpGet(uri(endpoint, query)), reader);
    }

    /** A GET whose answer is a list, bounded by {@link dev.torrentctl.api.ResponseLimits#maxListBytes()}. */
    <T> T getList(String operation, String endpoint, Map<String, String> query, Reader<T> reader) {
        return exchange(operation, () -> new HttpGet(uri(endpoint, query)), reader, true);
    }

    /** @return the limits answers are held to */
    dev.torrentctl.api.ResponseLimits limits() {
        return transport.limits();
    }

    Text post(String operation, String endpoint, Map<String, String> form) {
        List<NameValuePair> pairs = new ArrayList<>();
        form.forEach((k, v) -> pairs.add(new BasicNameValuePair(k, v)));
        return exchange(operation, () -> {
            HttpPost post = new HttpPost(uri(endpoint, Map.of()));
            post.setEntity(new UrlEncodedFormEntity(pairs, StandardCharsets.UTF_8));
            return post;
        }, WebApiSession::text);
    }

    Text post(String operation, String endpoint, HttpEntity entity) {
        return exchange(operation, () -> {
            HttpPost post = new HttpPost(uri(endpoint, Map.of()));
            post.setEntity(entity);
            return post;
        }, WebApiSession::text);
    }

    private <T> T exchange(String operation, Supplier<ClassicHttpRequest> request, Reader<T> reader) {
        return exchange(operation, request, reader, false);
    }

    private Object send(String operation, ClassicHttpRequest request, Reader<?> reader, boolean list) {
        org.apache.hc.core5.http.io.HttpClientResponseHandler<Object> handler = r -> r.getCode() == 403
                ? Forbidden.INSTANCE : reader.read(r.getCode(), r.getEntity());
        return list ? transport.executeList(operation, request, handler) : transport.execute(operation, request, handler);
    }

    private <T> T exchange(String operation, Supplier<ClassicHttpRequest> request, Reader<T> reader, boolean list) {
        int seen = generation;
        Object first = send(operation, withAuth(request.get()), reader, list);
        if (first != Forbidden.INSTANCE) {
            return cast(first);
        }
        if (method == AuthMethod.API_KEY) {
            throw new AuthenticationException(BACKEND, operation, "the client answered 403 to the API key: it was"
                    + " rotated or deleted, or this endpoint is closed to API keys");
        }
        if (credentials.isEmpty()) {
            throw new AuthenticationException(BACKEND, operation, "the client answered 403: it requires a login and no"
                    + " credentials were configured");
        }
        relogin(seen);
        Object second = send(operation, withAuth(request.get()), reader, list);
        if (second == Forbidden.INSTANCE) {
            throw new AuthenticationException(BACKEND, operation, "the client answered 403 again right after a new login");
        }
        return cast(second);
    }

    private ClassicHttpRequest withAuth(ClassicHttpRequest request) {
        apiKey.ifPresent(k -> request.setHeader("Authorization", "Bearer " + k.reveal()));
        return request;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }

    private void relogin(int seenGeneration) {
        synchronized (loginLock) {
            if (generation != seenGeneration) {
                return; // another thread has logged in anew since this call was sent
            }
            LOG.log(Level.DEBUG, "session rejected (403); logging in again");
            login();
            generation++;
            transport.events().reauthenticated();
        }
    }

    void logout() {
        if (banned || method == AuthMethod.API_KEY || method == AuthMethod.BYPASS || credentials.isEmpty()) {
            return;
        }
        try {
            // bounded: a close never waits long for a slow or gone server, and not at all after a timeout
            transport.executeBriefly("logout", new HttpPost(uri("auth/logout", Map.of())), LOGOUT_DEADLINE);
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "logout failed, closing anyway: {0}", e.getMessage());
        }
    }

    /** @return the values of the session cookies held now (for tests that make sure they are never logged) */
    List<String> cookieValues() {
        return transport.cookies().getCookies().stream().map(org.apache.hc.client5.http.cookie.Cookie::getValue).toList();
    }

    /** @return how many times this session has logged in, or tried to (for tests and diagnostics) */
    int loginCount() {
        return logins.get();
    }

    private URI uri(String endpoint, Map<String, String> query) {
        try {
            URIBuilder b = new URIBuilder(apiBase.resolve(endpoint));
            query.forEach(b::addParameter);
            return b.build();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot build a URI for " + endpoint, e);
        }
    }

    static Text text(int status, HttpEntity entity) throws IOException {
        return new Text(status, HttpBodies.text(entity));
    }

    private static Text text(org.apache.hc.core5.http.ClassicHttpResponse r) throws IOException {
        return text(r.getCode(), r.getEntity());
    }

    @Override
    public void close() {
        transport.close();
    }

    private enum Forbidden { INSTANCE }
}
