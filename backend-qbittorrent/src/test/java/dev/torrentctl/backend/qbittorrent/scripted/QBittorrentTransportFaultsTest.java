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

    private static final String HASH = "0123456789abcdef0123456789abcdef01234567";

    @Override
    protected java.util.Map<String, java.util.function.Consumer<dev.torrentctl.api.Api>> calls() {
        dev.torrentctl.api.TorrentRef ref = dev.torrentctl.api.TorrentRef.parse(HASH);
        java.util.Map<String, java.util.function.Consumer<dev.torrentctl.api.Api>> calls = new java.util.LinkedHashMap<>();
        calls.put("torrents/properties", api -> api.properties(ref));
        calls.put("torrents/files", api -> api.files(ref));
        calls.put("torrents/trackers", api -> api.trackers(ref));
        calls.put("sync/torrentPeers", api -> api.peers(ref));
        calls.put("transfer/info", dev.torrentctl.api.Api::transferInfo);
        calls.put("torrents/categories", dev.torrentctl.api.Api::categories);
        calls.put("torrents/tags", dev.torrentctl.api.Api::tags);
        calls.put("transfer/downloadLimit", dev.torrentctl.api.Api::globalSpeedLimits);
        calls.put("torrents/add", api -> api.add(dev.torrentctl.api.AddTorrentRequest.of(
                dev.torrentctl.api.TorrentSource.magnet("magnet:?xt=urn:btih:" + "1".repeat(40)))));
        calls.put("app/preferences", api -> api.rawCall("app/preferences", java.util.Map.of()));
        return calls;
    }

    @Override
    protected void answerWell(String requestLine, String body, OutputStream out) throws IOException {
        String text = requestLine.contains("webapiVersion") ? "2.11.4" : requestLine.contains("app/version") ? "v5.1.0"
                : requestLine.contains("torrents/info") ? "[{\"hash\":\"" + HASH + "\",\"infohash_v1\":\"" + HASH
                        + "\",\"name\":\"t\",\"state\":\"stoppedDL\"}]" : "";
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        out.write(HostileHttpServer.head(200, "Content-Type: text/plain", "Content-Length: " + b.length));
        out.write(b);
    }

    @Override
    protected String listSuffix() {
        return "]";
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

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.Timeout(60)
    @DisplayName("after a call times out, close() does not log out (a slow or gone server would hold it)")
    void closeAfterATimeoutSkipsTheLogout() {
        java.util.concurrent.atomic.AtomicBoolean loggedIn = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (HostileHttpServer server = HostileHttpServer.start((line, body, out) -> {
            seen.add(line);
            if (line.contains("auth/login")) {
                loggedIn.set(true);
                out.write(HostileHttpServer.head(200, "Set-Cookie: SID=abcdefghijkl; Path=/", "Content-Length: 3"));
                out.write("Ok.".getBytes(StandardCharsets.UTF_8));
            } else if (line.contains("webapiVersion") && !loggedIn.get()) {
                out.write(HostileHttpServer.head(403, "Content-Length: 9"));
                out.write("Forbidden".getBytes(StandardCharsets.UTF_8));
            } else if (line.contains("torrents/info")) {
                out.write(HostileHttpServer.head(200, "Content-Type: application/json", "Content-Length: 10"));
                out.flush();
                Thread.sleep(120_000);
            } else {
                answerWell(line, body, out);
            }
        })) {
            dev.torrentctl.api.Api api = dev.torrentctl.api.TorrentClients.open(backend(), config(server.url())
                    .callTimeout(java.time.Duration.ofSeconds(2)).build());
            org.assertj.core.api.Assertions.assertThatThrownBy(api::list)
                    .isInstanceOf(dev.torrentctl.api.ConnectionException.class);
            api.close();
            org.assertj.core.api.Assertions.assertThat(seen).anyMatch(l -> l.contains("auth/login"))
                    .noneMatch(l -> l.contains("auth/logout"));
        }
    }
}
