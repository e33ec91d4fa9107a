package dev.torrentctl.api;

import java.util.List;

/**
 * No backend is registered under the requested name, or two are. The message lists the backends
 * that are available and any that failed to load.
 *
 * @since 0.1
 */
public final class BackendNotFoundException extends TorrentClientException {
    private static final long serialVersionUID = 1L;
    private final String requested;
    private final List<String> available;

    /**
     * @param requested the name asked for
     * @param available the names that are registered
     * @param detail the full explanation
     * @param cause a provider's loading failure, if any
     */
    public BackendNotFoundException(String requested, List<String> available, String detail, Throwable cause) {
        super(null, "open", detail, cause);
        this.requested = requested;
        this.available = List.copyOf(available);
    }

    /** @return the name asked for */
    public String requested() {
        return requested;
    }

    /** @return the names that are registered */
    public List<String> available() {
        return available;
    }
}
