package dev.torrentctl.backend.support.http;

import dev.torrentctl.api.BackendProtocolException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.cookie.Cookie;
import org.apache.hc.client5.http.cookie.CookieStore;

/** A cookie store that refuses, with a protocol error naming the limit, a cookie too large or one too many. */
final class BoundedCookieStore implements CookieStore {
    private final BasicCookieStore store = new BasicCookieStore();
    private final String backend;
    private final int maxCookieBytes;
    private final int maxCookies;

    BoundedCookieStore(String backend, int maxCookieBytes, int maxCookies) {
        this.backend = backend;
        this.maxCookieBytes = maxCookieBytes;
        this.maxCookies = maxCookies;
    }

    @Override
    public synchronized void addCookie(Cookie cookie) {
        long size = (long) cookie.getName().length() + (cookie.getValue() == null ? 0 : cookie.getValue().length());
        if (size > maxCookieBytes) {
            throw new BackendProtocolException(backend, "cookie", -1, "", "the server set a cookie of " + size
                    + " bytes, more than ResponseLimits.maxCookieBytes (" + maxCookieBytes + "); raise it with"
                    + " ClientConfig.Builder#responseLimits if the client is trusted", null);
        }
        boolean replaces = store.getCookies().stream().anyMatch(c -> c.getName().equals(cookie.getName())
                && java.util.Objects.equals(c.getDomain(), cookie.getDomain())
                && java.util.Objects.equals(c.getPath(), cookie.getPath()));
        if (!replaces && store.getCookies().size() >= maxCookies) {
            throw new BackendProtocolException(backend, "cookie", -1, "", "the server set more than"
                    + " ResponseLimits.maxCookies (" + maxCookies + ") cookies; raise it with"
                    + " ClientConfig.Builder#responseLimits if the client is trusted", null);
        }
        store.addCookie(cookie);
    }

    @Override
    public synchronized List<Cookie> getCookies() {
        return store.getCookies();
    }

    @Override
    @SuppressWarnings("deprecation")
    public synchronized boolean clearExpired(Date date) {
        return store.clearExpired(date);
    }

    @Override
    public synchronized boolean clearExpired(Instant date) {
        return store.clearExpired(date);
    }

    @Override
    public synchronized void clear() {
        store.clear();
    }
}
