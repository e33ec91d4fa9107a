package dev.torrentctl.api;

import dev.torrentctl.api.internal.ApiGuard;
import dev.torrentctl.api.internal.ProviderRegistry;
import dev.torrentctl.api.spi.ApiProvider;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Opens clients by backend name. Backends are found with {@link java.util.ServiceLoader}; add the
 * {@code torrentctl-backend-*} artifact for each client to the class or module path.
 *
 * <pre>{@code
 * try (Api client = TorrentClients.open("qbittorrent", url)) { // url: "http://admin:secret@localhost:8080"
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
        return open(backend, configFor(backend, url).build());
    }

    /**
     * Parses a URL in one of the forms the named backend takes ({@link ApiProvider#urlFormats()}),
     * for settings beyond the URL:
     *
     * <pre>{@code
     * ClientConfig config = TorrentClients.configFor("qbittorrent", "admin:secret@seedbox:8080")
     *         .readTimeout(Duration.ofSeconds(5)).build();
     * }</pre>
     *
     * @param backend a backend name
     * @param url a URL in one of its forms
     * @return a builder with that URL
     * @throws BackendNotFoundException if no backend has that name
     * @throws InvalidInputException if the URL fits none of the backend's forms (the message names them)
     */
    public static ClientConfig.Builder configFor(String backend, String url) {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(url, "url");
        ApiProvider provider = ProviderRegistry.load(Thread.currentThread().getContextClassLoader()).provider(backend);
        return ClientConfig.builder(url, provider.urlFormats());
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
     * Opens a client with a provider instance, bypassing discovery. The config's scheme must be one
     * of the provider's {@linkplain ApiProvider#urlFormats() forms}. The client answers every
     * failure with a {@link TorrentClientException}: an {@link Error} from the backend or a library
     * under it (a missing class on the module path, a stack overflow) arrives as a
     * {@link BackendFailureException}.
     *
     * @param provider the backend's provider
     * @param config where and how to connect
     * @return a connected client
     * @throws InvalidInputException if the provider takes no URL of the config's scheme
     * @throws TorrentClientException if connecting fails
     */
    public static Api open(ApiProvider provider, ClientConfig config) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(config, "config");
        List<UrlFormat> formats = provider.urlFormats();
        String scheme = config.baseUri().getScheme();
        if (formats.stream().noneMatch(f -> f.accepts(scheme))) {
            throw new InvalidInputException(provider.name(), "open", "this backend takes no '" + scheme + "' URL; expected "
                    + formats.stream().map(UrlFormat::syntax).collect(Collectors.joining(" or ")), null);
        }
        return ApiGuard.guard(provider.name(), () -> Objects.requireNonNull(provider.open(config),
                () -> provider.getClass().getName() + ".open returned null"));
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
