package dev.torrentctl.backend.support.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ConnectionException;
import dev.torrentctl.api.TlsTrust;
import dev.torrentctl.daemons.scripted.Responder;
import dev.torrentctl.daemons.scripted.ScriptedHttpServer;
import dev.torrentctl.daemons.scripted.ScriptedResponse;
import dev.torrentctl.daemons.tls.SelfSignedCertificate;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The shared HTTP transport")
class HttpTransportTest {

    private static String get(HttpTransport transport, String url) {
        return transport.execute("probe", new HttpGet(url), r -> r.getCode() + " "
                + EntityUtils.toString(r.getEntity(), StandardCharsets.UTF_8));
    }

    @Nested
    @DisplayName("over TLS with a self-signed certificate")
    class Tls {
        static SelfSignedCertificate certificate;
        static ScriptedHttpServer server;

        @BeforeAll
        static void startServer() {
            certificate = SelfSignedCertificate.forLocalhost();
            server = ScriptedHttpServer.https(certificate.serverContext());
            server.on("GET", "/hello", Responder.always(ScriptedResponse.text(200, "hi")));
        }

        @AfterAll
        static void stopServer() {
            server.close();
        }

        private HttpTransport transport(TlsTrust trust) {
            return new HttpTransport("test", ClientConfig.builder(server.url()).tlsTrust(trust).build());
        }

        @Test
        @DisplayName("refuses it by default, and the error says TLS failed and names the URL")
        void refusesSelfSignedByDefault() {
            try (HttpTransport t = transport(TlsTrust.systemDefault())) {
                assertThatThrownBy(() -> get(t, server.url() + "/hello"))
                        .isInstanceOf(ConnectionException.class)
                        .hasMessageContaining("TLS failed")
                        .hasMessageContaining("certification path")
                        .hasMessageContaining(server.url() + "/hello");
            }
        }

        @Test
        @DisplayName("accepts it when that certificate is pinned")
        void acceptsPinnedCertificate() {
            try (HttpTransport t = transport(TlsTrust.pinnedCertificate(certificate.certificate()))) {
                assertThat(get(t, server.url() + "/hello")).isEqualTo("200 hi");
            }
        }

        @Test
        @DisplayName("accepts it from a custom trust store")
        void acceptsCustomTrustStore() {
            try (HttpTransport t = transport(TlsTrust.trustStore(certificate.trustStore()))) {
                assertThat(get(t, server.url() + "/hello")).isEqualTo("200 hi");
            }
        }

        @Test
        @DisplayName("refuses it when another certificate is pinned")
        void refusesOtherPinnedCertificate() {
            SelfSignedCertificate other = SelfSignedCertificate.forLocalhost();
            try (HttpTransport t = transport(TlsTrust.pinnedCertificate(other.certificate()))) {
                assertThatThrownBy(() -> get(t, server.url() + "/hello"))
                        .isInstanceOf(ConnectionException.class)
                        .hasMessageContaining("TLS failed");
            }
        }

        @Test
        @DisplayName("still checks the host name of a pinned certificate")
        void checksHostNameOfPinnedCertificate() {
            SelfSignedCertificate elsewhere = SelfSignedCertificate.forNames("seedbox.example", "dns:seedbox.example");
            try (ScriptedHttpServer s = ScriptedHttpServer.https(elsewhere.serverContext())) {
                s.on("GET", "/hello", Responder.always(ScriptedResponse.text(200, "hi")));
                try (HttpTransport t = new HttpTransport("test", ClientConfig.builder(s.url())
                        .tlsTrust(TlsTrust.pinnedCertificate(elsewhere.certificate())).build())) {
                    assertThatThrownBy(() -> get(t, s.url() + "/hello"))
                            .isInstanceOf(ConnectionException.class)
                            .hasMessageContaining("TLS failed")
                            .hasMessageContaining("127.0.0.1");
                }
            }
        }
    }

    @Nested
    @DisplayName("on a failing connection")
    class Failures {

        @Test
        @DisplayName("reports a closed port as connection refused")
        void closedPortIsRefused() throws Exception {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            String url = "http://127.0.0.1:" + port;
            try (HttpTransport t = new HttpTransport("test", ClientConfig.parse(url))) {
                assertThatThrownBy(() -> get(t, url + "/x"))
                        .isInstanceOf(ConnectionException.class)
                        .hasMessageContaining("connection refused")
                        .hasMessageContaining("[test] probe");
            }
        }

        @Test
        @DisplayName("gives up after the read timeout when the server does not answer")
        void readTimeoutBoundsASilentServer() {
            CountDownLatch release = new CountDownLatch(1);
            try (ScriptedHttpServer s = ScriptedHttpServer.http()) {
                s.on("GET", "/slow", r -> {
                    release.await();
                    return ScriptedResponse.text(200, "late");
                });
                try (HttpTransport t = new HttpTransport("test", ClientConfig.builder(s.url())
                        .readTimeout(Duration.ofMillis(300)).build())) {
                    assertThatThrownBy(() -> get(t, s.url() + "/slow"))
                            .isInstanceOf(ConnectionException.class)
                            .hasMessageContaining("read timed out");
                } finally {
                    release.countDown();
                }
            }
        }

        @Test
        @DisplayName("never puts the password of the URL into the error")
        void errorsDoNotEchoCredentials() throws Exception {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            String url = "http://admin:hunter2@127.0.0.1:" + port;
            try (HttpTransport t = new HttpTransport("test", ClientConfig.parse(url))) {
                assertThatThrownBy(() -> get(t, url + "/x"))
                        .isInstanceOf(ConnectionException.class)
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("admin"));
            }
        }
    }

    @Nested
    @DisplayName("on every request")
    class Headers {

        @Test
        @DisplayName("sends the configured user agent and extra headers, accepts gzip, and sends no Referer or Origin")
        void sendsConfiguredHeaders() {
            try (ScriptedHttpServer s = ScriptedHttpServer.http()) {
                s.on("GET", "/h", Responder.always(ScriptedResponse.text(200, "ok")));
                try (HttpTransport t = new HttpTransport("test", ClientConfig.builder(s.url())
                        .userAgent("probe/1").header("X-Api-Trace", "abc")
                        .responseCompression(dev.torrentctl.api.ResponseCompression.ALWAYS).build())) {
                    get(t, s.url() + "/h");
                }
                var request = s.requests("/h").get(0);
                assertThat(request.header("User-Agent")).contains("probe/1");
                assertThat(request.header("X-Api-Trace")).contains("abc");
                assertThat(request.header("Accept-Encoding")).hasValueSatisfying(v -> assertThat(v).contains("gzip"));
                assertThat(request.header("Referer")).isEmpty();
                assertThat(request.header("Origin")).isEmpty();
            }
        }

        @Test
        @DisplayName("by default asks for no gzip from a client on this machine (compressing costs it more than it saves)")
        void noGzipOnLoopbackByDefault() {
            try (ScriptedHttpServer s = ScriptedHttpServer.http()) {
                s.on("GET", "/h", Responder.always(ScriptedResponse.text(200, "ok")));
                try (HttpTransport t = new HttpTransport("test", ClientConfig.builder(s.url()).build())) {
                    get(t, s.url() + "/h");
                }
                assertThat(s.requests("/h").get(0).header("Accept-Encoding"))
                        .satisfiesAnyOf(v -> assertThat(v).isEmpty(), v -> assertThat(v.orElseThrow()).doesNotContain("gzip"));
            }
        }
    }
}
