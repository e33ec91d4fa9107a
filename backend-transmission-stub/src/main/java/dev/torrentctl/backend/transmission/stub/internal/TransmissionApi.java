package dev.torrentctl.backend.transmission.stub.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.AuthMethod;
import dev.torrentctl.api.BackendProtocolException;
import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ClientInfo;
import dev.torrentctl.api.DataRate;
import dev.torrentctl.api.ResponseLimits;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentClientException;
import dev.torrentctl.api.TorrentFilter;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.TorrentState;
import dev.torrentctl.api.Wait;
import dev.torrentctl.api.spi.BulkChange;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@link Api} over Transmission's RPC, as small as a backend can be and still be correct: it lists
 * torrents, finds one by reference, and starts and stops them ({@link BulkChange} resolves the
 * references, leaves out torrents already as asked and waits), and declares exactly that. Every
 * other operation answers {@link dev.torrentctl.api.UnsupportedCapabilityException} through the
 * {@link Api} defaults. Read the README's "Write a backend" guide beside it.
 *
 * <p>Status mapping: 0 stopped → STOPPED, or COMPLETED when complete; 1, 2 → CHECKING; 3, 5 →
 * QUEUED; 4 → DOWNLOADING; 6 → SEEDING; a local error (error 3) → ERROR; anything else → UNKNOWN.
 */
public final class TransmissionApi implements Api {
    private static final String BACKEND = RpcSession.BACKEND;
    private static final Set<Capability> CAPABILITIES = Set.of(Capability.LIST_TORRENTS, Capability.GET_TORRENT,
            Capability.STOP_START);
    private static final String FIELDS = "[\"hashString\",\"name\",\"status\",\"error\",\"errorString\","
            + "\"percentDone\",\"sizeWhenDone\",\"totalSize\",\"rateDownload\",\"rateUpload\",\"uploadRatio\","
            + "\"downloadDir\",\"labels\",\"addedDate\",\"doneDate\",\"eta\"]";

    private final RpcSession session;
    private final ClientInfo info;
    private final ResponseLimits limits;
    private final AtomicBoolean closed = new AtomicBoolean();

    private TransmissionApi(RpcSession session, ClientInfo info, ResponseLimits limits) {
        this.session = session;
        this.info = info;
        this.limits = limits;
    }

