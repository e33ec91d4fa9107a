package dev.torrentctl.backend.transmission;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.UrlFormat;
import dev.torrentctl.api.spi.ApiProvider;
import dev.torrentctl.backend.transmission.internal.TransmissionApi;
import java.util.List;
import java.util.Objects;

/**
 * Registers the Transmission backend under the name {@value #NAME}: Transmission 3.00 to 4.1, in
 * JSON-RPC 2.0 where the daemon offers it (4.1) and the legacy RPC otherwise. The RPC endpoint is
 * the URL's path when it has one (a reverse proxy may move it; {@code /rpc} is added when missing),
 * else {@code /transmission/rpc}; the default port is {@value #DEFAULT_PORT}.
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

    /** @return {@code [http[s]://][USER:PASS@]HOST[:PORT][/PATH]}, port 9091 when the URL has no scheme and no port */
    @Override
    public List<UrlFormat> urlFormats() {
        return List.of(UrlFormat.http(DEFAULT_PORT));
    }

    /**
     * The system property that picks the dialect for clients opened by name: {@code auto} (the
     * default), {@code legacy} or {@code json_rpc}.
     */
    public static final String PROTOCOL_PROPERTY = "torrentctl.transmission.protocol";

    /** Speaks the dialect {@value #PROTOCOL_PROPERTY} names, by default {@link TransmissionProtocol#AUTO}. */
    @Override
    public Api open(ClientConfig config) {
        String chosen = System.getProperty(PROTOCOL_PROPERTY, "auto").strip().toUpperCase(java.util.Locale.ROOT);
        TransmissionProtocol protocol;
        try {
            protocol = TransmissionProtocol.valueOf(chosen.replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new dev.torrentctl.api.InvalidInputException(NAME, "open", "system property " + PROTOCOL_PROPERTY
                    + " must be auto, legacy or json_rpc, got '" + System.getProperty(PROTOCOL_PROPERTY) + "'", e);
        }
        return TransmissionApi.connect(config, protocol);
    }

    /**
     * Connects speaking the given dialect, for example the legacy one to a 4.1 daemon behind a
     * proxy that only passes it.
     *
     * @param config where and how to connect
     * @param protocol the dialect
     * @return the connected client
     * @since 0.2
     */
    public Api open(ClientConfig config, TransmissionProtocol protocol) {
        return TransmissionApi.connect(Objects.requireNonNull(config, "config"), protocol);
    }
}
