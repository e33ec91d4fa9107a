package dev.torrentctl.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A change of a client's connection, reported to the {@link ConnectionListener} of its
 * {@link ClientConfig}. Never holds a secret: the URL has no user-info.
 *
 * @param kind what happened
 * @param backend the backend name
 * @param url the client's URL, without user-info
 * @param at when
 * @param error the failure, for {@link Kind#FAILED}
 * @since 0.2
 */
public record ConnectionEvent(Kind kind, String backend, String url, Instant at, Optional<TorrentClientException> error) {

    /** Checks for nulls. */
    public ConnectionEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(error, "error");
    }

    /** What happened. */
    public enum Kind {
        /** Opening: connecting and, where the client needs it, logging in. */
        CONNECTING,
        /** Connected and authenticated; also after a failure, when a call succeeds again. */
        CONNECTED,
        /** The session expired or was dropped, and a new login succeeded. */
        REAUTHENTICATED,
        /** A call could not reach the client, or opening failed; see {@link ConnectionEvent#error()}. */
        FAILED,
        /** Closed by {@link Api#close()}. */
        DISCONNECTED
    }
}
