package dev.torrentctl.backend.qbittorrent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ConnectionException;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.daemons.DaemonExtension;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.QBittorrentContainer;
import dev.torrentctl.daemons.faults.ContainerRestart;
import dev.torrentctl.daemons.faults.TcpProxy;
import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.create.TorrentCreator;
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
 * Faults a real daemon produces: refusing a torrent libtorrent cannot load (which torrentctl now
 * refuses before sending; the 415's mapping is pinned by the scripted ErrorMappingTest), answering slower
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
    @DisplayName("a .torrent libtorrent cannot load (only an empty file): the daemon refuses it (posted as is), and"
            + " torrentctl refuses it before sending, as invalid input that names the problem")
    void corruptTorrentIsRefused() throws Exception {
        byte[] torrent = TorrentCreator.builder("only-empty", TorrentVersion.V1).singleFile(new byte[0]).build();
        assertThat(postAsIs(torrent)).as("the daemon's answer to the bytes posted as they are")
                .matches(answer -> answer.startsWith("415") || answer.startsWith("400") || answer.endsWith("Fails."));
        try (QBittorrentApi api = QBittorrentApi.connect(config(daemon.container().url()).build())) {
            assertThatThrownBy(() -> api.add(AddTorrentRequest.builder(TorrentSource.torrentFile(torrent)).stopped(true)
                    .build()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("not a valid .torrent file")
                    .hasMessageContaining("empty: 0 bytes, 0 pieces");
            assertThat(api.list()).isEmpty();
        }
    }

    /**
     * Logs in and posts the file to torrents/add with the JDK's HttpURLConnection: what the daemon
     * says, as "status body".
     */
    private String postAsIs(byte[] torrent) throws Exception {
        QBittorrentContainer c = daemon.container();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        HttpURLConnection login = (HttpURLConnection) URI.create(c.url() + "/api/v2/auth/login").toURL().openConnection();
        login.setRequestMethod("POST");
        login.setDoOutput(true);
        login.setRequestProperty("Referer", c.url());
        login.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        login.getOutputStream().write(("username=" + java.net.URLEncoder.encode(c.username(), utf8) + "&password="
                + java.net.URLEncoder.encode(c.password(), utf8)).getBytes(utf8));
        assertThat(login.getResponseCode()).as("login (5.3 answers 204 without a body)").isIn(200, 204);
        String setCookie = login.getHeaderField("Set-Cookie");
        assertThat(setCookie).as("the session cookie").isNotNull();
        String cookie = setCookie.split(";", 2)[0];
        String boundary = "torrentctl-boundary";
        HttpURLConnection add = (HttpURLConnection) URI.create(c.url() + "/api/v2/torrents/add").toURL().openConnection();
        add.setRequestMethod("POST");
        add.setDoOutput(true);
        add.setRequestProperty("Referer", c.url());
        add.setRequestProperty("Cookie", cookie);
        add.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + boundary);
        try (java.io.OutputStream out = add.getOutputStream()) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"torrents\"; filename=\"x.torrent\""
                    + "\r\nContent-Type: application/x-bittorrent\r\n\r\n").getBytes(utf8));
            out.write(torrent);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
        }
        int status = add.getResponseCode();
        java.io.InputStream body = status < 400 ? add.getInputStream() : add.getErrorStream();
        return status + " " + (body == null ? "" : new String(body.readAllBytes(), utf8).strip());
    }

    @Test
    @Order(2)
    @DisplayName("an answer slower than the read timeout fails as a read timeout, in bounded time, and the client recovers")
    void slowAnswerTimesOut() {
        QBittorrentContainer c = daemon.container();
        try (TcpProxy proxy = new TcpProxy(c.getHost(), c.getMappedPort(QBittorrentContainer.WEBUI_PORT));
                QBittorrentApi api = QBittorrentApi.connect(config(proxy.url()).readTimeout(Duration.ofMillis(700)).build())) {
            dev.torrentctl.daemons.faults.SlowAnswers.failAsReadTimeoutThenRecover(api, proxy);
        }
    }

    @Test
    @Order(3)
    @DisplayName("a stopped daemon is 'connection refused'; restarted, it has forgotten the session and the client logs in again once")
    void stoppedAndRestartedDaemon() {
        QBittorrentContainer c = daemon.container();
        try (TcpProxy proxy = new TcpProxy(c.getHost(), c.getMappedPort(QBittorrentContainer.WEBUI_PORT));
                QBittorrentApi direct = QBittorrentApi.connect(config(c.url()).build());
                QBittorrentApi viaProxy = QBittorrentApi.connect(config(proxy.url()).build())) {
            assertThat(direct.list()).isNotNull();
            assertThat(viaProxy.list()).isNotNull();
            assertThat(viaProxy.session().loginCount()).isEqualTo(1);

            ContainerRestart.stop(c);
            assertThatThrownBy(direct::list).isInstanceOf(ConnectionException.class)
                    .hasMessageContaining("connection refused").hasMessageContaining(c.url());

            proxy.retarget(ContainerRestart.start(c, QBittorrentContainer.WEBUI_PORT, "/api/v2/app/version"));

            assertThat(viaProxy.list()).isNotNull();
            assertThat(viaProxy.session().loginCount()).as("logins: the first, and one after the restart").isEqualTo(2);
        }
    }
}
