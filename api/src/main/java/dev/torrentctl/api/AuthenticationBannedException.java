package dev.torrentctl.api;

/**
 * The client has locked this machine out after too many failed logins (qBittorrent bans the IP
 * address; Transmission locks out everyone until it restarts). torrentctl never retries a login
 * after this, since every further attempt extends or repeats the ban. It is an
 * {@link AuthenticationException}: {@code catch (AuthenticationException e)} catches it.
 *
 * @since 0.1
 */
public final class AuthenticationBannedException extends AuthenticationException {
    private static final long serialVersionUID = 1L;

    /**
     * @param backend the backend name
     * @param operation what was being done
     * @param detail what the client said
     */
    public AuthenticationBannedException(String backend, String operation, String detail) {
        super(backend, operation, detail);
    }
}
