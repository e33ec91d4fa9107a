package dev.torrentctl.backend.qbittorrent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.ApiKey;
import dev.torrentctl.api.AuthMethod;
import dev.torrentctl.api.AuthenticationBannedException;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.RawResponse;
import java.util.List;
import java.util.Map;
import dev.torrentctl.api.AuthenticationException;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.daemons.DaemonExtension;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.QBittorrentContainer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Authentication, session recovery, IP bans and raw calls against a real qBittorrent; one subclass
 * per version, because each version authenticates differently (4.x and 5.1: login form with 200
 * "Ok."/"Fails."; 5.2+: 204/401, HTTP Basic and API keys).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // lets the daemons be per-class extensions on instance fields
abstract class SessionKit {
    /** Failed logins before the banning daemon bans: small, so the test is quick. */
    static final int MAX_AUTH_FAILURES = 2;

    /** @return the version under test */
    abstract DaemonImage image();

    /** A daemon with default ban settings and an API key. */
    @RegisterExtension
    final DaemonExtension<QBittorrentContainer> daemon = new DaemonExtension<>(image(),
            image -> new QBittorrentContainer(image).withApiKey());

    /** A daemon that bans after {@link #MAX_AUTH_FAILURES} failed logins. */
    @RegisterExtension
    final DaemonExtension<QBittorrentContainer> banningDaemon = new DaemonExtension<>(image(),
            image -> new QBittorrentContainer(image).withMaxAuthFailures(MAX_AUTH_FAILURES));

    /** A daemon that lets every address in without logging in. */
    @RegisterExtension
    final DaemonExtension<QBittorrentContainer> bypassingDaemon = new DaemonExtension<>(image(),
            image -> new QBittorrentContainer(image).withAuthBypass());

    /** @return whether this version authenticates HTTP Basic and API keys (5.2+) */
    abstract boolean supportsBasicAndApiKeys();

    private static ClientConfig config(QBittorrentContainer c, String password) {
        return ClientConfig.builder(c.url()).credentials(new Credentials(c.username(), password)).build();
    }

    @Test
    @DisplayName("a password with every reserved character, written as is in the URL, logs in; it shows in no message or log")
    void passwordWithReservedCharactersInTheUrl() {
        QBittorrentContainer c = daemon.container();
        assertThat(c.password()).contains(QBittorrentContainer.RESERVED_CHARACTERS);
        String url = c.url().replace("://", "://" + c.username() + ":" + c.password() + "@");
        ClientConfig config = dev.torrentctl.api.TorrentClients.configFor("qbittorrent", url).build();
        assertThat(config.credentials()).contains(new Credentials(c.username(), c.password()));
        assertThat(config.toString()).doesNotContain(c.password());
        try (dev.torrentctl.api.Api api = dev.torrentctl.api.TorrentClients.open("qbittorrent", url)) {
            assertThat(api.clientInfo().authMethod()).isNotEqualTo(dev.torrentctl.api.AuthMethod.BYPASS);
            api.list();
        }
        // a wrong password of the same shape fails without showing it (the class's secret scan checks the logs)
        String wrong = c.password().replace("pw", "wrong");
        dev.torrentctl.daemons.secrets.Secrets.register(wrong, "wrong password with reserved characters");
        assertThatThrownBy(() -> dev.torrentctl.api.TorrentClients.open("qbittorrent",
                c.url().replace("://", "://" + c.username() + ":" + wrong + "@")).close())
                .isInstanceOf(dev.torrentctl.api.AuthenticationException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(wrong).doesNotContain("?#@"));
    }

    @Test
    @DisplayName("the session cookie, password and requests are traced, and the scan of the trace log can see them")
    void sessionSecretsAreRegisteredForTheScan() {
        long before = dev.torrentctl.daemons.secrets.SecretScanExtension.capturedSoFar();
        try (QBittorrentApi api = QBittorrentApi.connect(config(daemon.container(), daemon.container().password()))) {
            List<String> cookies = api.session().cookieValues();
            assertThat(cookies).as("session cookies after a form login").isNotEmpty();
            cookies.forEach(c -> dev.torrentctl.daemons.secrets.Secrets.register(c, "session cookie of " + image()));
            api.list();
        }
        // login, version, list and logout were traced at least: the class's scan has material
        assertThat(dev.torrentctl.daemons.secrets.SecretScanExtension.capturedSoFar() - before).isGreaterThanOrEqualTo(4);
    }

