package dev.torrentctl.backend.qbittorrent.internal;

import dev.torrentctl.backend.http.HttpTransport;
import dev.torrentctl.api.AuthenticationBannedException;
import dev.torrentctl.api.AuthenticationException;
import dev.torrentctl.api.BackendProtocolException;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.Credentials;
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
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.net.URIBuilder;

/**
 * A logged-in WebAPI session: form login (cookie-name agnostic: whatever cookie the server sets is
 * kept), one re-login when a call answers 403 (never after a ban, never in a loop), logout on close.
 * Thread-safe.
 */
final class WebApiSession implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("dev.torrentctl.backend.qbittorrent");
    private static final String BACKEND = QBittorrentProvider.NAME;

    private final HttpTransport transport;
    private final URI apiBase;
    private final Optional<Credentials> credentials;
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
    }

    /** Logs in with the configured credentials; without credentials, checks the client needs none. */
    void login() {
        if (credentials.isEmpty()) {
            Text t = transport.execute("login", new HttpGet(uri("app/webapiVersion", Map.of())), WebApiSession::text);
            if (t.status() == 403 || t.status() == 401) {
                throw new AuthenticationException(BACKEND, "login",
                        "the client requires a login and no credentials were configured");
            }
            return;
        }
        if (banned) {
            throw bannedError();
        }
        HttpPost post = new HttpPost(uri("auth/login", Map.of()));
        post.setEntity(new UrlEncodedFormEntity(List.of(
                new BasicNameValuePair("username", credentials.get().username()),
                new BasicNameValuePair("password", credentials.get().password())), StandardCharsets.UTF_8));
        logins.incrementAndGet();
        Text t = transport.execute("login", post, WebApiSession::text);
        String body = t.body().strip();
        if ((t.status() == 200 && (body.equals("Ok.") || body.isEmpty())) || t.status() == 204) {
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
        throw new BackendProtocolException(BACKEND, "login", t.status(), t.body(), "unexpected answer to auth/login", null);
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
        int seen = generation;
        Object first = transport.execute(operation, request.get(), r -> r.getCode() == 403 ? Forbidden.INSTANCE
                : reader.read(r.getCode(), r.getEntity()));
        if (first != Forbidden.INSTANCE) {
            return cast(first);
        }
        if (credentials.isEmpty()) {
            throw new AuthenticationException(BACKEND, operation, "the client answered 403: it requires a login and no"
                    + " credentials were configured");
        }
        relogin(seen);
        Object second = transport.execute(operation, request.get(), r -> r.getCode() == 403 ? Forbidden.INSTANCE
                : reader.read(r.getCode(), r.getEntity()));
        if (second == Forbidden.INSTANCE) {
            throw new AuthenticationException(BACKEND, operation, "the client answered 403 again right after a new login");
        }
        return cast(second);
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
        }
    }

    void logout() {
        if (credentials.isEmpty() || banned) {
            return;
        }
        try {
            transport.execute("logout", new HttpPost(uri("auth/logout", Map.of())), WebApiSession::text);
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "logout failed, closing anyway: {0}", e.getMessage());
        }
    }

    /** @return how many login requests this session has sent (for tests and diagnostics) */
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
        try {
            return new Text(status, entity == null ? "" : EntityUtils.toString(entity, StandardCharsets.UTF_8));
        } catch (org.apache.hc.core5.http.ParseException e) {
            throw new IOException("unreadable response body", e);
        }
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
