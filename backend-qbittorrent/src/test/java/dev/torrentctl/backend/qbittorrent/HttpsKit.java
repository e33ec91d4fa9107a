package dev.torrentctl.backend.qbittorrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ConnectionException;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.api.TlsTrust;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.daemons.DaemonExtension;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.QBittorrentContainer;
import dev.torrentctl.daemons.tls.SelfSignedCertificate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** qBittorrent's own HTTPS Web UI, with a certificate the test makes; one subclass per version. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // lets the daemon be a per-class extension on an instance field
abstract class HttpsKit {
    /** The certificate every subclass's daemon serves (made once per test JVM). */
    static final SelfSignedCertificate CERTIFICATE = SelfSignedCertificate.forLocalhost();

    /** @return the version under test */
    abstract DaemonImage image();

    @RegisterExtension
    final DaemonExtension<QBittorrentContainer> daemon = new DaemonExtension<>(image(),
            image -> new QBittorrentContainer(image).withHttps(CERTIFICATE));

    private ClientConfig.Builder config() {
        QBittorrentContainer c = daemon.container();
        assertThat(c.url()).startsWith("https://");
        return ClientConfig.builder(c.url()).credentials(new Credentials(c.username(), c.password()));
    }

    @Test
    @DisplayName("a pinned self-signed certificate connects over HTTPS")
    void pinnedCertificate() {
        try (Api api = TorrentClients.open("qbittorrent", config()
                .tlsTrust(TlsTrust.pinnedCertificate(CERTIFICATE.certificate())).build())) {
            assertThat(api.list()).isNotNull();
        }
    }

    @Test
    @DisplayName("a trust store holding the certificate connects over HTTPS")
    void trustStore() {
        try (Api api = TorrentClients.open("qbittorrent", config()
                .tlsTrust(TlsTrust.trustStore(CERTIFICATE.trustStore())).build())) {
            assertThat(api.list()).isNotNull();
        }
    }

    @Test
    @DisplayName("default verification refuses the self-signed certificate and says TLS failed")
    void defaultVerificationRefuses() {
        assertThatThrownBy(() -> TorrentClients.open("qbittorrent", config().build()))
                .isInstanceOf(ConnectionException.class)
                .hasMessageContaining("TLS failed")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(daemon.container().password()));
    }

    @Test
    @DisplayName("another pinned certificate is refused")
    void otherCertificateRefused() {
        SelfSignedCertificate other = SelfSignedCertificate.forLocalhost();
        assertThatThrownBy(() -> TorrentClients.open("qbittorrent", config()
                .tlsTrust(TlsTrust.pinnedCertificate(other.certificate())).build()))
                .isInstanceOf(ConnectionException.class)
                .hasMessageContaining("TLS failed");
    }
}
