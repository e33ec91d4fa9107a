package dev.torrentctl.daemons.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecretScanExtensionTest {

    @Test
    @DisplayName("a System.Logger TRACE record of torrentctl reaches the capture")
    void traceRecordsAreCaptured() {
        new SecretScanExtension(); // installs the capture
        long before = SecretScanExtension.capturedSoFar();
        System.getLogger("dev.torrentctl.test").log(System.Logger.Level.TRACE, "hello {0}", "world");
        assertThat(SecretScanExtension.capturedSoFar()).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("a registered secret in a message, a parameter or an exception is reported by origin, never shown")
    void registeredSecretsAreFound() {
        Map<String, String> secrets = Map.of("hunter2-secret", "test password");
        List<String> findings = SecretScanExtension.scan(List.of(
                new SecretScanExtension.Captured("a", "FINE", "login with hunter2-secret"),
                new SecretScanExtension.Captured("b", "FINEST", "all clean")), secrets);
        assertThat(findings).containsExactly("a FINE: contains the test password");
        assertThat(String.join("", findings)).doesNotContain("hunter2-secret");
    }

    @Test
    @DisplayName("cookie, Authorization and session-id shapes are reported even when not registered")
    void secretShapesAreFound() {
        List<String> findings = SecretScanExtension.scan(List.of(
                new SecretScanExtension.Captured("a", "FINE", "Cookie: QBT_SID_8080=abcdefghijklmnop"),
                new SecretScanExtension.Captured("b", "FINE", "Authorization: Basic dXNlcjpwdw=="),
                new SecretScanExtension.Captured("c", "FINE", "X-Transmission-Session-Id: 0123456789abcdef"),
                new SecretScanExtension.Captured("d", "FINE", "POST http://h:1/api/v2/auth/login -> 200")), Map.of());
        assertThat(findings).hasSize(3).noneMatch(f -> f.startsWith("d "));
    }
}
