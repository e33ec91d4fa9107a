package dev.torrentctl.api;

import java.time.Duration;

/**
 * The client accepted a change, but it was not visible within the {@link Wait} asked for. Carried
 * by a {@link BulkResult.Item} or {@link AddResult} whose outcome is {@code TIMED_OUT}; the change
 * may still show later.
 *
 * @since 0.2
 */
public final class ChangeTimeoutException extends TorrentClientException {
    private static final long serialVersionUID = 1L;
    private final Duration waited;

    /**
     * @param backend the backend name
     * @param operation the operation
     * @param what what did not show, such as {@code "v1:0123... stopped"}
     * @param waited how long was waited
     */
    public ChangeTimeoutException(String backend, String operation, String what, Duration waited) {
        super(backend, operation, "accepted, but not visible within " + waited + ": " + what, null);
        this.waited = waited;
    }

    /** @return how long was waited */
    public Duration waited() {
        return waited;
    }
}
