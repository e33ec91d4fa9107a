package dev.torrentctl.api.spi;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.UrlFormat;
import java.util.List;

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
     * The URL forms this backend takes, first the one used for a URL without a scheme. By default
     * {@link UrlFormat#http(int) [http[s]://][USER:PASS@]HOST[:PORT][/PATH]} with the port left to
     * {@link ClientConfig#baseUri(int)}. {@link dev.torrentctl.api.TorrentClients} parses URLs with
     * them and refuses, before {@link #open}, a config whose scheme none of them takes.
     *
     * @return the forms, at least one
     */
    default List<UrlFormat> urlFormats() {
        return List.of(UrlFormat.http(-1));
    }

    /**
     * Connects to the client {@code config} describes (and authenticates, where the client needs it).
     *
     * @param config where and how to connect
     * @return a connected, thread-safe client; never {@code null}
     * @throws dev.torrentctl.api.TorrentClientException if connecting or authenticating fails
     */
    Api open(ClientConfig config);
}
