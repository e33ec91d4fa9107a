package dev.torrentctl.api;

/**
 * The client could not be reached or did not answer in time: connection refused, unknown host,
 * timeout, or a TLS failure. The message has the URL without credentials; the cause is the
 * underlying I/O error.
 *
 * @since 0.1
 */
public final class ConnectionException extends TorrentClientException {
    private static final long serialVersionUID = 1L;
    private final String url;

    /**
     * @param backend the backend name
     * @param operation what was being done
     * @param url the URL, without user-info
     * @param detail what failed (refused, timed out, TLS ...)
     * @param cause the I/O error
     */
    public ConnectionException(String backend, String operation, String url, String detail, Throwable cause) {
        super(backend, operation, detail + " (" + url + ")", cause);
        this.url = url;
    }

    /** @return the URL that failed, without user-info */
    public String url() {
        return url;
    }
}
