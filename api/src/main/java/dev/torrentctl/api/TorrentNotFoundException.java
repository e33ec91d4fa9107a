package dev.torrentctl.api;

/**
 * The client does not have the torrent a call referred to.
 *
 * @since 0.1
 */
public final class TorrentNotFoundException extends TorrentClientException {
    private static final long serialVersionUID = 1L;
    private final transient TorrentRef ref;

    /**
     * @param backend the backend name
     * @param operation what was being done
     * @param ref the reference that matched nothing
     */
    public TorrentNotFoundException(String backend, String operation, TorrentRef ref) {
        super(backend, operation, "torrent not found: " + ref, null);
        this.ref = ref;
    }

    /** @return the reference that matched nothing */
    public TorrentRef ref() {
        return ref;
    }
}
