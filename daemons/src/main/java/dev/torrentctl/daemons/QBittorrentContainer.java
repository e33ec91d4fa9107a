package dev.torrentctl.daemons;

import java.time.Duration;
import java.util.UUID;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;

/**
 * A throwaway qBittorrent (4.5 or 5.x) with a generated profile: Web UI on port 8080 of the
 * container, a random password, the legal notice accepted, DHT, PeX, LSD and UPnP off, and the
 * client's CSRF and ban protections left at their defaults. Host-header validation is off: behind
 * Docker's port mapping the Host port never matches the Web UI's own.
 */
public final class QBittorrentContainer extends LocalImageContainer<QBittorrentContainer> {
    /** The Web UI port inside the container. */
    public static final int WEBUI_PORT = 8080;
    /** Where downloads go inside the container. */
    public static final String DOWNLOADS = "/downloads";

    private final String username = "torrentctl";
    /** Every character reserved in a URL (but '%', which the URL form spells %25), so each test proves they pass. */
    public static final String RESERVED_CHARACTERS = "/?#@:;&=+[]!$'()*,";
    private final String password = "pw" + RESERVED_CHARACTERS + UUID.randomUUID();
    private int maxAuthFailures = 5;
    private String apiKey = "";
    private boolean authBypass;
    private boolean hostHeaderValidation;
    private dev.torrentctl.daemons.tls.SelfSignedCertificate https;
    private int bitTorrentPort;

    /** @param image which qBittorrent to run */
    public QBittorrentContainer(DaemonImage image) {
        super(image);
        dev.torrentctl.daemons.secrets.Secrets.register(password, "password of a " + image + " container");
        withExposedPorts(WEBUI_PORT);
        withCommand("--profile=/config", "--webui-port=" + WEBUI_PORT);
        waitingFor(Wait.forHttp("/api/v2/app/version").forPort(WEBUI_PORT)
                .forStatusCodeMatching(c -> c == 200 || c == 401 || c == 403)
                .withStartupTimeout(Duration.ofSeconds(60)));
    }

    /**
     * @param failures failed logins before qBittorrent bans the client's IP (0 = never ban)
     * @return this container
     */
    public QBittorrentContainer withMaxAuthFailures(int failures) {
        this.maxAuthFailures = failures;
        return this;
    }


    /**
     * Configures an API key (honoured by qBittorrent 5.2 and later; older versions ignore it).
     *
     * @return this container
     */
    public QBittorrentContainer withApiKey() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        java.security.SecureRandom random = new java.security.SecureRandom();
        StringBuilder key = new StringBuilder("qbt_");
        for (int i = 0; i < 28; i++) {
            key.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        this.apiKey = key.toString();
        dev.torrentctl.daemons.secrets.Secrets.register(apiKey, "API key of a " + image() + " container");
        return this;
    }

    /**
     * Lets every address in without logging in ({@code WebUI\AuthSubnetWhitelist=0.0.0.0/0}), as
     * users who whitelist their LAN do.
     *
     * @return this container
     */
    public QBittorrentContainer withAuthBypass() {
        this.authBypass = true;
        return this;
    }

    /**
     * Serves the Web UI over HTTPS with this certificate and key only (qBittorrent's own TLS).
     *
     * @param certificate the server's certificate and key
     * @return this container
     */
    public QBittorrentContainer withHttps(dev.torrentctl.daemons.tls.SelfSignedCertificate certificate) {
        this.https = certificate;
        waitingFor(Wait.forHttp("/api/v2/app/version").forPort(WEBUI_PORT).usingTls().allowInsecure()
                .forStatusCodeMatching(c -> c == 200 || c == 401 || c == 403)
                .withStartupTimeout(Duration.ofSeconds(60)));
        return this;
    }

    /**
     * Turns qBittorrent's Host-header validation on (its default), as behind a reverse proxy that
     * sends the Web UI's own host and port; direct requests through Docker's port mapping then fail.
     *
     * @return this container
     */
    public QBittorrentContainer withHostHeaderValidation() {
        this.hostHeaderValidation = true;
        return this;
    }

    /**
     * Listens for peers on a fixed port (random by default) and applies rate limits to peers on the
     * local network too, as a swarm of containers on one Docker network needs.
     *
     * @param port the BitTorrent port inside the container
     * @return this container
     */
    public QBittorrentContainer withBitTorrentPort(int port) {
        this.bitTorrentPort = port;
        return this;
    }

    /** @return the API key set by {@link #withApiKey()}, or empty */
    public java.util.Optional<String> apiKey() {
        return apiKey.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(apiKey);
    }

    @Override
    protected void configure() {
        withCopyToContainer(Transferable.of(profile()), "/config/qBittorrent/config/qBittorrent.conf");
        if (https != null) {
            withCopyToContainer(Transferable.of(https.certificatePem()), "/config/webui.crt");
            withCopyToContainer(Transferable.of(https.privateKeyPem()), "/config/webui.key");
        }
    }

    /** @return the user name of the Web UI */
    public String username() {
        return username;
    }

    /** @return the password of the Web UI */
    public String password() {
        return password;
    }

    /** @return the Web UI's URL on this machine, without credentials */
    public String url() {
        return (https == null ? "http://" : "https://") + getHost() + ":" + getMappedPort(WEBUI_PORT);
    }


    private String profile() {
        return String.join("\n",
                "[LegalNotice]",
                "Accepted=true",
                "",
                "[BitTorrent]",
                "Session\\DHTEnabled=false",
                "Session\\LSDEnabled=false",
                "Session\\PeXEnabled=false",
                "Session\\Port=" + bitTorrentPort,
                "Session\\IgnoreLimitsOnLAN=false",
                "Session\\DefaultSavePath=" + DOWNLOADS,
                "",
                "[Network]",
                "PortForwardingEnabled=false",
                "",
                "[Preferences]",
                "Connection\\ResolvePeerCountries=false",
                "General\\Locale=en",
                "WebUI\\Enabled=true",
                "WebUI\\Address=*",
                "WebUI\\Port=" + WEBUI_PORT,
                "WebUI\\Username=" + username,
                "WebUI\\Password_PBKDF2=\"" + QBittorrentPasswordHash.of(password) + "\"",
                "WebUI\\LocalHostAuth=true",
                "WebUI\\CSRFProtection=true",
                // Docker maps the Web UI to another port on this machine; qBittorrent rejects a Host
                // header whose port differs from its own with 401 ("port mismatch"), whatever
                // WebUI\\ServerDomains says. Reverse-proxy tests turn it back on.
                "WebUI\\HostHeaderValidation=" + hostHeaderValidation,
                "WebUI\\ClickjackingProtection=true",
                "WebUI\\MaxAuthenticationFailCount=" + maxAuthFailures,
                "WebUI\\BanDuration=3600",
                "WebUI\\APIKey=" + apiKey,
                "WebUI\\HTTPS\\Enabled=" + (https != null),
                "WebUI\\HTTPS\\CertificatePath=" + (https != null ? "/config/webui.crt" : ""),
                "WebUI\\HTTPS\\KeyPath=" + (https != null ? "/config/webui.key" : ""),
                "WebUI\\AuthSubnetWhitelistEnabled=" + authBypass,
                "WebUI\\AuthSubnetWhitelist=" + (authBypass ? "0.0.0.0/0" : ""),
                "");
    }
}
