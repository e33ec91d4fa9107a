package dev.torrentctl.api.spi;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.ClientConfig;

/**
 * Registers a backend with {@link java.util.ServiceLoader}. Implementations are cheap, stateless
 * factories with a public no-argument constructor; connecting happens in {@link #open}.
 *
 * @since 0.1
 */
public interface ApiProvider {

    /** @return the stable, lower-case backend name, such as {@code "qbittorrent"} */
    String name();

    /**
     * Connects to the client {@code config} describes (and authenticates, where the client needs it).
     *
     * @param config where and how to connect
     * @return a connected, thread-safe client; never {@code null}
     * @throws dev.torrentctl.api.TorrentClientException if connecting or authenticating fails
     */
    Api open(ClientConfig config);
}
