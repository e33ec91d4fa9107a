package dev.torrentctl.backend.qbittorrent.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.api.Api;
import dev.torrentctl.daemons.secrets.SecretScanExtension;
import dev.torrentctl.daemons.secrets.Secrets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * HttpClient's own logs (its wire and headers loggers, through SLF4J and torrentctl's provider)
 * reach java.util.logging, where the secret scan reads them: here they are shown to be captured,
 * and to hold the login and the session cookie only as {@code ****}.
 */
@DisplayName("HttpClient's wire logs")
class HttpClientLogsTest {

    @Test
    @DisplayName("are captured at TRACE with the password and the session cookie redacted")
    void wireLogsAreCapturedAndRedacted() {
        Secrets.register(ScriptedQBittorrent.PASSWORD, "password of the scripted qBittorrent");
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            api.list();
        }
        List<String> wire = SecretScanExtension.capturedFrom("org.apache.hc.client5.http.wire");
        List<String> headers = SecretScanExtension.capturedFrom("org.apache.hc.client5.http.headers");
        assertThat(wire).as("wire log records").isNotEmpty();
        assertThat(headers).as("headers log records").isNotEmpty();
        assertThat(wire).anySatisfy(l -> assertThat(l).contains("password=****"));
        assertThat(headers).anySatisfy(l -> assertThat(l).containsIgnoringCase("cookie: ****"));
        assertThat(wire).noneSatisfy(l -> assertThat(l).contains(ScriptedQBittorrent.PASSWORD));
        // the class's scan (SecretScanExtension) checks every record again after this class
    }
}
