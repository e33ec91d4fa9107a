package dev.torrentctl.backend.transmission;

/**
 * Which of Transmission's two RPC dialects to speak. The default, {@link #AUTO}, takes JSON-RPC 2.0
 * where the daemon offers it (4.1 and later) and the legacy dialect otherwise.
 *
 * @since 0.2
 */
public enum TransmissionProtocol {
    /** JSON-RPC 2.0 where offered, else legacy. */
    AUTO,
    /** The legacy dialect ({@code {method, arguments}}), which every version serves (4.x deprecates it). */
    LEGACY,
    /** JSON-RPC 2.0 with snake_case names (4.1, {@code rpc-version-semver} 6, and later); fails to connect to older. */
    JSON_RPC
}
