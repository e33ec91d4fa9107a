package dev.torrentctl.api;

import dev.torrentctl.api.internal.UrlParser;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where and how to connect to a client. Immutable and thread-safe; make one with
 * {@link #parse(String)} or {@link #builder(String)}:
 *
 * <pre>{@code
 * ClientConfig config = ClientConfig.builder("https://seedbox.example/qbt")
 *         .credentials(new Credentials("admin", secret))
 *         .readTimeout(Duration.ofSeconds(10))
 *         .build();
 * }</pre>
 *
 * <p>URLs have the form {@code [http[s]://][USER:PASS@]HOST[:PORT][/PATH]}. The path is a reverse
 * proxy's prefix, under which the client's API is reached. Without a scheme, {@code http} is used
 * and, if the port is missing too, the backend's usual port (qBittorrent 8080, Transmission 9091);
 * with an explicit scheme and no port, the scheme's port (80, 443). User name and password in the URL
 * are percent-decoded and become the {@link #credentials()}.
 *
 * <p>{@link #toString()} and every error message show the URL without credentials, and headers
 * that carry secrets as {@code ****}.
 *
 * @since 0.1
 */
public final class ClientConfig {
    /** Default time to establish a connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default time to wait for an answer. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    /** Default bound of one call: connecting, every read, every retry and the whole answer. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(120);
    /** Default slowest transfer accepted, averaged over {@link #TRANSFER_WINDOW}: slower fails the call. */
    public static final DataRate DEFAULT_MIN_TRANSFER_RATE = DataRate.ofBytesPerSecond(1024);
    /** The window over which the transfer rate of an answer is measured. */
    public static final Duration TRANSFER_WINDOW = Duration.ofSeconds(10);
    /** Default {@code User-Agent}. */
    public static final String DEFAULT_USER_AGENT = "torrentctl/0.1";
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "cookie", "proxy-authorization",
            "x-api-key", "x-transmission-session-id");

    private final URI baseUri;
    private final boolean portImplied;
    private final Optional<Credentials> credentials;
    private final Optional<ApiKey> apiKey;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final TlsTrust tlsTrust;
    private final Map<String, String> headers;
    private final String userAgent;
    private final ResponseCompression compression;
    private final ConnectionListener listener;
    private final Duration callTimeout;
    private final DataRate minTransferRate;
    private final ResponseLimits responseLimits;

    private ClientConfig(Builder b) {
        this.baseUri = b.baseUri;
        this.portImplied = b.portImplied;
        this.credentials = b.credentials;
        this.apiKey = b.apiKey;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.tlsTrust = b.tlsTrust;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.userAgent = b.userAgent;
        this.compression = b.compression;
        this.listener = b.listener;
        this.callTimeout = b.callTimeout;
        this.minTransferRate = b.minTransferRate;
        this.responseLimits = b.responseLimits;
    }

    /**
     * @param url {@code [http[s]://][USER:PASS@]HOST[:PORT][/PATH]}
     * @return a config with that URL and default settings
     * @throws InvalidInputException if the URL is malformed (the message never repeats the password)
     */
    public static ClientConfig parse(String url) {
        return builder(url).build();
    }

    /**
     * @param url {@code [http[s]://][USER:PASS@]HOST[:PORT][/PATH]}
     * @return a builder with that URL and default settings
     * @throws InvalidInputException if the URL is malformed (the message never repeats the password)
     */
    public static Builder builder(String url) {
        return new Builder().url(url);
    }

    /**
     * @param url a URL in one of {@code formats}
     * @param formats the forms a backend accepts; {@link TorrentClients#configFor(String, String)}
     *     passes the named backend's
     * @return a builder with that URL and default settings
     * @throws InvalidInputException if the URL fits none of the forms (the message names them, and
     *     never repeats the password)
     */
    public static Builder builder(String url, List<UrlFormat> formats) {
        return new Builder().url(url, formats);
    }

    /** @return a builder holding this config's settings */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.baseUri = baseUri;
        b.portImplied = portImplied;
        b.credentials = credentials;
        b.apiKey = apiKey;
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.tlsTrust = tlsTrust;
        b.headers.putAll(headers);
        b.userAgent = userAgent;
        b.compression = compression;
        b.listener = listener;
        b.callTimeout = callTimeout;
        b.minTransferRate = minTransferRate;
        b.responseLimits = responseLimits;
        return b;
    }

    /** @return whether to ask for compressed answers ({@link ResponseCompression#AUTO} by default) */
    public ResponseCompression responseCompression() {
        return compression;
    }

    /**
     * @return whether this config asks for compressed answers: {@link ResponseCompression#AUTO} asks
     *     unless the host is {@code localhost} or a loopback address
     */
    public boolean acceptsCompressedResponses() {
        return switch (compression) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> !isLoopback(baseUri.getHost());
        };
    }

    private static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return h.equalsIgnoreCase("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
    }

    /**
     * @return the base URL without credentials and without a trailing slash; it has no port when
     *     none was given and no scheme either (see {@link #baseUri(int)})
     */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * @param backendDefaultPort the backend's usual port
     * @return the base URL, with {@code backendDefaultPort} when the URL had neither scheme nor port
     */
    public URI baseUri(int backendDefaultPort) {
        if (!portImplied) {
            return baseUri;
        }
        return UrlParser.uri(baseUri.getScheme(), baseUri.getHost(), backendDefaultPort, baseUri.getRawPath(),
                List.of(UrlFormat.http(backendDefaultPort)));
    }

    /** @return the credentials, if any */
    public Optional<Credentials> credentials() {
        return credentials;
    }

    /** @return the time allowed to establish a connection */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** @return the time allowed for each answer */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** @return the certificates HTTPS connections trust */
    public TlsTrust tlsTrust() {
        return tlsTrust;
    }

    /** @return extra HTTP headers sent with every request */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return the API key, which backends that support one use instead of the credentials */
    public Optional<ApiKey> apiKey() {
        return apiKey;
    }

    /**
     * @return the bound of one call, whatever the server does: connecting, every read, every retry
     *     (a {@code Retry-After} included) and the whole answer; beyond it the call fails with a
     *     {@link ConnectionException} of kind {@link ConnectionException.Kind#DEADLINE}
     */
    public Duration callTimeout() {
        return callTimeout;
    }

    /**
     * @return the slowest transfer of an answer accepted, averaged over {@link #TRANSFER_WINDOW}:
     *     a server that trickles fails the call fast ({@link ConnectionException.Kind#TOO_SLOW})
     */
    public DataRate minTransferRate() {
        return minTransferRate;
    }

    /** @return how much of a client's answers is accepted ({@link ResponseLimits#DEFAULT} by default) */
    public ResponseLimits responseLimits() {
        return responseLimits;
    }

    /** @return who hears this client's connection changes ({@link ConnectionListener#NONE} by default) */
    public ConnectionListener connectionListener() {
        return listener;
    }

    /** @return the {@code User-Agent} sent */
    public String userAgent() {
        return userAgent;
    }

    /** @return the settings, with credentials and secret headers redacted */
    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>();
        headers.forEach((k, v) -> shown.put(k, SECRET_HEADERS.contains(k.toLowerCase(Locale.ROOT)) ? "****" : v));
        return "ClientConfig[url=" + baseUri + ", credentials=" + credentials.map(Credentials::toString).orElse("none")
                + apiKey.map(k -> ", apiKey=" + k).orElse("") + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", callTimeout=" + callTimeout + ", minTransferRate=" + minTransferRate
                + ", responseLimits=" + responseLimits + ", tlsTrust=" + tlsTrust
                + ", headers=" + shown + ", userAgent=" + userAgent + "]";
    }


    /** Builds a {@link ClientConfig}; not thread-safe. */
    public static final class Builder {
        private URI baseUri;
        private boolean portImplied;
        private Optional<Credentials> credentials = Optional.empty();
        private Optional<ApiKey> apiKey = Optional.empty();
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private TlsTrust tlsTrust = TlsTrust.systemDefault();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String userAgent = DEFAULT_USER_AGENT;
        private ResponseCompression compression = ResponseCompression.AUTO;
        private ConnectionListener listener = ConnectionListener.NONE;
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private DataRate minTransferRate = DEFAULT_MIN_TRANSFER_RATE;
        private ResponseLimits responseLimits = ResponseLimits.DEFAULT;

        private Builder() {}

        /** @param value the bound of one call, positive (see {@link ClientConfig#callTimeout()}) @return this builder */
        public Builder callTimeout(Duration value) {
            this.callTimeout = positive(value, "callTimeout");
            return this;
        }

        /** @param value the slowest transfer accepted (see {@link ClientConfig#minTransferRate()}) @return this builder */
        public Builder minTransferRate(DataRate value) {
            this.minTransferRate = Objects.requireNonNull(value, "minTransferRate");
            return this;
        }

        /** @param value how much of the client's answers to accept @return this builder */
        public Builder responseLimits(ResponseLimits value) {
            this.responseLimits = Objects.requireNonNull(value, "responseLimits");
            return this;
        }

        /**
         * Sets the URL; credentials in it replace any set before.
         *
         * @param url {@code [http[s]://][USER:PASS@]HOST[:PORT][/PATH]}
         * @return this builder
         * @throws InvalidInputException if the URL is malformed
         */
        public Builder url(String url) {
            return url(url, List.of(UrlFormat.http(-1)));
        }

        /**
         * Sets the URL, parsed with a backend's formats; credentials in it replace any set before.
         *
         * @param url the URL, in one of {@code formats}
         * @param formats the forms the backend accepts ({@link dev.torrentctl.api.spi.ApiProvider#urlFormats()})
         * @return this builder
         * @throws InvalidInputException if the URL fits none of them; the message names the forms and
         *     never repeats the user-info
         */
        public Builder url(String url, List<UrlFormat> formats) {
            Objects.requireNonNull(url, "url");
            UrlParser.Parsed p = UrlParser.parse(url, List.copyOf(formats));
            this.baseUri = p.baseUri();
            this.portImplied = p.portImplied();
            p.credentials().ifPresent(c -> this.credentials = Optional.of(c));
            return this;
        }

        /**
         * @param value hears connecting, connected, re-authenticated, failed and disconnected
         * @return this builder
         */
        public Builder connectionListener(ConnectionListener value) {
            this.listener = Objects.requireNonNull(value, "connectionListener");
            return this;
        }

        /** @param value the credentials, replacing any from the URL @return this builder */
        public Builder credentials(Credentials value) {
            this.credentials = Optional.of(Objects.requireNonNull(value, "credentials"));
            return this;
        }

        /**
         * @param value an API key; a backend that supports API keys uses it instead of credentials
         * @return this builder
         */
        public Builder apiKey(ApiKey value) {
            this.apiKey = Optional.of(Objects.requireNonNull(value, "apiKey"));
            return this;
        }

        /** @return this builder, without credentials */
        public Builder noCredentials() {
            this.credentials = Optional.empty();
            return this;
        }

        /** @param value positive @return this builder */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive(value, "connectTimeout");
            return this;
        }

        /** @param value positive @return this builder */
        public Builder readTimeout(Duration value) {
            this.readTimeout = positive(value, "readTimeout");
            return this;
        }

        /** @param value the certificates to trust @return this builder */
        public Builder tlsTrust(TlsTrust value) {
            this.tlsTrust = Objects.requireNonNull(value, "tlsTrust");
            return this;
        }

        /** @param name a header name @param value its value, sent with every request @return this builder */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (name.isBlank() || name.chars().anyMatch(c -> c <= ' ' || c == ':' || c >= 127)) {
                throw new InvalidInputException("configure", "parameter 'header': invalid header name '" + name + "'", null);
            }
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new InvalidInputException("configure", "parameter 'header': the value of '" + name
                        + "' contains a line break", null);
            }
            headers.put(name, value);
            return this;
        }

        /** @param value the {@code User-Agent} @return this builder */
        public Builder userAgent(String value) {
            this.userAgent = Objects.requireNonNull(value, "userAgent");
            return this;
        }

        /** @param value whether to ask for compressed answers @return this builder */
        public Builder responseCompression(ResponseCompression value) {
            this.compression = Objects.requireNonNull(value, "responseCompression");
            return this;
        }

        /** @return the config */
        public ClientConfig build() {
            return new ClientConfig(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new InvalidInputException("configure", "parameter '" + name + "' must be positive, got " + d, null);
            }
            return d;
        }
    }
}
