package dev.torrentctl.daemons.faults;

import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.Credentials;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;

/**
 * The transport's fault probes through a backend over Transmission's RPC (its session-get and
 * torrent-get, in the legacy dialect): every such backend extends it with its name.
 */
@DisplayName("Transmission against a hostile server")
public abstract class TransmissionTransportFaultKit extends TransportFaultKit {
    /** @return what the hostile server's well-formed {@code session-get} reports as {@code version} */
    protected abstract String daemonVersion();

    /** @return what it reports as {@code rpc-version} (17 or lower keeps a backend on the legacy RPC) */
    protected abstract int rpcVersion();

    @Override
    protected ClientConfig.Builder config(String url) {
        return ClientConfig.builder(url).credentials(new Credentials("admin", ECHOED_PASSWORD));
    }

    /** Opening and listing, which every Transmission backend has, are probed on their own; no other call is. */
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
        byte[] b = ("{\"result\":\"success\",\"arguments\":{\"version\":\"" + daemonVersion() + "\",\"rpc-version\":" + rpcVersion() + "}}")
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
