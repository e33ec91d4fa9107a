package dev.torrentctl.backend.qbittorrent.scripted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.ApiKey;
import dev.torrentctl.api.AuthMethod;
import dev.torrentctl.api.AuthenticationException;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.RawResponse;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.daemons.scripted.RecordedRequest;
import dev.torrentctl.daemons.scripted.Responder;
import dev.torrentctl.daemons.scripted.ScriptedResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("qBittorrent authentication on the wire")
class AuthMethodTest {
    private static final String KEY = "qbt_AbCdEfGhIjKlMnOpQrStUvWxYz12";

    @Test
    @DisplayName("an API key goes as a Bearer header on every request; no login, no cookie, no logout")
    void apiKeyOnEveryRequest() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.3.0", "2.16.2")) {
            Responder bearer = r -> r.header("Authorization").equals(Optional.of("Bearer " + KEY))
                    ? ScriptedResponse.text(200, r.path().endsWith("webapiVersion") ? "2.16.2" : "v5.3.0")
                    : ScriptedResponse.text(403, "Forbidden");
            qbt.on("GET", "app/webapiVersion", bearer).on("GET", "app/version", bearer)
                    .on("GET", "torrents/info", r -> r.header("Authorization").isPresent()
                            ? ScriptedResponse.json(200, "[]") : ScriptedResponse.text(403, "Forbidden"));
            Api api = TorrentClients.open("qbittorrent", ClientConfig.builder(qbt.url()).apiKey(ApiKey.of(KEY)).build());
            assertThat(api.clientInfo().authMethod()).isEqualTo(AuthMethod.API_KEY);
            assertThat(api.list()).isEmpty();
            api.close();
            assertThat(qbt.requests()).allSatisfy(r -> {
                assertThat(r.header("Authorization")).hasValue("Bearer " + KEY);
                assertThat(r.header("Cookie")).isEmpty();
            });
            assertThat(qbt.requests("auth/login")).isEmpty();
            assertThat(qbt.requests("auth/logout")).isEmpty();
        }
    }

    @Test
    @DisplayName("a rejected API key fails at once, without a login and without showing the key")
    void rejectedApiKey() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.3.0", "2.16.2")) {
            assertThatThrownBy(() -> TorrentClients.open("qbittorrent", ClientConfig.builder(qbt.url())
                    .apiKey(ApiKey.of(KEY)).build()))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("API key was rejected (HTTP 403)")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
            assertThat(qbt.requests("auth/login")).isEmpty();
        }
    }

    @Test
    @DisplayName("HTTP Basic goes on one request only; the session cookie it earns carries the rest")
    void basicOnceThenCookie() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.3.0", "2.16.2")) {
            String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ScriptedQBittorrent.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            Responder loggedIn = qbt.loggedIn(ScriptedResponse.text(200, "2.16.2"));
            qbt.on("GET", "app/webapiVersion", r -> r.header("Authorization").equals(Optional.of(basic))
                    ? ScriptedResponse.text(200, "2.16.2").withHeader("Set-Cookie", "QBT_SID_8080=basic1; path=/")
                    : r.header("Cookie").equals(Optional.of("QBT_SID_8080=basic1"))
                            ? ScriptedResponse.text(200, "2.16.2") : loggedIn.respond(r));
            Responder viaCookie = r -> r.header("Cookie").equals(Optional.of("QBT_SID_8080=basic1"))
                    ? ScriptedResponse.text(200, r.path().endsWith("version") ? "v5.3.0" : "[]")
                    : ScriptedResponse.text(403, "Forbidden");
            qbt.on("GET", "app/version", viaCookie).on("GET", "torrents/info", viaCookie);
            try (Api api = qbt.open()) {
                assertThat(api.clientInfo().authMethod()).isEqualTo(AuthMethod.HTTP_BASIC);
                assertThat(api.list()).isEmpty();
            }
            assertThat(qbt.requests().stream().filter(r -> r.header("Authorization").isPresent())).hasSize(1);
            assertThat(qbt.requests("auth/login")).isEmpty();
        }
    }

    @Test
    @DisplayName("HTTP Basic refused with 401 is bad credentials; the login form is not tried as well")
    void basicRefused() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.3.0", "2.16.2")) {
            qbt.on("GET", "app/webapiVersion", r -> r.header("Authorization").isPresent()
                    ? ScriptedResponse.text(401, "Unauthorized") : ScriptedResponse.text(403, "Forbidden"));
            assertThatThrownBy(() -> qbt.open("wrong-Pa55"))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("bad user name or password for user 'admin' (HTTP Basic, 401)")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-Pa55"));
            assertThat(qbt.requests("auth/login")).isEmpty();
        }
    }

    @Test
    @DisplayName("a client that answers without a login is a bypass: no login, no logout")
    void bypass() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v4.5.2", "2.8.19")) {
            qbt.on("GET", "app/webapiVersion", Responder.always(ScriptedResponse.text(200, "2.8.19")))
                    .on("GET", "app/version", Responder.always(ScriptedResponse.text(200, "v4.5.2")))
                    .on("GET", "torrents/info", Responder.always(ScriptedResponse.json(200, "[]")));
            try (Api api = qbt.open()) {
                assertThat(api.clientInfo().authMethod()).isEqualTo(AuthMethod.BYPASS);
                assertThat(api.list()).isEmpty();
            }
            assertThat(qbt.requests("auth/login")).isEmpty();
            assertThat(qbt.requests("auth/logout")).isEmpty();
            assertThat(qbt.requests()).allSatisfy(r -> assertThat(r.header("Authorization")).isEmpty());
        }
    }

    @Test
    @DisplayName("a raw call posts its form parameters in order and returns any status as it is")
    void rawCall() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            qbt.on("POST", "torrents/setComment", qbt.loggedIn(r -> ScriptedResponse.text(409, "conflict: " + r.bodyText())));
            Map<String, String> form = new LinkedHashMap<>();
            form.put("hashes", "abc");
            form.put("comment", "a b&c");
            RawResponse r = api.rawCall("torrents/setComment", form);
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.successful()).isFalse();
            assertThat(r.body()).isEqualTo("conflict: hashes=abc&comment=a+b%26c");
            RecordedRequest sent = qbt.requests("torrents/setComment").get(0);
            assertThat(sent.header("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                    .startsWith("application/x-www-form-urlencoded"));
            assertThatThrownBy(() -> api.rawCall("/api/v2/app/version", Map.of())).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> api.rawCall("app/version?x=1", Map.of())).isInstanceOf(InvalidInputException.class);
        }
    }
}
