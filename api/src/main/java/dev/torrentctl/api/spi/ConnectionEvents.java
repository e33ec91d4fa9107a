package dev.torrentctl.api.spi;

import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ConnectionEvent;
import dev.torrentctl.api.ConnectionEvent.Kind;
import dev.torrentctl.api.ConnectionListener;
import dev.torrentctl.api.TorrentClientException;
import java.time.Instant;
import java.util.Optional;

/**
 * Reports a backend's connection changes to the {@link ConnectionListener} of its
 * {@link ClientConfig}, as state changes only. A backend calls {@link #connecting()} as it starts
 * to open and {@link #opened()} once it is connected and authenticated; then {@link #succeeded()}
 * after every call that reached the client and {@link #failed} after every one that did not. The
 * listener hears {@code CONNECTED} once after opening and once after each run of failures, and one
 * {@code FAILED} per error. A listener that throws is logged and ignored. Thread-safe.
 *
 * @since 0.2
 */
public final class ConnectionEvents {
    private static final System.Logger LOG = System.getLogger("dev.torrentctl.api");
    private final String backend;
    private final String url;
    private final ConnectionListener listener;
    private Kind last;
    private TorrentClientException lastError;
    private boolean wasOpened;

    /**
     * @param backend the backend name
     * @param config the config, whose listener hears the events and whose URL they name
     */
    public ConnectionEvents(String backend, ClientConfig config) {
        this.backend = backend;
        this.url = config.baseUri().toString();
        this.listener = config.connectionListener();
    }

    /** Opening starts. */
    public void connecting() {
        fire(Kind.CONNECTING, Optional.empty());
    }

    /** Connected and authenticated: the end of opening. */
    public void opened() {
        synchronized (this) {
            wasOpened = true;
        }
        fire(Kind.CONNECTED, Optional.empty());
    }

    /** A call reached the client; reported as {@code CONNECTED} when the one before had failed. */
    public void succeeded() {
        synchronized (this) {
            if (last != Kind.FAILED || lastError == null) {
                return;
            }
        }
        fire(Kind.CONNECTED, Optional.empty());
    }

    /** A new login succeeded after the session was lost. */
    public void reauthenticated() {
        fire(Kind.REAUTHENTICATED, Optional.empty());
    }

    /** @param error why a call (or opening) could not reach the client */
    public void failed(TorrentClientException error) {
        synchronized (this) {
            if (last == Kind.FAILED && lastError == error) {
                return;
            }
        }
        fire(Kind.FAILED, Optional.of(error));
    }

    /** Closed; reported only for a client that was opened (a failed open ends with {@code FAILED}). */
    public void disconnected() {
        synchronized (this) {
            if (last == Kind.DISCONNECTED || !wasOpened) {
                return;
            }
        }
        fire(Kind.DISCONNECTED, Optional.empty());
    }

    private void fire(Kind kind, Optional<TorrentClientException> error) {
        synchronized (this) {
            last = kind;
            lastError = error.orElse(null);
        }
        if (listener == ConnectionListener.NONE) {
            return;
        }
        try {
            listener.onEvent(new ConnectionEvent(kind, backend, url, Instant.now(), error));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "a ConnectionListener threw on " + kind + "; ignored", e);
        }
    }
}
