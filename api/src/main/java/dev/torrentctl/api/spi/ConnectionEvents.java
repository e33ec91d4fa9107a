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
 * {@link ClientConfig}, as state changes only: a backend calls {@link #succeeded()} after every
 * call that reached the client and {@link #failed} after every one that did not, and the listener
 * hears {@code CONNECTED} once after {@code CONNECTING} or a failure. A listener that throws is
 * logged and ignored. Thread-safe.
 *
 * @since 0.2
 */
public final class ConnectionEvents {
    private static final System.Logger LOG = System.getLogger("dev.torrentctl.api");
    private final String backend;
    private final String url;
    private final ConnectionListener listener;
    private Kind last;

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

    /** A call reached the client; reported as {@code CONNECTED} when it was not connected before. */
    public void succeeded() {
        synchronized (this) {
            if (last == Kind.CONNECTED || last == Kind.REAUTHENTICATED || last == Kind.DISCONNECTED) {
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
        fire(Kind.FAILED, Optional.of(error));
    }

    /** Closed. */
    public void disconnected() {
        synchronized (this) {
            if (last == Kind.DISCONNECTED) {
                return;
            }
        }
        fire(Kind.DISCONNECTED, Optional.empty());
    }

    private void fire(Kind kind, Optional<TorrentClientException> error) {
        synchronized (this) {
            last = kind;
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
