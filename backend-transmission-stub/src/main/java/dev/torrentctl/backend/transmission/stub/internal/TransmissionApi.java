package dev.torrentctl.backend.transmission.stub.internal;

import dev.torrentctl.backend.support.json.TolerantNumbers;
import dev.torrentctl.backend.support.ClosedGuard;
import dev.torrentctl.backend.support.Opening;
import dev.torrentctl.backend.support.Values;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.BackendProtocolException;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ClientInfo;
import dev.torrentctl.api.DataRate;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentState;
import dev.torrentctl.backend.transmission.stub.TransmissionProvider;
import dev.torrentctl.hashes.InfoHashV1;
import dev.torrentctl.hashes.TorrentFormatException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link Api} over Transmission's RPC, first slice: it connects, reads the daemon's version and
 * lists torrents, and declares exactly {@link Capability#LIST_TORRENTS}. Every other operation
 * answers {@link dev.torrentctl.api.UnsupportedCapabilityException} (the {@link Api} defaults).
 *
 * <p>Status mapping: 0 stopped → STOPPED, or COMPLETED when complete; 1, 2 → CHECKING; 3, 5 →
 * QUEUED; 4 → DOWNLOADING; 6 → SEEDING; a local error (error 3) → ERROR; anything else → UNKNOWN.
 * Tracker warnings and errors keep the state and fill {@link Torrent#errorMessage()}.
 */
public final class TransmissionApi implements Api {
    private static final String BACKEND = TransmissionProvider.NAME;
    private static final List<String> FIELDS = List.of("id", "hashString", "name", "status", "percentDone",
            "sizeWhenDone", "totalSize", "rateDownload", "rateUpload", "uploadRatio", "downloadDir", "labels",
            "addedDate", "doneDate", "eta", "error", "errorString");

    private final RpcSession session;
    private final ClientInfo info;
    private final ClosedGuard closed = new ClosedGuard(BACKEND);

    private TransmissionApi(RpcSession session, ClientInfo info) {
        this.session = session;
        this.info = info;
    }

    /**
     * Connects and reads the daemon's version.
     *
     * @param config where and how to connect
     * @return the connected client
     */
    public static TransmissionApi connect(ClientConfig config) {
        RpcSession session = new RpcSession(config);
        return Opening.open(session.events(), session, () -> {
            JsonObject fields = new JsonObject();
            JsonArray names = new JsonArray();
            names.add("version");
            names.add("rpc-version");
            fields.add("fields", names);
            JsonObject s = session.call("connect", "session-get", fields);
            String version = s.has("version") ? s.get("version").getAsString() : "";
            String rpc = s.has("rpc-version") ? s.get("rpc-version").getAsString() : "";
            if (version.isEmpty() || rpc.isEmpty()) {
                throw new BackendProtocolException(BACKEND, "connect", 200, s.toString(),
                        "session-get did not report version and rpc-version", null);
            }
            return new TransmissionApi(session, new ClientInfo(BACKEND, version, rpc,
                    config.credentials().isPresent() ? dev.torrentctl.api.AuthMethod.HTTP_BASIC_EVERY_REQUEST
                            : dev.torrentctl.api.AuthMethod.BYPASS));
        });
    }

    @Override
    public ClientInfo clientInfo() {
        return info;
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.LIST_TORRENTS);
    }

    @Override
    public List<Torrent> list() {
        closed.ensureOpen();
        JsonObject args = new JsonObject();
        JsonArray fields = new JsonArray();
        FIELDS.forEach(fields::add);
        args.add("fields", fields);
        JsonObject answer = session.call("list", "torrent-get", args);
        List<Torrent> out = new ArrayList<>();
        try {
            for (JsonElement e : answer.getAsJsonArray("torrents")) {
                out.add(torrent(e.getAsJsonObject()));
            }
        } catch (IllegalStateException | ClassCastException | NullPointerException | NumberFormatException
                | UnsupportedOperationException | TorrentFormatException e) {
            throw new BackendProtocolException(BACKEND, "list", 200, answer.toString(),
                    "torrent-get answered torrents that cannot be read", e);
        }
        return out;
    }

    private static Torrent torrent(JsonObject t) {
        TolerantNumbers n = new TolerantNumbers(BACKEND);
        int status = (int) n.integer(t, "status", 0, 6, -1);
        int error = (int) n.integer(t, "error", 0, 3, 0);
        double progress = n.real(t, "percentDone", 0, 1, 0);
        String errorString = t.has("errorString") ? t.get("errorString").getAsString() : "";
        Set<String> labels = new LinkedHashSet<>();
        if (t.has("labels")) {
            t.getAsJsonArray("labels").forEach(l -> labels.add(l.getAsString()));
        }
        long eta = n.integer(t, "eta", Long.MIN_VALUE, 100L * 365 * 86_400, -1);
        String hash = t.get("hashString").getAsString();
        return Torrent.builder(hash)
                .infoHashV1(Optional.of(InfoHashV1.parse(hash)))
                .name(t.get("name").getAsString())
                .state(state(status, error, progress))
                .rawState(Integer.toString(status))
                .progress(progress)
                .sizeBytes(n.integer(t, "sizeWhenDone", 0, Long.MAX_VALUE, 0))
                .totalSizeBytes(n.integer(t, "totalSize", 0, Long.MAX_VALUE, 0))
                .downloadRate(DataRate.ofBytesPerSecond(Math.max(0, n.integer(t, "rateDownload", Long.MIN_VALUE,
                        Long.MAX_VALUE, 0))))
                .uploadRate(DataRate.ofBytesPerSecond(Math.max(0, n.integer(t, "rateUpload", Long.MIN_VALUE,
                        Long.MAX_VALUE, 0))))
                .ratio(Math.max(0, n.real(t, "uploadRatio", -2, Double.MAX_VALUE, 0)))
                .savePath(t.get("downloadDir").getAsString())
                .tags(labels)
                .addedOn(Values.epochSeconds(n.integer(t, "addedDate", Long.MIN_VALUE, Long.MAX_VALUE, 0)))
                .completedOn(Values.epochSeconds(n.integer(t, "doneDate", Long.MIN_VALUE, Long.MAX_VALUE, 0)))
                .eta(eta < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(eta)))
                .errorMessage(error == 0 || errorString.isEmpty() ? Optional.empty() : Optional.of(errorString))
                .anomalies(n.takeAnomalies())
                .build();
    }

    static TorrentState state(int status, int error, double progress) {
        if (error == 3) {
            return TorrentState.ERROR;
        }
        return switch (status) {
            case 0 -> progress >= 1.0 ? TorrentState.COMPLETED : TorrentState.STOPPED;
            case 1, 2 -> TorrentState.CHECKING;
            case 3, 5 -> TorrentState.QUEUED;
            case 4 -> TorrentState.DOWNLOADING;
            case 6 -> TorrentState.SEEDING;
            default -> TorrentState.UNKNOWN;
        };
    }


    @Override
    public void close() {
        if (closed.close()) {
            session.close();
        }
    }
}
