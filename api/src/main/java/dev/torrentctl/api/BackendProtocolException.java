package dev.torrentctl.api;

import java.util.OptionalInt;

/**
 * The client answered something the backend did not expect: an unexpected HTTP status, or a body
 * it cannot read, or more than {@link ResponseLimits} allow. Carries the status code and the start of
 * the body, with what it echoes of a secret redacted.
 *
 * @since 0.1
 */
public final class BackendProtocolException extends TorrentClientException {
    private static final long serialVersionUID = 1L;
    /** Longest body excerpt kept. */
    public static final int MAX_BODY_CHARS = 200;
    private final int statusCode;
    private final String body;

    /**
     * @param backend the backend name
     * @param operation what was being done
     * @param statusCode the HTTP status, or -1 when there was none
     * @param body the response body (truncated to {@value #MAX_BODY_CHARS} characters)
     * @param detail what was unexpected
     * @param cause a parse error, or {@code null}
     */
    public BackendProtocolException(String backend, String operation, int statusCode, String body, String detail,
            Throwable cause) {
        super(backend, operation, detail + (statusCode < 0 ? "" : " (HTTP " + statusCode + ")")
                + (body.isEmpty() ? "" : ": " + truncate(body)), cause);
        this.statusCode = statusCode;
        this.body = truncate(body);
    }

    /** @return the HTTP status, if there was one */
    public OptionalInt statusCode() {
        return statusCode < 0 ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }

    /** @return the start of the response body */
    public String body() {
        return body;
    }

    private static String truncate(String s) {
        String oneLine = dev.torrentctl.api.spi.Redaction.redact(s.strip());
        return oneLine.length() <= MAX_BODY_CHARS ? oneLine : oneLine.substring(0, MAX_BODY_CHARS) + "...";
    }
}
