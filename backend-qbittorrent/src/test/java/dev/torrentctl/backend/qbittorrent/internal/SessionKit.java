package dev.torrentctl.backend.qbittorrent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.AuthenticationBannedException;
import dev.torrentctl.api.AuthenticationException;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.daemons.DaemonExtension;
import dev.torrentctl.daemons.QBittorrentContainer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Session recovery and IP bans against a real qBittorrent; one subclass per version, because 4.x
 * and 5.x answer bad credentials differently (200 "Fails." and 401).
 */
abstract class SessionKit {
    /** Failed logins before the banning daemon bans: small, so the test is quick. */
    static final int MAX_AUTH_FAILURES = 2;

    /** @return a daemon with default ban settings */
    abstract DaemonExtension<QBittorrentContainer> daemon();

    /** @return a daemon that bans after {@link #MAX_AUTH_FAILURES} failed logins */
    abstract DaemonExtension<QBittorrentContainer> banningDaemon();

    private static ClientConfig config(QBittorrentContainer c, String password) {
        return ClientConfig.builder(c.url()).credentials(new Credentials(c.username(), password)).build();
    }

    @Test
    @DisplayName("after the server ends the session, the next call logs in again once and succeeds")
    void logsInAgainAfterServerSideLogout() {
        QBittorrentContainer c = daemon().container();
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
        QBittorrentContainer c = banningDaemon().container();
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
}
