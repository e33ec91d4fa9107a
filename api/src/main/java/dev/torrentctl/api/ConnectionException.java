package dev.torrentctl.api;

/**
 * The client could not be reached or did not answer in time. {@link #kind()} says which failure it
 * was, so callers never parse the message. The message has the URL without credentials; the cause
 * is the underlying I/O error.
 *
 * @since 0.1
 */
public final class ConnectionException extends TorrentClientException {
    private static final long serialVersionUID = 1L;
    private final String url;
    private final Kind kind;

    /** What kind of connection failure. More kinds may be added; handle the unknown with a default. */
    public enum Kind {
        /** Nothing listens at the address: the connection was refused. */
        REFUSED,
        /** No connection could be established in time. */
        CONNECT_TIMEOUT,
        /** Connected, but no (complete) answer came in time. */
        READ_TIMEOUT,
        /** The host name does not resolve. */
        UNKNOWN_HOST,
        /** No route to the host. */
        NO_ROUTE,
        /** The TLS handshake failed: an untrusted certificate, a wrong pin, or not TLS at all. */
        TLS,
        /** The connection was closed or reset before the answer was complete. */
        CLOSED,
        /** The call did not complete within its deadline ({@link ClientConfig#callTimeout()}). */
        DEADLINE,
        /** The answer came slower than {@link ClientConfig#minTransferRate()}. */
        TOO_SLOW,
        /** The calling thread was interrupted. */
        INTERRUPTED,
        /** Another I/O failure; see the cause. */
        OTHER
    }

    /**
     * @param backend the backend name
     * @param operation what was being done
     * @param url the URL, without user-info
     * @param kind what kind of failure
     * @param detail what failed, in words
     * @param cause the I/O error
     */
    public ConnectionException(String backend, String operation, String url, Kind kind, String detail, Throwable cause) {
        super(backend, operation, detail + " (" + url + ")", cause);
        this.url = url;
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
    }

    /** @return the URL that failed, without user-info */
    public String url() {
        return url;
    }

    /** @return what kind of failure it was */
    public Kind kind() {
        return kind;
    }
}
