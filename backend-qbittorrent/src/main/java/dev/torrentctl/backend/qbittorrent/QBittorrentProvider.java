package dev.torrentctl.backend.qbittorrent;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.UrlFormat;
import dev.torrentctl.api.spi.ApiProvider;
import java.util.List;
import dev.torrentctl.backend.qbittorrent.internal.QBittorrentApi;

/**
 * Registers the qBittorrent backend under the name {@value #NAME}. Supports qBittorrent 4.5
 * (WebAPI 2.8) to 5.3 (WebAPI 2.16); the default port is {@value #DEFAULT_PORT}.
 *
 * @since 0.1
 */
public final class QBittorrentProvider implements ApiProvider {
    /** The backend name. */
    public static final String NAME = "qbittorrent";
    /** The port used when a URL has neither scheme nor port. */
    public static final int DEFAULT_PORT = 8080;

    /** For {@link java.util.ServiceLoader}. */
    public QBittorrentProvider() {}

    @Override
    public String name() {
        return NAME;
    }

    /** @return {@code [http[s]://][USER:PASS@]HOST[:PORT][/PATH]}, port 8080 when the URL has no scheme and no port */
    @Override
    public List<UrlFormat> urlFormats() {
        return List.of(UrlFormat.http(DEFAULT_PORT));
    }

    @Override
    public Api open(ClientConfig config) {
        return QBittorrentApi.connect(config);
    }
}