    /**
     * Connects and reads the daemon's version; reports the connection's events.
     *
     * @param config where and how to connect
     * @return the connected client
     */
    public static TransmissionApi connect(ClientConfig config) {
        RpcSession session = new RpcSession(config);
        session.events().connecting();
        try {
            String json = session.post("connect", "{\"method\":\"session-get\",\"arguments\":{\"fields\":"
                    + "[\"version\",\"rpc-version\"]}}", config.responseLimits().maxBodyBytes(), "maxBodyBytes",
                    body -> new String(body.readAllBytes(), StandardCharsets.UTF_8));
            JsonObject args = arguments(session.url(), "connect", json);
            if (!args.has("version") || !args.has("rpc-version")) {
                throw new BackendProtocolException(BACKEND, "connect", 200, json, "session-get did not report version"
                        + " and rpc-version", null);
            }
            ClientInfo info = new ClientInfo(BACKEND, args.get("version").getAsString(),
                    args.get("rpc-version").getAsString(), config.credentials().isPresent()
                            ? AuthMethod.HTTP_BASIC_EVERY_REQUEST : AuthMethod.BYPASS);
            session.events().opened();
            return new TransmissionApi(session, info, config.responseLimits());
        } catch (TorrentClientException e) {
            session.events().failed(e);
            session.close();
            throw e;
        } catch (RuntimeException e) {
            session.close();
            throw new BackendProtocolException(BACKEND, "connect", 200, "", "session-get answered something that"
                    + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static JsonObject arguments(String url, String operation, String json) {
        if (json.stripLeading().startsWith("<")) {
            throw new dev.torrentctl.api.UnrecognizedServerException(BACKEND, operation, url, 200, "an HTML page");
        }
        try {
            JsonObject o = JsonParser.parseString(json).getAsJsonObject();
            String result = o.has("result") ? o.get("result").getAsString() : "";
            if (!result.equals("success")) {
                throw new BackendProtocolException(BACKEND, operation, 200, json, "Transmission answered: " + result, null);
            }
            return o.has("arguments") ? o.getAsJsonObject("arguments") : new JsonObject();
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            throw new BackendProtocolException(BACKEND, operation, 200, json, "an answer that cannot be read as Transmission's JSON",
                    e);
        }
    }

    @Override
    public ClientInfo clientInfo() {
        return info;
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<Torrent> list() {
        return torrents("list", List.of());
    }

    @Override
    public Optional<Torrent> find(TorrentRef ref) {
        Objects.requireNonNull(ref, "ref");
        // Transmission takes v1 hashes as ids; a reference by v2 hash alone is not one it can resolve
        return ref.possibleV1().isEmpty() ? Optional.empty()
                : torrents("find", List.of(ref.possibleV1().get().toString())).stream().filter(ref::matches).findFirst();
    }

    @Override
    public BulkResult start(TorrentSelection which, Wait wait) {
        return bulk().apply("start", which, BulkChange.RUNNING, ids -> call("start", "torrent-start", ids),
                BulkChange.STARTED, wait);
    }

    @Override
    public BulkResult stop(TorrentSelection which, Wait wait) {
        return bulk().apply("stop", which, BulkChange.STOPPED, ids -> call("stop", "torrent-stop", ids),
                BulkChange.STOPPED, wait);
    }

    /** How {@link BulkChange} finds torrents: by hash, all of them, or by id (a hash here). */
    private BulkChange bulk() {
        return new BulkChange(BACKEND, new BulkChange.Lookup() {
            @Override
            public Map<TorrentRef, Torrent> find(List<TorrentRef> refs) {
                Map<TorrentRef, Torrent> found = new HashMap<>();
                refs.forEach(r -> TransmissionApi.this.find(r).ifPresent(t -> found.put(r, t)));
                return found;
            }

            @Override
            public List<Torrent> list(TorrentFilter filter) {
                return listMatching(filter);
            }

            @Override
            public List<Torrent> fetch(Set<String> ids) {
                return torrents("fetch", ids);
            }
        });
    }

    private void call(String operation, String method, Collection<String> hashes) {
        JsonArray ids = new JsonArray();
        hashes.forEach(ids::add);
        String json = session.post(operation, "{\"method\":\"" + method + "\",\"arguments\":{\"ids\":" + ids + "}}",
                limits.maxBodyBytes(), "maxBodyBytes", body -> new String(body.readAllBytes(), StandardCharsets.UTF_8));
        arguments(session.url(), operation, json);
    }

    /** {@code torrent-get} of these hashes, or of every torrent; read while it streams, within the limits. */
    private List<Torrent> torrents(String operation, Collection<String> hashes) {
        if (closed.get()) {
            throw new IllegalStateException("[" + BACKEND + "] this client is closed");
        }
        String ids = "";
        if (!hashes.isEmpty()) {
            JsonArray a = new JsonArray();
            hashes.forEach(a::add);
            ids = ",\"ids\":" + a;
        }
        String request = "{\"method\":\"torrent-get\",\"arguments\":{\"fields\":" + FIELDS + ids + "}}";
        return session.post(operation, request, limits.maxListBytes(), "maxListBytes", body -> {
            BoundedItems items = new BoundedItems(new InputStreamReader(body, StandardCharsets.UTF_8),
                    limits.maxListItemBytes(), operation);
            try (JsonReader in = new JsonReader(items)) {
                in.setStrictness(Strictness.LENIENT);
                in.setNestingLimit(32);
                return readList(operation, in, items);
            } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
                throw new BackendProtocolException(BACKEND, operation, 200, "", "torrent-get answered JSON that cannot"
                        + " be read (" + e.getMessage() + ")", e);
            }
        });
    }

    private List<Torrent> readList(String operation, JsonReader in, BoundedItems items) throws IOException {
        List<Torrent> out = new ArrayList<>();
        String result = "";
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            if (name.equals("result")) {
                result = in.nextString();
            } else if (name.equals("arguments") && in.peek() == JsonToken.BEGIN_OBJECT) {
                in.beginObject();
                while (in.hasNext()) {
                    if (!in.nextName().equals("torrents")) {
                        in.skipValue();
                        continue;
                    }
                    in.beginArray();
                    while (in.hasNext()) {
                        if (out.size() == limits.maxListItems()) {
                            throw new BackendProtocolException(BACKEND, operation, 200, "", "the list holds more than"
                                    + " ResponseLimits.maxListItems (" + limits.maxListItems() + ") torrents", null);
                        }
                        items.itemStarts();
                        out.add(torrent(in));
                    }
                    in.endArray();
                }
                in.endObject();
            } else {
                in.skipValue();
            }
        }
        if (!result.equals("success")) {
            throw new BackendProtocolException(BACKEND, operation, 200, "", "torrent-get failed: " + result, null);
        }
        return out;
    }

    /** One torrent object, its fields straight from the reader; a number that is not one leaves the field neutral. */
    private static Torrent torrent(JsonReader in) throws IOException {
        Map<String, String> values = new HashMap<>();
        Set<String> labels = new LinkedHashSet<>();
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            JsonToken t = in.peek();
            if (name.equals("labels") && t == JsonToken.BEGIN_ARRAY) {
                in.beginArray();
                while (in.hasNext()) {
                    if (in.peek() == JsonToken.STRING) {
                        labels.add(in.nextString());
                    } else {
                        in.skipValue();
                    }
                }
                in.endArray();
            } else if (t == JsonToken.STRING || t == JsonToken.NUMBER) {
                values.put(name, in.nextString());
            } else {
                in.skipValue();
            }
        }
        in.endObject();
        String hash = values.getOrDefault("hashString", "");
        if (!hash.matches("[0-9a-fA-F]{40}")) {
            throw new BackendProtocolException(BACKEND, "list", 200, "", "a torrent without a v1 hash: '" + hash + "'",
                    null);
        }
        Numbers n = new Numbers(values);
        int status = (int) n.integer("status", 0, 6, -1);
        int error = (int) n.integer("error", 0, 3, 0);
        double progress = n.real("percentDone", 0, 1);
        long eta = n.integer("eta", -1, 100L * 365 * 86_400, -1);
        String errorString = values.getOrDefault("errorString", "");
        return Torrent.builder(hash.toLowerCase(java.util.Locale.ROOT))
                .infoHashV1(Optional.of(dev.torrentctl.hashes.InfoHashV1.parse(hash)))
                .name(values.getOrDefault("name", ""))
                .state(state(status, error, progress))
                .rawState(values.getOrDefault("status", ""))
                .progress(progress)
                .sizeBytes(n.integer("sizeWhenDone", 0, Long.MAX_VALUE, 0))
                .totalSizeBytes(n.integer("totalSize", 0, Long.MAX_VALUE, 0))
                .downloadRate(DataRate.ofBytesPerSecond(Math.max(0, n.integer("rateDownload", Long.MIN_VALUE,
                        Long.MAX_VALUE, 0))))
                .uploadRate(DataRate.ofBytesPerSecond(Math.max(0, n.integer("rateUpload", Long.MIN_VALUE,
                        Long.MAX_VALUE, 0))))
                .ratio(Math.max(0, n.real("uploadRatio", -2, Double.MAX_VALUE)))
                .savePath(values.getOrDefault("downloadDir", ""))
                .tags(labels)
                .addedOn(instant(n.integer("addedDate", 0, MAX_EPOCH, 0)))
                .completedOn(instant(n.integer("doneDate", 0, MAX_EPOCH, 0)))
                .eta(eta < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(eta)))
                .errorMessage(error == 0 || errorString.isEmpty() ? Optional.empty() : Optional.of(errorString))
                .anomalies(n.anomalies)
                .build();
    }

