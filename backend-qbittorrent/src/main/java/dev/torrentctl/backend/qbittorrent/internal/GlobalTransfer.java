package dev.torrentctl.backend.qbittorrent.internal;

import com.google.gson.JsonObject;
import dev.torrentctl.api.ConnectionStatus;
import dev.torrentctl.api.DataRate;
import dev.torrentctl.api.SpeedLimits;
import dev.torrentctl.api.TransferInfo;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The client-wide side: global rate limits, the alternative-speed switch and transfer statistics.
 *
 * <p>Free disk space comes from {@code app/getFreeSpaceAtPath} on qBittorrent 5.3+, and from the
 * server state of {@code sync/maindata} on 5.0 to 5.2. That endpoint's first answer lists every
 * torrent, so this keeps its response id and later asks only for changes. qBittorrent 4.5 reports
 * 0 there whatever the disk holds, so it is reported as unknown.
 */
final class GlobalTransfer {
    private final Calls calls;
    private final Object maindataLock = new Object();
    private long maindataRid;
    private long freeSpace = -1;

    GlobalTransfer(Calls calls) {
        this.calls = calls;
    }

    SpeedLimits globalSpeedLimits() {
        calls.ensureOpen();
        return new SpeedLimits(QBittorrentLimits.rate(number("globalSpeedLimits", "transfer/downloadLimit")),
                QBittorrentLimits.rate(number("globalSpeedLimits", "transfer/uploadLimit")));
    }

    void setGlobalSpeedLimits(SpeedLimits limits) {
        Objects.requireNonNull(limits, "limits");
        calls.ensureOpen();
        calls.postOk("setGlobalSpeedLimits", "transfer/setDownloadLimit",
                Map.of("limit", QBittorrentLimits.rateParameter(limits.download())));
        calls.postOk("setGlobalSpeedLimits", "transfer/setUploadLimit",
                Map.of("limit", QBittorrentLimits.rateParameter(limits.upload())));
    }

    boolean alternativeSpeedMode() {
        calls.ensureOpen();
        return number("alternativeSpeedMode", "transfer/speedLimitsMode") == 1;
    }

    void setAlternativeSpeedMode(boolean on) {
        calls.ensureOpen();
        // setSpeedLimitsMode (2.8.14) is idempotent, unlike toggleSpeedLimitsMode
        calls.postOk("setAlternativeSpeedMode", "transfer/setSpeedLimitsMode", Map.of("mode", on ? "1" : "0"));
    }

    private long number(String operation, String endpoint) {
        WebApiSession.Text t = calls.session.get(operation, endpoint, Map.of());
        Calls.expectOk(operation, t);
        return number(operation, endpoint, t);
    }

    /** @return the answer's body as a number; anything else is a protocol error */
    private static long number(String operation, String endpoint, WebApiSession.Text t) {
        try {
            return Long.parseLong(t.body().strip());
        } catch (NumberFormatException e) {
            throw new dev.torrentctl.api.BackendProtocolException(Calls.BACKEND, operation, t.status(), t.body(),
                    endpoint + " answered something other than a number", e);
        }
    }

    TransferInfo transferInfo() {
        calls.ensureOpen();
        TransferInfo info = calls.getJson("transferInfo", "transfer/info", Map.of(), json -> {
            JsonObject o = json.getAsJsonObject();
            return new TransferInfo(
                    DataRate.ofBytesPerSecond(Math.max(0, o.get("dl_info_speed").getAsLong())),
                    DataRate.ofBytesPerSecond(Math.max(0, o.get("up_info_speed").getAsLong())),
                    Math.max(0, o.get("dl_info_data").getAsLong()),
                    Math.max(0, o.get("up_info_data").getAsLong()),
                    status(o.has("connection_status") ? o.get("connection_status").getAsString() : ""),
                    o.has("dht_nodes") ? OptionalInt.of(o.get("dht_nodes").getAsInt()) : OptionalInt.empty(),
                    OptionalLong.empty());
        });
        return new TransferInfo(info.downloadRate(), info.uploadRate(), info.sessionDownloadedBytes(),
                info.sessionUploadedBytes(), info.connectionStatus(), info.dhtNodes(), freeSpace());
    }

    private static ConnectionStatus status(String s) {
        return switch (s) {
            case "connected" -> ConnectionStatus.CONNECTED;
            case "firewalled" -> ConnectionStatus.FIREWALLED;
            case "disconnected" -> ConnectionStatus.DISCONNECTED;
            default -> ConnectionStatus.UNKNOWN;
        };
    }

    private OptionalLong freeSpace() {
        if (calls.webApi.atLeast(WebApiVersion.FREE_SPACE_AT_PATH)) {
            WebApiSession.Text path = calls.session.get("transferInfo", "app/defaultSavePath", Map.of());
            Calls.expectOk("transferInfo", path);
            WebApiSession.Text free = calls.session.post("transferInfo", "app/getFreeSpaceAtPath",
                    Map.of("path", path.body().strip()));
            Calls.expectOk("transferInfo", free);
            long bytes = number("transferInfo", "app/getFreeSpaceAtPath", free);
            return bytes < 0 ? OptionalLong.empty() : OptionalLong.of(bytes);
        }
        if (!calls.webApi.atLeast(WebApiVersion.MAINDATA_FREE_SPACE)) {
            return OptionalLong.empty();
        }
        synchronized (maindataLock) {
            calls.getJson("transferInfo", "sync/maindata", Map.of("rid", Long.toString(maindataRid)), json -> {
                JsonObject o = json.getAsJsonObject();
                if (o.has("rid")) {
                    maindataRid = o.get("rid").getAsLong();
                }
                JsonObject state = o.has("server_state") ? o.getAsJsonObject("server_state") : null;
                if (state != null && state.has("free_space_on_disk")) {
                    freeSpace = state.get("free_space_on_disk").getAsLong();
                }
                return freeSpace;
            });
            return freeSpace < 0 ? OptionalLong.empty() : OptionalLong.of(freeSpace);
        }
    }
}