    @Test
    @DisplayName("after the server ends the session, the next call logs in again once and succeeds")
    void logsInAgainAfterServerSideLogout() {
        QBittorrentContainer c = daemon.container();
        try (QBittorrentApi api = QBittorrentApi.connect(config(c, c.password()))) {
            assertThat(api.list()).isNotNull();
            assertThat(api.session().loginCount()).isEqualTo(1);
            api.session().logout(); // the server forgets the session; the client still holds the cookie
            assertThat(api.list()).isNotNull();
            assertThat(api.session().loginCount()).isEqualTo(2);
            assertThat(api.list()).isNotNull();
            assertThat(api.session().loginCount()).as("the new session is kept").isEqualTo(2);
        }
    }

    @Test
    @DisplayName("bad credentials fail as such until the IP is banned; then even the right password is refused, as banned")
    void badCredentialsThenBan() {
        QBittorrentContainer c = banningDaemon.container();
        for (int i = 0; i < MAX_AUTH_FAILURES; i++) {
            assertThatThrownBy(() -> QBittorrentApi.connect(config(c, "wrong-password")))
                    .isExactlyInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("bad user name or password")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-password"));
        }
        assertThatThrownBy(() -> QBittorrentApi.connect(config(c, "wrong-password")))
                .isInstanceOf(AuthenticationBannedException.class)
                .hasMessageContaining("banned this IP address");
        assertThatThrownBy(() -> QBittorrentApi.connect(config(c, c.password())))
                .isInstanceOf(AuthenticationBannedException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(c.password()));
    }

    @Test
    @DisplayName("a password logs in with HTTP Basic on 5.2+, with the login form before")
    void passwordAuthMethodFollowsVersion() {
        QBittorrentContainer c = daemon.container();
        try (QBittorrentApi api = QBittorrentApi.connect(config(c, c.password()))) {
            assertThat(api.clientInfo().authMethod())
                    .isEqualTo(supportsBasicAndApiKeys() ? AuthMethod.HTTP_BASIC : AuthMethod.FORM_LOGIN);
            assertThat(api.list()).isNotNull();
        }
    }

    @Test
    @DisplayName("an API key works on 5.2+ and is refused before, saying which version is needed")
    void apiKey() {
        QBittorrentContainer c = daemon.container();
        ClientConfig config = ClientConfig.builder(c.url()).apiKey(ApiKey.of(c.apiKey().orElseThrow())).build();
        if (supportsBasicAndApiKeys()) {
            try (QBittorrentApi api = QBittorrentApi.connect(config)) {
                assertThat(api.clientInfo().authMethod()).isEqualTo(AuthMethod.API_KEY);
                assertThat(api.list()).isNotNull();
                assertThat(api.rawCall("app/version", Map.of()).body()).isEqualTo(api.clientInfo().version());
            }
            ClientConfig wrong = ClientConfig.builder(c.url()).apiKey(ApiKey.of("qbt_" + "x".repeat(28))).build();
            assertThatThrownBy(() -> QBittorrentApi.connect(wrong)).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("API key was rejected")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("qbt_"));
        } else {
            assertThatThrownBy(() -> QBittorrentApi.connect(config)).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("from 5.2")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(c.apiKey().orElseThrow()));
        }
    }

    @Test
    @DisplayName("a client that lets this address in is detected as a bypass, with or without credentials")
    void bypassIsDetected() {
        QBittorrentContainer c = bypassingDaemon.container();
        try (QBittorrentApi api = QBittorrentApi.connect(ClientConfig.parse(c.url()))) {
            assertThat(api.clientInfo().authMethod()).isEqualTo(AuthMethod.BYPASS);
            assertThat(api.list()).isNotNull();
        }
        try (QBittorrentApi api = QBittorrentApi.connect(config(c, "any password"))) {
            assertThat(api.clientInfo().authMethod()).isEqualTo(AuthMethod.BYPASS);
            assertThat(api.session().loginCount()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a raw call reaches any endpoint in the session and returns the answer as it is")
    void rawCall() {
        QBittorrentContainer c = daemon.container();
        try (QBittorrentApi api = QBittorrentApi.connect(config(c, c.password()))) {
            RawResponse version = api.rawCall("app/webapiVersion", Map.of());
            assertThat(version.successful()).isTrue();
            assertThat(version.body()).isEqualTo(api.clientInfo().apiVersion());
            RawResponse prefs = api.rawCall("app/preferences", Map.of());
            assertThat(prefs.body()).contains("\"web_ui_port\"");
            RawResponse missing = api.rawCall("torrentctl/none", Map.of());
            assertThat(missing.status()).isEqualTo(404);
            assertThatThrownBy(() -> api.rawCall("../etc", Map.of())).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("parameter 'endpoint'");
        }
    }
}
