package dev.torrentctl.api;

import java.util.Objects;
import java.util.Optional;

/**
 * The root of every error torrentctl raises. Unchecked. Each message names the backend (when one is
 * involved) and the operation, like {@code [qbittorrent] stop: torrent not found: v1:0123...}, and
 * never contains a password, cookie, API key or session id.
 *
 * <p>Each error is logged at {@code TRACE} on the logger {@code dev.torrentctl.errors} when it is
 * created.
 *
 * <p>The subclasses are final; this class is not sealed, so new subclasses can be added without
 * breaking exhaustive handling.
 *
 * @since 0.1
 */
public abstract class TorrentClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Every error is logged here at TRACE as it is made, so a trace log tells the whole story of a failure. */
    private static final System.Logger LOG = System.getLogger("dev.torrentctl.errors");
    private final String backend;
    private final String operation;

    /**
     * @param backend the backend name, or {@code null} when no backend is involved
     * @param operation what was being done, such as {@code "add"} or {@code "login"}
     * @param detail what went wrong
     * @param cause the underlying error, or {@code null}
     */
    protected TorrentClientException(String backend, String operation, String detail, Throwable cause) {
        // a detail may quote a server's answer: whatever it echoes of a secret is taken out
        super((backend == null ? "" : "[" + backend + "] ") + Objects.requireNonNull(operation, "operation") + ": "
                + dev.torrentctl.api.spi.Redaction.redact(detail), cause);
        this.backend = backend;
        this.operation = operation;
        LOG.log(System.Logger.Level.TRACE, this::getMessage);
    }

    /** @return the backend name, when a backend was involved */
    public Optional<String> backend() {
        return Optional.ofNullable(backend);
    }

    /** @return what was being done */
    public String operation() {
        return operation;
    }
}
