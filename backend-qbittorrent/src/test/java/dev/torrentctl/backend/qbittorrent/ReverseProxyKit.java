package dev.torrentctl.backend.qbittorrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.AddResult;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.AuthenticationException;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.api.RemoveMode;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.QBittorrentContainer;
import dev.torrentctl.daemons.ReverseProxyContainer;
import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.create.TorrentCreator;
import dev.torrentctl.tck.TckSettings;
import dev.torrentctl.tck.internal.Poller;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testcontainers.containers.Network;

/**
 * qBittorrent behind a real nginx at {@code /qbt/}, with the server's Host-header validation and
 * CSRF protection on (they are off for direct tests, because Docker's port mapping changes the
 * port). One subclass per version.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReverseProxyKit {
    private Network network;
    private QBittorrentContainer qbittorrent;
    private ReverseProxyContainer proxy;

    abstract DaemonImage image();

    @BeforeAll
    void startDaemonAndProxy() {
        Assumptions.assumeFalse(DaemonImage.skipRequested(), () -> "daemon tests skipped on request (-D"
                + DaemonImage.SKIP_PROPERTY + "=true)");
        network = Network.newNetwork();
        qbittorrent = new QBittorrentContainer(image()).withHostHeaderValidation().withNetwork(network)
                .withNetworkAliases("qbittorrent");
        qbittorrent.start();
        proxy = new ReverseProxyContainer(network, "/qbt/", "qbittorrent:" + QBittorrentContainer.WEBUI_PORT);
        proxy.start();
    }

    @AfterAll
    void stopDaemonAndProxy() {
        if (proxy != null) {
            proxy.stop();
        }
        if (qbittorrent != null) {
            qbittorrent.stop();
        }
        if (network != null) {
            network.close();
        }
    }

    private ClientConfig.Builder throughProxy() {
        return ClientConfig.builder(proxy.url())
                .credentials(new Credentials(qbittorrent.username(), qbittorrent.password()));
    }

    @Test
    @DisplayName("through the proxy prefix: log in, upload a .torrent, find it, call raw, remove it")
    void everythingWorksThroughTheProxy() {
        byte[] data = new byte[40_000];
        new Random(7).nextBytes(data);
        byte[] torrent = TorrentCreator.builder("proxied-" + image().version(), TorrentVersion.V1).singleFile(data).build();
        TorrentRef ref = TorrentRef.of(Metainfo.parse(torrent).infoHashes());
        try (Api api = TorrentClients.open("qbittorrent", throughProxy().build())) {
            AddResult added = api.add(AddTorrentRequest.builder(TorrentSource.torrentFile(torrent)).stopped(true).build());
            assertThat(added.outcome()).isEqualTo(AddResult.Outcome.ADDED);
            // qBittorrent adds asynchronously (4.x answers "Ok." before the torrent is listed)
            new Poller(TckSettings.DEFAULT).until(ref + " is listed through the proxy", () -> api.find(ref),
                    java.util.Optional::isPresent);
            assertThat(api.rawCall("app/version", Map.of()).body()).isEqualTo(api.clientInfo().version());
            api.remove(ref, RemoveMode.DELETE_DATA);
        }
    }

    @Test
    @DisplayName("directly through Docker's port mapping, host-header validation refuses, and the error says why")
    void hostHeaderValidationRefusesDirectAccess() {
        assertThatThrownBy(() -> TorrentClients.open("qbittorrent", ClientConfig.builder(qbittorrent.url())
                .credentials(new Credentials(qbittorrent.username(), qbittorrent.password())).build()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("HTTP 401")
                .hasMessageContaining("Host")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(qbittorrent.password()));
    }

    @Test
    @DisplayName("a foreign Origin header is refused by the server's CSRF protection, and the error says so")
    void foreignOriginIsRefused() {
        assertThatThrownBy(() -> TorrentClients.open("qbittorrent", throughProxy()
                .header("Origin", "http://evil.example").build()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("Origin");
    }
}
