package dev.torrentctl.api;

import java.util.Objects;

/**
 * What a connected client reports about itself.
 *
 * @param backend the backend name ({@code "qbittorrent"}, {@code "transmission"})
 * @param version the client's version as it reports it (for example {@code "v5.1.0"}, {@code "3.00 (bb6b5a062e)"})
 * @param apiVersion the version of its remote API (qBittorrent's WebAPI {@code "2.11.4"},
 *     Transmission's RPC version {@code "16"})
 * @param authMethod how this session authenticated
 * @since 0.1
 */
public record ClientInfo(String backend, String version, String apiVersion, AuthMethod authMethod) {
    /** Checks for nulls. */
    public ClientInfo {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(authMethod, "authMethod");
    }
}
