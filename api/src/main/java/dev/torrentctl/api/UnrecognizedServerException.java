package dev.torrentctl.api;

import java.util.OptionalInt;

/**
 * Something answered at the URL, but not the client the backend speaks to: an HTTP 404 on the
 * client's login or RPC path, an HTML page, another protocol. The URL, its port or its path prefix
 * (a reverse proxy's) is probably wrong; the message says what was expected and what came.
 *
 * @since 0.2
 */
public final class UnrecognizedServerException extends TorrentClientException {
    private static final long serialVersionUID = 1L;
    private final String url;
    private final int statusCode;

    /**
     * @param backend the backend name
     * @param operation what was being done
     * @param url the URL asked, without user-info
     * @param statusCode the HTTP status, or -1 when there was none
     * @param detail what came instead of the client's answer (never a secret)
     */
    public UnrecognizedServerException(String backend, String operation, String url, int statusCode, String detail) {
        super(backend, operation, detail + " at " + url + (statusCode < 0 ? "" : " (HTTP " + statusCode + ")")
                + ": this does not look like " + (backend == null ? "the client" : backend)
                + "; the URL, port or path prefix is probably wrong", null);
        this.url = url;
        this.statusCode = statusCode;
    }

    /** @return the URL asked, without user-info */
    public String url() {
        return url;
    }

    /** @return the HTTP status, if there was one */
    public OptionalInt statusCode() {
        return statusCode < 0 ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }
}
