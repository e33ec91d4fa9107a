package dev.torrentctl.tck;

/**
 * What a backend is, beyond its capabilities, that decides whether a contract applies to it. The
 * kit's subclass declares them ({@link ApiCompatibilityKit#traits()}); a contract that needs a trait
 * the backend lacks is skipped with a message saying so, like a contract of an undeclared capability.
 *
 * @since 0.2
 */
public enum BackendTrait {
    /**
     * It reaches its client over the network by host and port. The kit then opens it at a port
     * where nothing listens and at a host that does not resolve, and expects a
     * {@link dev.torrentctl.api.ConnectionException} of the matching kind. An embedded or in-memory
     * backend leaves this out.
     */
    NETWORK,
    /**
     * It speaks HTTP. The kit then points it at an HTTP server that is not its client and expects an
     * {@link dev.torrentctl.api.UnrecognizedServerException}.
     */
    HTTP
}
