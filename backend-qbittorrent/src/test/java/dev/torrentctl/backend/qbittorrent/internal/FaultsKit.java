package dev.torrentctl.backend.qbittorrent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.ExposedPort;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ConnectionException;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.daemons.DaemonExtension;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.QBittorrentContainer;
import dev.torrentctl.daemons.faults.TcpProxy;
import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.create.TorrentCreator;
import dev.torrentctl.tck.TckSettings;
import dev.torrentctl.tck.internal.Poller;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Faults a real daemon produces: refusing a torrent libtorrent cannot load (415), answering slower
 * than the read timeout (through a delaying proxy), going away (connection refused) and coming back
 * without its sessions after a restart. One subclass per version; the restart comes last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class FaultsKit {
    abstract DaemonImage image();

    @RegisterExtension
    final DaemonExtension<QBittorrentContainer> daemon = new DaemonExtension<>(image(), QBittorrentContainer::new);

    private ClientConfig.Builder config(String url) {
        QBittorrentContainer c = daemon.container();
        return ClientConfig.builder(url).credentials(new Credentials(c.username(), c.password()));
    }

    @Test
    @Order(1)
    @DisplayName("a .torrent libtorrent cannot load (only an empty file) is refused with 415 and reported as invalid input")
    void corruptTorrentIsRefused() {
        byte[] torrent = TorrentCreator.builder("only-empty", TorrentVersion.V1).singleFile(new byte[0]).build();
        try (QBittorrentApi api = QBittorrentApi.connect(config(daemon.container().url()).build())) {
            assertThatThrownBy(() -> api.add(AddTorrentRequest.builder(TorrentSource.torrentFile(torrent)).stopped(true)
                    .build()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("qBittorrent rejected the torrent")
                    .hasMessageContaining("not a valid torrent");
        }
    }

    @Test
    @Order(2)
    @DisplayName("an answer slower than the read timeout fails as a read timeout, in bounded time, and the client recovers")
    void slowAnswerTimesOut() {
        QBittorrentContainer c = daemon.container();
        try (TcpProxy proxy = new TcpProxy(c.getHost(), c.getMappedPort(QBittorrentContainer.WEBUI_PORT));
                QBittorrentApi api = QBittorrentApi.connect(config(proxy.url()).readTimeout(Duration.ofMillis(700)).build())) {
            assertThat(api.list()).isNotNull();
            proxy.delayAnswers(Duration.ofSeconds(3));
            long start = System.nanoTime();
            assertThatThrownBy(api::list).isInstanceOf(ConnectionException.class)
                    .hasMessageContaining("read timed out").hasMessageContaining(proxy.url());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
            proxy.delayAnswers(Duration.ZERO);
            assertThat(api.list()).isNotNull();
        }
    }

    @Test
    @Order(3)
    @DisplayName("a stopped daemon is 'connection refused'; restarted, it has forgotten the session and the client logs in again once")
    void stoppedAndRestartedDaemon() {
        QBittorrentContainer c = daemon.container();
        DockerClient docker = c.getDockerClient();
        try (TcpProxy proxy = new TcpProxy(c.getHost(), c.getMappedPort(QBittorrentContainer.WEBUI_PORT));
                QBittorrentApi direct = QBittorrentApi.connect(config(c.url()).build());
                QBittorrentApi viaProxy = QBittorrentApi.connect(config(proxy.url()).build())) {
            assertThat(direct.list()).isNotNull();
            assertThat(viaProxy.list()).isNotNull();
            assertThat(viaProxy.session().loginCount()).isEqualTo(1);

            docker.stopContainerCmd(c.getContainerId()).withTimeout(10).exec();
            assertThatThrownBy(direct::list).isInstanceOf(ConnectionException.class)
                    .hasMessageContaining("connection refused").hasMessageContaining(c.url());

            docker.startContainerCmd(c.getContainerId()).exec();
            int port = Integer.parseInt(docker.inspectContainerCmd(c.getContainerId()).exec().getNetworkSettings()
                    .getPorts().getBindings().get(ExposedPort.tcp(QBittorrentContainer.WEBUI_PORT))[0].getHostPortSpec());
            proxy.retarget(port);
            new Poller(new TckSettings(Duration.ofSeconds(60), Duration.ofMillis(200))).until(
                    "the restarted Web UI answers", () -> answers("http://" + c.getHost() + ":" + port), ok -> ok);

            assertThat(viaProxy.list()).isNotNull();
            assertThat(viaProxy.session().loginCount()).as("logins: the first, and one after the restart").isEqualTo(2);
        }
    }

    private static boolean answers(String base) {
        try {
            HttpURLConnection http = (HttpURLConnection) URI.create(base + "/api/v2/app/version").toURL().openConnection();
            http.setConnectTimeout(500);
            http.setReadTimeout(500);
            return http.getResponseCode() > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
