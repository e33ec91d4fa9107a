package dev.torrentctl.backend.transmission.stub;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.UrlFormat;
import dev.torrentctl.api.spi.ApiProvider;
import java.util.List;
import dev.torrentctl.backend.transmission.stub.internal.TransmissionApi;

/**
 * Registers the Transmission backend under the name {@value #NAME}. The RPC endpoint is
 * {@code <base URL>/transmission/rpc}; the default port is {@value #DEFAULT_PORT}.
 *
 * @since 0.1
 */
public final class TransmissionProvider implements ApiProvider {
    /** The backend name. */
    public static final String NAME = "transmission-stub";
    /** The port used when a URL has neither scheme nor port. */
    public static final int DEFAULT_PORT = 9091;

    /** For {@link java.util.ServiceLoader}. */
    public TransmissionProvider() {}

    @Override
    public String name() {
        return NAME;
    }

    /** @return {@code [http[s]://][USER:PASS@]HOST[:PORT][/PATH]}, port 9091 when the URL has no scheme and no port */
    @Override
    public List<UrlFormat> urlFormats() {
        return List.of(UrlFormat.http(DEFAULT_PORT));
    }

    @Override
    public Api open(ClientConfig config) {
        return TransmissionApi.connect(config);
    }
}
