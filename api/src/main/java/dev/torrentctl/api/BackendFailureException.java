package dev.torrentctl.api;

/**
 * A backend or a library under it failed with an {@link Error} (a {@link LinkageError} such as a
 * missing class on the module path, a {@link StackOverflowError}, an assertion): a bug or a
 * deployment problem, not the client's answer. {@link TorrentClients} wraps every {@code Api} it
 * opens so that no such {@code Error} escapes a call as itself; the cause is the original error.
 * {@link OutOfMemoryError} and other {@link VirtualMachineError}s but {@code StackOverflowError}
 * are not wrapped: the JVM may be unable to continue.
 *
 * @since 0.2
 */
public final class BackendFailureException extends TorrentClientException {
    private static final long serialVersionUID = 1L;

    /**
     * @param backend the backend name
     * @param operation the {@code Api} method that failed
     * @param cause the error
     */
    public BackendFailureException(String backend, String operation, Throwable cause) {
        super(backend, operation, "the backend failed with " + cause.getClass().getName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }
}