    /** 9999-12-31T23:59:59Z. */
    private static final long MAX_EPOCH = 253_402_300_799L;

    /**
     * The API's number policy: a value that is not a number in the field's range (1e30 for a size,
     * NaN for a fraction, text) leaves the field neutral and is kept, raw, in {@link Torrent#anomalies()}.
     */
    private static final class Numbers {
        final Map<String, String> values;
        final Map<String, String> anomalies = new java.util.LinkedHashMap<>();

        Numbers(Map<String, String> values) {
            this.values = values;
        }

        long integer(String field, long min, long max, long fallback) {
            String raw = values.get(field);
            if (raw == null) {
                return fallback;
            }
            try {
                long v = Long.parseLong(raw);
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // kept below
            }
            anomalies.put(field, raw.length() > 64 ? raw.substring(0, 64) + "..." : raw);
            return fallback;
        }

        double real(String field, double min, double max) {
            String raw = values.get(field);
            if (raw == null) {
                return 0;
            }
            try {
                double v = Double.parseDouble(raw);
                if (Double.isFinite(v) && v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // kept below
            }
            anomalies.put(field, raw.length() > 64 ? raw.substring(0, 64) + "..." : raw);
            return 0;
        }
    }

    private static Optional<Instant> instant(long epochSeconds) {
        return epochSeconds <= 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(epochSeconds));
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

    /**
     * The list's text with a bound on each torrent (and on what comes before the first): one huge
     * or endless value fails while it is read, before it can fill the heap.
     */
    private static final class BoundedItems extends java.io.FilterReader {
        private final long max;
        private final String operation;
        private long count;
        private long itemStart;

        BoundedItems(java.io.Reader in, long max, String operation) {
            super(in);
            this.max = max;
            this.operation = operation;
        }

        void itemStarts() {
            itemStart = count;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(0, n);
            if (count - itemStart > max + 4096) { // the JSON reader reads ahead about a kilobyte
                throw new BackendProtocolException(BACKEND, operation, 200, "", "a torrent in the list is larger than"
                        + " ResponseLimits.maxListItemBytes (" + max + ")", null);
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            session.close();
        }
    }
}
