package dev.torrentctl.backend.transmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.AddResult;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.AuthenticationException;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ConnectionException;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.api.RemoveMode;
import dev.torrentctl.api.TlsTrust;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.api.Wait;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.ReverseProxyContainer;
import dev.torrentctl.daemons.TransmissionContainer;
import dev.torrentctl.daemons.tls.SelfSignedCertificate;
import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.create.TorrentCreator;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Transmission behind a real nginx: HTTPS (Transmission has no TLS of its own) below the path
 * prefix {@code /tr/} (so the RPC is at {@code /tr/transmission/rpc}, the URL's path), and, with a second daemon without a password, the host-name whitelist
 * refusing a proxy's {@code Host}. One subclass per version.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReverseProxyKit {
    /** The RPC's path below the proxy's prefix: the URL's path is the whole RPC path. */
    private static final String RPC = "/transmission/rpc";
    private static final SelfSignedCertificate CERTIFICATE = SelfSignedCertificate.forLocalhost();

    private org.testcontainers.containers.Network network;
    private TransmissionContainer daemon;
    private TransmissionContainer open;
    private ReverseProxyContainer https;
    private ReverseProxyContainer toOpen;

    abstract DaemonImage image();

    @BeforeAll
    void startDaemonsAndProxies() {
        Assumptions.assumeFalse(DaemonImage.skipRequested(), () -> "daemon tests skipped on request (-D"
                + DaemonImage.SKIP_PROPERTY + "=true)");
        network = org.testcontainers.containers.Network.newNetwork();
        daemon = new TransmissionContainer(image()).withNetwork(network).withNetworkAliases("transmission");
        open = new TransmissionContainer(image()).withHostWhitelist("allowed.example").withNetwork(network)
                .withNetworkAliases("open-transmission");
        daemon.start();
        open.start();
        https = new ReverseProxyContainer(network, "/tr/", "transmission:" + TransmissionContainer.RPC_PORT)
                .withTls(CERTIFICATE);
        https.start();
        toOpen = new ReverseProxyContainer(network, "/tr/", "open-transmission:" + TransmissionContainer.RPC_PORT);
        toOpen.start();
    }

    @AfterAll
    void stopAll() {
        for (AutoCloseable c : new AutoCloseable[] {toOpen, https, open, daemon, network}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    // best effort
                }
            }
        }
    }

    private ClientConfig.Builder throughHttps() {
        assertThat(https.url()).startsWith("https://").endsWith("/tr");
        return ClientConfig.builder(https.url() + RPC).credentials(new Credentials(daemon.username(), daemon.password()));
    }

    @Test
    @DisplayName("HTTPS through nginx at /tr/transmission/rpc with a pinned certificate: add a .torrent, find it, call session-get raw, remove it")
    void everythingWorksOverHttpsThroughTheProxy() {
        byte[] data = new byte[40_000];
        new Random(7).nextBytes(data);
        byte[] torrent = TorrentCreator.builder("proxied-" + image().version(), TorrentVersion.V1).singleFile(data).build();
        TorrentRef ref = TorrentRef.of(Metainfo.parse(torrent).infoHashes());
        try (Api api = TorrentClients.open("transmission", throughHttps()
                .tlsTrust(TlsTrust.pinnedCertificate(CERTIFICATE.certificate())).build())) {
            AddResult added = api.add(AddTorrentRequest.builder(TorrentSource.torrentFile(torrent)).stopped(true).build(),
                    Wait.afterAdd());
            assertThat(added.outcome()).isEqualTo(AddResult.Outcome.ADDED);
            assertThat(api.get(ref).name()).isEqualTo("proxied-" + image().version());
            String session = api.rawCall("session-get", Map.of()).body();
            assertThat(session).contains(api.clientInfo().version()).contains("/downloads");
            api.remove(ref, RemoveMode.DELETE_DATA);
            assertThat(api.find(ref)).isEmpty();
        }
    }

    @Test
    @DisplayName("default verification refuses nginx's self-signed certificate and says TLS failed, without the password")
    void defaultVerificationRefuses() {
        assertThatThrownBy(() -> TorrentClients.open("transmission", throughHttps().build()))
                .isInstanceOf(ConnectionException.class)
                .hasMessageContaining("TLS failed")
                .hasMessageNotContaining(daemon.password());
    }

    @Test
    @DisplayName("without a password, a Host outside rpc-host-whitelist is refused with 421: an error naming the setting")
    void hostWhitelistRefusesTheProxysHost() {
        assertThatThrownBy(() -> TorrentClients.open("transmission", ClientConfig.builder(toOpen.url() + RPC).build()))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("rpc-host-whitelist")
                .hasMessageContaining("421");
        try (Api direct = TorrentClients.open("transmission", ClientConfig.builder(open.url()).build())) {
            assertThat(direct.list()).isNotNull(); // localhost is always allowed
        }
    }
}
