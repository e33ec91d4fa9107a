package dev.torrentctl.api;

/**
 * The client rejected the credentials (or there were none where it needs them). A ban after too
 * many failures is the subclass {@link AuthenticationBannedException}, so catching this catches
 * both.
 *
 * @since 0.1
 */
public class AuthenticationException extends TorrentClientException {
    private static final long serialVersionUID = 1L;

    /**
     * @param backend the backend name
     * @param operation what was being done
     * @param detail why (never the credentials themselves)
     */
    public AuthenticationException(String backend, String operation, String detail) {
        super(backend, operation, detail, null);
    }
}
