package dev.torrentctl.backend.qbittorrent.scripted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.AuthenticationBannedException;
import dev.torrentctl.api.AuthenticationException;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.daemons.scripted.Responder;
import dev.torrentctl.daemons.scripted.ScriptedResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A qBittorrent session")
class SessionTest {
    private static final String BANNED = "Your IP address has been banned after too many failed authentication attempts.";

    @Test
    @DisplayName("keeps whatever session cookie the server sets and sends it on later calls")
    void keepsSessionCookieWhateverItsName() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            assertThat(api.list()).isEmpty();
            assertThat(qbt.requests("torrents/info").get(0).header("Cookie")).hasValue("QBT_SID_8080=session1");
        }
    }

    @Test
    @DisplayName("logs in again once when a call answers 403, and the call then succeeds")
    void logsInAgainOnceOn403() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            qbt.expireSessions();
            assertThat(api.list()).isEmpty();
            assertThat(qbt.requests("auth/login")).hasSize(2);
            assertThat(qbt.requests("torrents/info")).hasSize(2);
        }
    }

    @Test
    @DisplayName("gives up, without a loop, when the call answers 403 again right after the new login")
    void givesUpWhen403PersistsAfterNewLogin() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            qbt.on("GET", "torrents/info", Responder.always(ScriptedResponse.text(403, "Forbidden")));
            assertThatThrownBy(api::list)
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("[qbittorrent] list")
                    .hasMessageContaining("403 again right after a new login");
            assertThat(qbt.requests("auth/login")).hasSize(2);
            assertThat(qbt.requests("torrents/info")).hasSize(2);
        }
    }

    @Test
    @DisplayName("logs in only once when several calls are rejected at the same time")
    void concurrentRejectionsShareOneNewLogin() throws Exception {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            CyclicBarrier bothInFlight = new CyclicBarrier(2);
            AtomicInteger rejected = new AtomicInteger();
            Responder current = qbt.loggedIn(r -> ScriptedResponse.json(200, "[]"));
            qbt.expireSessions();
            qbt.on("GET", "torrents/info", r -> {
                if (r.header("Cookie").equals(Optional.of("QBT_SID_8080=session1"))) {
                    rejected.incrementAndGet();
                    bothInFlight.await(10, TimeUnit.SECONDS); // both calls hold the expired session
                    return ScriptedResponse.text(403, "Forbidden");
                }
                return current.respond(r);
            });
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> api.list().size());
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> api.list().size());
            assertThat(a.get(20, TimeUnit.SECONDS)).isZero();
            assertThat(b.get(20, TimeUnit.SECONDS)).isZero();
            assertThat(rejected).hasValue(2);
            assertThat(qbt.requests("auth/login")).as("initial login plus one shared new login").hasSize(2);
        }
    }

    @Test
    @DisplayName("reports a ban on connect and does not try to log in again afterwards")
    void banOnConnectIsFinal() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4")) {
            qbt.on("POST", "auth/login", Responder.always(ScriptedResponse.text(403, BANNED)));
            assertThatThrownBy(qbt::open)
                    .isInstanceOf(AuthenticationBannedException.class)
                    .hasMessageContaining("banned this IP address")
                    .hasMessageContaining("not retrying");
            assertThat(qbt.requests("auth/login")).hasSize(1);
        }
    }

    @Test
    @DisplayName("stops logging in for good once a new login after a 403 is answered with a ban")
    void banDuringNewLoginStopsAllLogins() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            qbt.expireSessions();
            qbt.on("POST", "auth/login", Responder.always(ScriptedResponse.text(403, BANNED)));
            assertThatThrownBy(api::list).isInstanceOf(AuthenticationBannedException.class);
            assertThatThrownBy(api::list).isInstanceOf(AuthenticationBannedException.class);
            assertThatThrownBy(api::list).isInstanceOf(AuthenticationBannedException.class);
            assertThat(qbt.requests("auth/login")).as("the first login and the one that was banned").hasSize(2);
        }
        // close() sends no logout for a banned session: nothing to assert beyond no exception
    }

    @Test
    @DisplayName("reports bad credentials (200 Fails.) without the password")
    void badCredentialsFromFails() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v4.5.2", "2.8.19")) {
            assertThatThrownBy(() -> qbt.open("wrong-Pa55word"))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("bad user name or password for user 'admin'")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-Pa55word"));
        }
    }

    @Test
    @DisplayName("reports bad credentials (401) without the password, naming the Host-header cause too")
    void badCredentialsFrom401() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.3.0", "2.16.2")) {
            qbt.on("POST", "auth/login", Responder.always(ScriptedResponse.text(401, "")));
            assertThatThrownBy(() -> qbt.open("wrong-Pa55word"))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("HTTP 401")
                    .hasMessageContaining("Host")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-Pa55word"));
        }
    }

    @Test
    @DisplayName("without credentials, reports that the client requires a login")
    void missingCredentialsAreNamed() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4")) {
            assertThatThrownBy(() -> TorrentClients.open("qbittorrent", ClientConfig.parse(qbt.url())))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("no credentials were configured");
        }
    }

    @Test
    @DisplayName("logs out on close, once, however often close is called")
    void logsOutOnCloseOnce() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4")) {
            Api api = qbt.open();
            api.close();
            api.close();
            assertThat(qbt.requests("auth/logout")).hasSize(1);
        }
    }

    @Test
    @DisplayName("a login that answers Ok. with a cookie for another domain says no usable cookie was set, not a 403 story")
    void loginWithoutAUsableCookieSaysSo() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4")) {
            qbt.on("POST", "auth/login", r -> dev.torrentctl.daemons.scripted.ScriptedResponse.text(200, "Ok.")
                    .withHeader("Set-Cookie", "SID=abcdefgh12345678; Domain=elsewhere.example; Path=/"));
            org.assertj.core.api.Assertions.assertThatThrownBy(qbt::open)
                    .isInstanceOf(dev.torrentctl.api.AuthenticationException.class)
                    .hasMessageContaining("no session cookie usable for")
                    .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage()).doesNotContain("abcdefgh12345678"));
        }
    }
}
