package dev.torrentctl.api;

/**
 * The backend, or the version of the client it is connected to, cannot do what was asked.
 * {@link Api#capabilities()} tells beforehand.
 *
 * @since 0.1
 */
public final class UnsupportedCapabilityException extends TorrentClientException {
    private static final long serialVersionUID = 1L;
    private final Capability capability;

    /**
     * @param backend the backend name
     * @param operation what was being done
     * @param capability the missing capability
     */
    public UnsupportedCapabilityException(String backend, String operation, Capability capability) {
        this(backend, operation, capability, "not supported by this backend");
    }

    /**
     * @param backend the backend name
     * @param operation what was being done
     * @param capability the missing capability
     * @param why for example which client version lacks it
     */
    public UnsupportedCapabilityException(String backend, String operation, Capability capability, String why) {
        super(backend, operation, "capability " + capability + " " + why, null);
        this.capability = capability;
    }

    /** @return the missing capability */
    public Capability capability() {
        return capability;
    }
}
