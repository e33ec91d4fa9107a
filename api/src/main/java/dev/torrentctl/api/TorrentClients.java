package dev.torrentctl.api;

import dev.torrentctl.api.internal.ProviderRegistry;
import dev.torrentctl.api.spi.ApiProvider;
import java.util.List;
import java.util.Objects;

/**
 * Opens clients by backend name. Backends are found with {@link java.util.ServiceLoader}; add the
 * {@code torrentctl-backend-*} artifact for each client to the class or module path.
 *
 * <pre>{@code
 * try (Api client = TorrentClients.open("qbittorrent", "http://admin:secret@localhost:8080")) {
 *     client.list().forEach(t -> System.out.println(t.name() + " " + t.state()));
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class TorrentClients {
    private TorrentClients() {}

    /**
     * @param backend a backend name, such as {@code "qbittorrent"} or {@code "transmission"}
     * @param url {@code [http[s]://][USER:PASS@]HOST[:PORT][/PATH]}
     * @return a connected client
     * @throws BackendNotFoundException if no backend has that name
     * @throws TorrentClientException if connecting fails
     */
    public static Api open(String backend, String url) {
        return open(backend, ClientConfig.parse(url));
    }

    /**
     * Finds the backend with the thread's context class loader.
     *
     * @param backend a backend name
     * @param config where and how to connect
     * @return a connected client
     * @throws BackendNotFoundException if no backend has that name
     * @throws TorrentClientException if connecting fails
     */
    public static Api open(String backend, ClientConfig config) {
        return open(backend, config, Thread.currentThread().getContextClassLoader());
    }

    /**
     * @param backend a backend name
     * @param config where and how to connect
     * @param classLoader where to look for backends (for plugin hosts)
     * @return a connected client
     * @throws BackendNotFoundException if no backend has that name
     * @throws TorrentClientException if connecting fails
     */
    public static Api open(String backend, ClientConfig config, ClassLoader classLoader) {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(config, "config");
        return open(ProviderRegistry.load(classLoader).provider(backend), config);
    }

    /**
     * Opens a client with a provider instance, bypassing discovery.
     *
     * @param provider the backend's provider
     * @param config where and how to connect
     * @return a connected client
     * @throws TorrentClientException if connecting fails
     */
    public static Api open(ApiProvider provider, ClientConfig config) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(config, "config");
        return Objects.requireNonNull(provider.open(config), () -> provider.getClass().getName() + ".open returned null");
    }

    /** @return the names of the backends the context class loader finds, sorted */
    public static List<String> backendNames() {
        return backendNames(Thread.currentThread().getContextClassLoader());
    }

    /** @param classLoader where to look @return the names of the backends found there, sorted */
    public static List<String> backendNames(ClassLoader classLoader) {
        return ProviderRegistry.load(classLoader).names();
    }
}
