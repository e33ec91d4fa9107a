package dev.torrentctl.backend.transmission.stub.scripted;

import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.daemons.faults.HostileHttpServer;
import dev.torrentctl.daemons.faults.TransportFaultKit;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;

/** The transport's fault probes, through the Transmission stub (its session-get and torrent-get). */
@DisplayName("Transmission against a hostile server")
class TransmissionTransportFaultsTest extends TransportFaultKit {
    @Override
    protected String backend() {
        return "transmission-stub";
    }

    @Override
    protected ClientConfig.Builder config(String url) {
        return ClientConfig.builder(url).credentials(new Credentials("admin", ECHOED_PASSWORD));
    }

    /** The stub declares only listing: its other calls are opening and listing, probed on their own. */
    @Override
    protected java.util.Map<String, java.util.function.Consumer<dev.torrentctl.api.Api>> calls() {
        return java.util.Map.of();
    }

    @Override
    protected boolean isListRequest(String requestLine, String body) {
        return body.contains("torrent-get");
    }

    @Override
    protected void answerWell(String requestLine, String body, OutputStream out) throws IOException {
        byte[] b = "{\"result\":\"success\",\"arguments\":{\"version\":\"4.1.4\",\"rpc-version\":19}}"
                .getBytes(StandardCharsets.UTF_8);
        out.write(HostileHttpServer.head(200, "Content-Type: application/json", "Content-Length: " + b.length));
        out.write(b);
    }

    @Override
    protected String listSuffix() {
        return "]}}";
    }

    @Override
    protected String listPrefix() {
        return "{\"result\":\"success\",\"arguments\":{\"torrents\":[";
    }

    @Override
    protected String listItemJson() {
        return "{\"hashString\":\"0123456789abcdef0123456789abcdef01234567\",\"name\":\"" + "n".repeat(900)
                + "\",\"status\":0,\"percentDone\":0,\"sizeWhenDone\":1,\"totalSize\":1,\"rateDownload\":0,"
                + "\"rateUpload\":0,\"uploadRatio\":0,\"downloadDir\":\"/d\"}";
    }
}
