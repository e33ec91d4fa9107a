package dev.torrentctl.backend.qbittorrent.scripted;

import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.daemons.faults.HostileHttpServer;
import dev.torrentctl.daemons.faults.TransportFaultKit;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;

/** The transport's fault probes, through the qBittorrent backend (its login, version and list calls). */
@DisplayName("qBittorrent against a hostile server")
class QBittorrentTransportFaultsTest extends TransportFaultKit {
    @Override
    protected String backend() {
        return "qbittorrent";
    }

    @Override
    protected ClientConfig.Builder config(String url) {
        return ClientConfig.builder(url).credentials(new Credentials("admin", ECHOED_PASSWORD));
    }

    @Override
    protected boolean isListRequest(String requestLine, String body) {
        return requestLine.contains("/api/v2/torrents/info");
    }

    @Override
    protected void answerWell(String requestLine, String body, OutputStream out) throws IOException {
        String text = requestLine.contains("webapiVersion") ? "2.11.4" : requestLine.contains("app/version") ? "v5.1.0" : "";
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        out.write(HostileHttpServer.head(200, "Content-Type: text/plain", "Content-Length: " + b.length));
        out.write(b);
    }

    @Override
    protected String listPrefix() {
        return "[";
    }

    @Override
    protected String listItemJson() {
        return "{\"hash\":\"0123456789abcdef0123456789abcdef01234567\",\"infohash_v1\":\"0123456789abcdef0123456789abcdef01234567\","
                + "\"name\":\"" + "n".repeat(900) + "\",\"state\":\"stoppedDL\",\"size\":1,\"total_size\":1}";
    }
}
