package dev.torrentctl.backend.transmission.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.AuthenticationBannedException;
import dev.torrentctl.api.AuthenticationException;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ConnectionException;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.backend.transmission.TransmissionProtocol;
import dev.torrentctl.daemons.DaemonExtension;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.TransmissionContainer;
import dev.torrentctl.daemons.faults.ContainerRestart;
import dev.torrentctl.daemons.faults.TcpProxy;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Faults a real Transmission produces: a wrong password, an address outside its IP whitelist,
 * answers slower than the read timeout (through a delaying proxy), a stopped daemon, and a
 * restarted one whose new session id the client takes up with one 409. One subclass per version;
 * the restart comes last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class FaultsKit {
    abstract DaemonImage image();

    @RegisterExtension
    final DaemonExtension<TransmissionContainer> daemon = new DaemonExtension<>(image(), TransmissionContainer::new);

    private ClientConfig.Builder config(String url, String password) {
        return ClientConfig.builder(url).credentials(new Credentials(daemon.container().username(), password));
    }

    private TransmissionApi connect(String url) {
        return TransmissionApi.connect(config(url, daemon.container().password()).build(), TransmissionProtocol.AUTO);
    }

    @Test
    @Order(1)
    @DisplayName("a wrong password is an AuthenticationException, not a ban, and is not retried")
    void wrongPassword() {
        TransmissionContainer c = daemon.container();
        String wrong = "wrong-" + c.password();
        long start = System.nanoTime();
        assertThatThrownBy(() -> TransmissionApi.connect(config(c.url(), wrong).build(), TransmissionProtocol.AUTO))
                .isInstanceOf(AuthenticationException.class).isNotInstanceOf(AuthenticationBannedException.class)
                .hasMessageContaining("bad user name or password").hasMessageNotContaining(wrong);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        try (TransmissionApi api = connect(c.url())) {
            assertThat(api.list()).isNotNull(); // one failure locks nothing
        }
    }

    @Test
    @Order(2)
    @DisplayName("an address outside rpc-whitelist is refused with 403: an AuthenticationException naming the setting, not a ban")
    void ipWhitelist() {
        try (TransmissionContainer fenced = new TransmissionContainer(image()).withRpcWhitelist("10.255.255.1")) {
            fenced.start();
            assertThatThrownBy(() -> TransmissionApi.connect(ClientConfig.builder(fenced.url()).credentials(
                    new Credentials(fenced.username(), fenced.password())).build(), TransmissionProtocol.AUTO))
                    .isInstanceOf(AuthenticationException.class).isNotInstanceOf(AuthenticationBannedException.class)
                    .hasMessageContaining("rpc-whitelist");
        }
    }

    @Test
    @Order(3)
    @DisplayName("an answer slower than the read timeout fails as a read timeout, in bounded time, and the client recovers")
    void slowAnswerTimesOut() {
        TransmissionContainer c = daemon.container();
        try (TcpProxy proxy = new TcpProxy(c.getHost(), c.getMappedPort(TransmissionContainer.RPC_PORT));
                TransmissionApi api = TransmissionApi.connect(config(proxy.url(), c.password())
                        .readTimeout(Duration.ofMillis(700)).build(), TransmissionProtocol.AUTO)) {
            dev.torrentctl.daemons.faults.SlowAnswers.failAsReadTimeoutThenRecover(api, proxy);
        }
    }

    @Test
    @Order(4)
    @DisplayName("a stopped daemon is 'connection refused'; restarted, its session id is new and the client takes it up with one 409")
    void stoppedAndRestartedDaemon() {
        TransmissionContainer c = daemon.container();
        try (TcpProxy proxy = new TcpProxy(c.getHost(), c.getMappedPort(TransmissionContainer.RPC_PORT));
                TransmissionApi direct = connect(c.url());
                TransmissionApi viaProxy = connect(proxy.url())) {
            assertThat(direct.list()).isNotNull();
            assertThat(viaProxy.list()).isNotNull();
            int before = viaProxy.handshakes();

            ContainerRestart.stop(c);
            assertThatThrownBy(direct::list).isInstanceOf(ConnectionException.class)
                    .hasMessageContaining("connection refused").hasMessageContaining(c.url());

            proxy.retarget(ContainerRestart.start(c, TransmissionContainer.RPC_PORT, "/transmission/rpc"));

            assertThat(viaProxy.list()).isNotNull();
            assertThat(viaProxy.handshakes()).as("session ids: the ones before, and one after the restart")
                    .isEqualTo(before + 1);
        }
    }
}
