package dev.torrentctl.backend.transmission;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.spi.ApiProvider;
import dev.torrentctl.backend.transmission.internal.TransmissionApi;

/**
 * Registers the Transmission backend under the name {@value #NAME}. The RPC endpoint is
 * {@code <base URL>/transmission/rpc}; the default port is {@value #DEFAULT_PORT}.
 *
 * @since 0.1
 */
public final class TransmissionProvider implements ApiProvider {
    /** The backend name. */
    public static final String NAME = "transmission";
    /** The port used when a URL has neither scheme nor port. */
    public static final int DEFAULT_PORT = 9091;

    /** For {@link java.util.ServiceLoader}. */
    public TransmissionProvider() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Api open(ClientConfig config) {
        return TransmissionApi.connect(config);
    }
}
