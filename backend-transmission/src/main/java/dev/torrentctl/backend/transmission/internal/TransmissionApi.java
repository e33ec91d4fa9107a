package dev.torrentctl.backend.transmission.internal;

import com.google.gson.JsonArray;
import com.google.gson.stream.JsonToken;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.torrentctl.api.AddResult;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.AuthMethod;
import dev.torrentctl.api.BackendProtocolException;
import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ClientInfo;
import dev.torrentctl.api.DataRate;
import dev.torrentctl.api.FileEntry;
import dev.torrentctl.api.FilePriority;
import dev.torrentctl.api.Limit;
import dev.torrentctl.api.Peer;
import dev.torrentctl.api.QueueMove;
import dev.torrentctl.api.ShareLimits;
import dev.torrentctl.api.SpeedLimits;
import dev.torrentctl.api.TorrentProperties;
import dev.torrentctl.api.Tracker;
import dev.torrentctl.api.TransferInfo;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.RawResponse;
import dev.torrentctl.api.RemoveMode;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentFilter;
import dev.torrentctl.api.TorrentNotFoundException;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.api.UnsupportedCapabilityException;
import dev.torrentctl.api.Wait;
import dev.torrentctl.api.spi.BulkChange;
import dev.torrentctl.backend.support.ClosedGuard;
import dev.torrentctl.backend.support.Opening;
import dev.torrentctl.backend.transmission.TransmissionProtocol;
import dev.torrentctl.backend.transmission.TransmissionProvider;
import dev.torrentctl.hashes.InfoHashes;
import dev.torrentctl.hashes.TorrentFormatException;
import dev.torrentctl.hashes.TorrentId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@link Api} over Transmission's RPC, 3.00 ({@code rpc-version} 16) to 4.1 (JSON-RPC 2.0). Torrents
 * are addressed by their hash string: Transmission's numeric ids change across restarts, and it
 * skips unknown ids silently (and takes an empty id list as "all torrents"), so every reference is
 * resolved first ({@link BulkChange}) and nothing is sent for none. Tags are Transmission's labels.
 */
public final class TransmissionApi implements Api {
    private static final String BACKEND = TransmissionProvider.NAME;
    /** {@code rpc-version} of Transmission 4.0: {@code trackerList}, {@code torrent-add} labels, {@code group}. */
    static final int RPC_4_0 = 17;
    /** {@code rpc-version} of Transmission 4.1: {@code sequentialDownload}. */
    static final int RPC_4_1 = 18;

    private final RpcClient rpc;
    private final ClientInfo info;
    private final int rpcVersion;
    private final Set<Capability> capabilities;
    private final TorrentReader reader;
    private final TorrentDetails details;
    private final SessionCalls session;
    private final ClosedGuard closed = new ClosedGuard(BACKEND);

    private TransmissionApi(RpcClient rpc, ClientInfo info, int rpcVersion) {
        this.rpc = rpc;
        this.info = info;
        this.rpcVersion = rpcVersion;
        this.reader = new TorrentReader();
        this.details = new TorrentDetails(rpc, rpcVersion);
        this.session = new SessionCalls(rpc, details);
        // Not declared, each for a reason the README's table gives: categories and the tag registry
        // (labels exist only on torrents), FORCE_START (no lasting flag: START_NOW instead),
        // FILE_PRIORITY_MAXIMUM, SEEDING_TIME_LIMIT and SHARE_LIMIT_ACTION (Transmission has none),
        // super seeding, renaming a torrent, editing web seeds, the add options name, content
        // layout, skip hash check, first/last piece and automatic management, v2-only torrents
        Set<Capability> c = EnumSet.of(Capability.LIST_TORRENTS, Capability.GET_TORRENT, Capability.ADD_MAGNET,
                Capability.ADD_TORRENT_FILE, Capability.ADD_URL, Capability.ADD_OPTION_SAVE_PATH,
                Capability.ADD_OPTION_STOPPED, Capability.ADD_MANY, Capability.STOP_START, Capability.REMOVE,
                Capability.RAW_CALL, Capability.TAG_TORRENTS, Capability.SET_TAGS, Capability.RECHECK,
                Capability.REANNOUNCE, Capability.ADD_OPTION_TAGS, Capability.FILES, Capability.RENAME_FILES,
                Capability.TRACKERS, Capability.EDIT_TRACKERS, Capability.WEB_SEEDS, Capability.SET_LOCATION,
                Capability.QUEUE, Capability.TORRENT_SPEED_LIMITS, Capability.GLOBAL_SPEED_LIMITS,
                Capability.ALTERNATIVE_SPEED_MODE, Capability.PEERS, Capability.TRANSFER_INFO, Capability.PROPERTIES,
                Capability.FILE_PRIORITIES, Capability.FILE_PRIORITY_LOW, Capability.SHARE_LIMITS,
                Capability.INACTIVE_SEEDING_TIME_LIMIT, Capability.START_NOW, Capability.SET_SAVE_PATH,
                Capability.SET_LOCATION_WITHOUT_MOVING, Capability.BANDWIDTH_PRIORITY,
                Capability.ADD_OPTION_FILE_PRIORITIES, Capability.ADD_OPTION_BANDWIDTH_PRIORITY,
                Capability.ADD_OPTION_SPEED_LIMITS, Capability.ADD_OPTION_SHARE_LIMITS);
        if (rpcVersion >= RPC_4_0) {
            c.add(Capability.NON_CANONICAL_TORRENTS); // 3.00 hashes a re-encoded info dictionary
            c.add(Capability.HYBRID_TORRENTS); // 3.00 refuses them as invalid
        }
        if (rpcVersion >= RPC_4_1) {
            c.add(Capability.ADD_OPTION_SEQUENTIAL); // sequentialDownload came with 4.1
        }
        this.capabilities = Set.copyOf(c);
    }

    /**
     * Connects, picks the RPC dialect and reads the daemon's version.
     *
     * @param config where and how to connect
     * @param protocol which dialect to speak
     * @return the connected client
     */
    public static TransmissionApi connect(ClientConfig config, TransmissionProtocol protocol) {
        Objects.requireNonNull(protocol, "protocol");
        RpcClient rpc = new RpcClient(config);
        return Opening.open(rpc.events(), rpc, () -> {
            JsonObject s = rpc.negotiate(protocol);
            String version = s.has("version") ? s.get("version").getAsString() : "";
            int rpcVersion = s.has("rpc-version") && s.get("rpc-version").isJsonPrimitive()
                    ? s.get("rpc-version").getAsInt() : 0;
            if (version.isEmpty() || rpcVersion == 0) {
                throw new BackendProtocolException(BACKEND, "connect", 200, s.toString(),
                        "session-get did not report version and rpc-version", null);
            }
            String api = rpcVersion + (s.has("rpc-version-semver") ? " (" + s.get("rpc-version-semver").getAsString()
                    + ")" : "") + (rpc.dialect() == RpcClient.Dialect.JSON_RPC ? ", JSON-RPC 2.0" : ", legacy RPC");
            return new TransmissionApi(rpc, new ClientInfo(BACKEND, version, api,
                    config.credentials().isPresent() ? AuthMethod.HTTP_BASIC_EVERY_REQUEST : AuthMethod.BYPASS),
                    rpcVersion);
        });
    }

    @Override
    public ClientInfo clientInfo() {
        return info;
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    /** @return the session ids received so far (the first, and one per renewal), for tests */
    int handshakes() {
        return rpc.handshakes();
    }

    private void require(String operation, Capability c) {
        if (!capabilities.contains(c)) {
            throw new UnsupportedCapabilityException(BACKEND, operation, c);
        }
    }

    // ---- listing --------------------------------------------------------------------------------

    @Override
    public List<Torrent> list() {
        closed.ensureOpen();
        return torrents("list", Optional.empty());
    }

    @Override
    public List<Torrent> listMatching(TorrentFilter filter) {
        Objects.requireNonNull(filter, "filter");
        if (filter.tag().isPresent()) {
            closed.ensureOpen();
            // Transmission cannot filter by label: ask every torrent for its labels alone (a small
            // answer), then for the whole of those that have it
            return torrents("listMatching", Optional.of(hashesLabelled(filter.tag().get()))).stream()
                    .filter(filter::matches).toList();
        }
        List<Torrent> all = list();
        return filter.equals(TorrentFilter.ALL) ? all : all.stream().filter(filter::matches).toList();
    }

    /** @return the hashes of the torrents that have this label */
    private Set<String> hashesLabelled(String label) {
        JsonObject args = new JsonObject();
        JsonArray fields = new JsonArray();
        fields.add("hashString");
        fields.add("labels");
        args.add("fields", fields);
        Set<String> hashes = new LinkedHashSet<>();
        String hashKey = rpc.name("hashString");
        String labelsKey = rpc.name("labels");
        rpc.streamItems("listMatching", "torrent-get", args, in -> {
            String hash = null;
            boolean labelled = false;
            in.beginObject();
            while (in.hasNext()) {
                String name = in.nextName();
                if (name.equals(hashKey) && in.peek() == JsonToken.STRING) {
                    hash = in.nextString();
                } else if (name.equals(labelsKey) && in.peek() == JsonToken.BEGIN_ARRAY) {
                    in.beginArray();
                    while (in.hasNext()) {
                        if (in.peek() != JsonToken.STRING) {
                            in.skipValue();
                        } else if (in.nextString().equals(label)) {
                            labelled = true;
                        }
                    }
                    in.endArray();
                } else {
                    in.skipValue();
                }
            }
            in.endObject();
            if (labelled && hash != null) {
                hashes.add(hash);
            }
        });
        return hashes;
    }

    @Override
    public Optional<Torrent> find(TorrentRef ref) {
        Objects.requireNonNull(ref, "ref");
        closed.ensureOpen();
        return Optional.ofNullable(resolveAll("find", List.of(ref)).get(ref));
    }

    /** @param hashes hash strings to get, or empty for every torrent */
    List<Torrent> torrents(String operation, Optional<Collection<String>> hashes) {
        JsonObject args = new JsonObject();
        JsonArray fields = new JsonArray();
        TorrentReader.FIELDS.forEach(fields::add);
        if (rpcVersion >= RPC_4_1) {
            fields.add(TorrentReader.SEQUENTIAL);
        }
        args.add("fields", fields);
        if (hashes.isPresent()) {
            if (hashes.get().isEmpty()) {
                return List.of(); // an empty id list would mean every torrent
            }
            JsonArray ids = new JsonArray();
            hashes.get().forEach(ids::add);
            args.add("ids", ids);
        }
        List<Torrent> out = new ArrayList<>();
        rpc.streamItems(operation, "torrent-get", args, in -> {
            try {
                out.add(reader.torrent(in));
            } catch (NumberFormatException | TorrentFormatException e) {
                throw new BackendProtocolException(BACKEND, operation, 200, "", "torrent-get answered a torrent that"
                        + " cannot be read (" + e.getMessage() + ")", e);
            }
        });
        return out;
    }

    /** Transmission takes v1 hash strings as ids; a hybrid is listed under its v1 hash. */
    Map<TorrentRef, Torrent> resolveAll(String operation, List<TorrentRef> refs) {
        Map<TorrentRef, Torrent> found = new HashMap<>();
        if (refs.isEmpty()) {
            return found;
        }
        Set<String> hashes = new LinkedHashSet<>();
        for (TorrentRef r : refs) {
            Objects.requireNonNull(r, "refs contains null");
            r.possibleV1().map(Object::toString).ifPresent(hashes::add);
            r.v2().flatMap(reader::v1Of).ifPresent(hashes::add);
            reader.v1OfTruncated(r.torrentId()).ifPresent(hashes::add); // a hybrid's id is its truncated v2 hash
        }
        List<Torrent> listed = torrents(operation, Optional.of(hashes));
        for (TorrentRef ref : refs) {
            listed.stream().filter(ref::matches).findFirst().ifPresent(t -> found.put(ref, t));
        }
        return found;
    }

    private Torrent resolve(String operation, TorrentRef ref) {
        Objects.requireNonNull(ref, "ref");
        closed.ensureOpen();
        Torrent t = resolveAll(operation, List.of(ref)).get(ref);
        if (t == null) {
            throw new TorrentNotFoundException(BACKEND, operation, ref);
        }
        return t;
    }

    BulkChange bulk(String operation) {
        closed.ensureOpen();
        return new BulkChange(BACKEND, new BulkChange.Lookup() {
            @Override
            public Map<TorrentRef, Torrent> find(List<TorrentRef> refs) {
                return resolveAll(operation, refs);
            }

            @Override
            public List<Torrent> list(TorrentFilter filter) {
                return listMatching(filter);
            }

            @Override
            public List<Torrent> fetch(Set<String> ids) {
                return torrents(operation, Optional.of(ids));
            }
        });
    }

    private void action(String operation, String method, Set<String> hashes) {
        rpc.call(operation, method, ids(hashes));
    }

    private static JsonObject ids(Collection<String> hashes) {
        if (hashes.isEmpty()) {
            throw new IllegalStateException("an empty id list means every torrent to Transmission");
        }
        JsonObject args = new JsonObject();
        JsonArray ids = new JsonArray();
        hashes.forEach(ids::add);
        args.add("ids", ids);
        return args;
    }

    // ---- lifecycle ------------------------------------------------------------------------------

    @Override
    public BulkResult start(TorrentSelection which, Wait wait) {
        return bulk("start").apply("start", which, BulkChange.RUNNING, ids -> action("start", "torrent-start", ids),
                BulkChange.STARTED, wait);
    }

    /**
     * Transmission 3.00 forgets a stop that comes while a torrent checks its data: the torrent
     * starts again when the check ends. With a wait, such torrents are stopped again once their
     * check is over (within the wait); without one, a 3.00 torrent stopped while checking may run on.
     */
    @Override
    public BulkResult stop(TorrentSelection which, Wait wait) {
        return bulk("stop").apply("stop", which, BulkChange.STOPPED, ids -> {
            action("stop", "torrent-stop", ids);
            if (rpcVersion < RPC_4_0 && wait.waits()) {
                stopAgainAfterCheck(ids, wait.timeout());
            }
        }, BulkChange.STOPPED, wait);
    }

    private void stopAgainAfterCheck(Set<String> ids, java.time.Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        Set<String> checking = new LinkedHashSet<>();
        torrents("stop", Optional.of(ids)).stream().filter(t -> t.state() == dev.torrentctl.api.TorrentState.CHECKING)
                .forEach(t -> checking.add(t.id()));
        while (!checking.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Set<String> again = new LinkedHashSet<>();
            for (Torrent t : torrents("stop", Optional.of(Set.copyOf(checking)))) {
                if (t.state() != dev.torrentctl.api.TorrentState.CHECKING) {
                    checking.remove(t.id());
                    if (!t.state().isStopped()) {
                        again.add(t.id());
                    }
                }
            }
            if (!again.isEmpty()) {
                action("stop", "torrent-stop", again);
            }
        }
    }

    @Override
    public BulkResult remove(TorrentSelection which, RemoveMode mode, Wait wait) {
        Objects.requireNonNull(mode, "mode");
        return bulk("remove").remove("remove", which, ids -> {
            JsonObject args = ids(ids);
            args.addProperty("delete-local-data", mode == RemoveMode.DELETE_DATA);
            rpc.call("remove", "torrent-remove", args);
        }, wait);
    }

    @Override
    public BulkResult recheck(TorrentSelection which) {
        return bulk("recheck").apply("recheck", which, t -> false, ids -> action("recheck", "torrent-verify", ids),
                t -> true, Wait.none());
    }

    @Override
    public BulkResult reannounce(TorrentSelection which) {
        return bulk("reannounce").apply("reannounce", which, t -> false,
                ids -> action("reannounce", "torrent-reannounce", ids), t -> true, Wait.none());
    }

    /** {@code torrent-start-now}: started ahead of the queue; done once running (downloading, seeding, fetching metadata). */
    @Override
    public BulkResult startNow(TorrentSelection which, Wait wait) {
        Predicate<Torrent> running = BulkChange.RUNNING.and(t -> t.state() != dev.torrentctl.api.TorrentState.QUEUED);
        return bulk("startNow").apply("startNow", which, running, ids -> action("startNow", "torrent-start-now", ids),
                running, wait);
    }

    @Override
    public BulkResult setBandwidthPriority(TorrentSelection which, dev.torrentctl.api.BandwidthPriority priority,
            Wait wait) {
        Objects.requireNonNull(priority, "priority");
        Optional<dev.torrentctl.api.BandwidthPriority> asked = Optional.of(priority);
        return bulk("setBandwidthPriority").apply("setBandwidthPriority", which,
                t -> t.settings().bandwidthPriority().equals(asked), ids -> {
                    JsonObject args = ids(ids);
                    args.addProperty("bandwidthPriority", TorrentReader.bandwidthPriority(priority));
                    rpc.call("setBandwidthPriority", "torrent-set", args);
                }, t -> t.settings().bandwidthPriority().equals(asked), wait);
    }

    // ---- adding ---------------------------------------------------------------------------------

    /**
     * {@code torrent-add}, one source per request (Transmission takes one). Its answer names the
     * torrent as {@code torrent-added} or {@code torrent-duplicate}; a magnet or URL's hashes come
     * from that answer.
     */
    @Override
    public List<AddResult> addAll(List<AddTorrentRequest> requests, Wait wait) {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(wait, "wait");
        closed.ensureOpen();
        for (AddTorrentRequest r : requests) {
            for (Capability c : r.requiredCapabilities()) {
                if (c != r.source().capability() && !capabilities.contains(c)) {
                    throw new UnsupportedCapabilityException(BACKEND, "addAll", c);
                }
            }
        }
        List<AddResult> results = new ArrayList<>(requests.size());
        for (AddTorrentRequest r : requests) {
            results.add(addOne(r));
        }
        return bulk("addAll").awaitAdded("addAll", results, wait);
    }

    private AddResult addOne(AddTorrentRequest r) {
        Optional<InfoHashes> hashes = Optional.empty();
        try {
            JsonObject args = new JsonObject();
            TorrentSource source = r.source();
            if (source instanceof TorrentSource.TorrentFile f) {
                byte[] bytes = f.bytes();
                dev.torrentctl.hashes.Metainfo meta = f.metainfo(bytes);
                hashes = Optional.of(meta.infoHashes());
                if (hashes.get().v1().isEmpty()) {
                    throw new UnsupportedCapabilityException(BACKEND, "add", Capability.V2_TORRENTS);
                }
                if (hashes.get().version() == dev.torrentctl.hashes.TorrentVersion.HYBRID) {
                    require("add", Capability.HYBRID_TORRENTS);
                }
                if (!meta.infoIsCanonical()) {
                    require("add", Capability.NON_CANONICAL_TORRENTS); // 3.00 would list it under another hash
                }
                args.addProperty("metainfo", Base64.getEncoder().encodeToString(bytes));
            } else if (source instanceof TorrentSource.Magnet m) {
                hashes = Optional.of(m.link().infoHashes());
                args.addProperty("filename", m.link().toString());
            } else if (source instanceof TorrentSource.Url u) {
                args.addProperty("filename", u.url().toString());
            } else {
                throw new UnsupportedCapabilityException(BACKEND, "add", source.capability());
            }
            r.savePath().ifPresent(p -> args.addProperty("download-dir", p));
            args.addProperty("paused", r.stopped());
            if (!r.filePriorities().isEmpty()) {
                filePriorityArguments(args, r, source);
            }
            r.bandwidthPriority().ifPresent(p -> args.addProperty("bandwidthPriority", TorrentReader.bandwidthPriority(p)));
            if (r.sequentialDownload()) {
                args.addProperty(TorrentReader.SEQUENTIAL, true);
            }
            r.shareLimits().ifPresent(l -> checkShareLimits("add", l));
            if (!r.tags().isEmpty()) {
                JsonArray labels = new JsonArray();
                r.tags().forEach(labels::add);
                args.add("labels", labels);
            }
            hashes.ifPresent(reader::remember);
            JsonObject answer = rpc.call("add", "torrent-add", args, TransmissionApi::addFailure);
            JsonElement duplicate = answer.get(rpc.name("torrent-duplicate"));
            JsonElement added = answer.get(rpc.name("torrent-added"));
            JsonElement named = duplicate != null ? duplicate : added;
            if (named == null || !named.isJsonObject()) {
                throw new BackendProtocolException(BACKEND, "add", 200, answer.toString(), "torrent-add answered"
                        + " neither torrent-added nor torrent-duplicate", null);
            }
            String hash = TorrentReader.text(named.getAsJsonObject(), rpc.name("hashString"));
            TorrentId id = TorrentId.parse(hash);
            Optional<InfoHashes> known = hashes.isPresent() ? hashes
                    : Optional.of(InfoHashes.of(dev.torrentctl.hashes.InfoHashV1.parse(hash)));
            if (duplicate != null) {
                return AddResult.of(AddResult.Outcome.DUPLICATE, known, Optional.of(id))
                        .withWarning("Transmission already has this torrent (" + hash + "); nothing was changed");
            }
            if (!r.tags().isEmpty() && rpcVersion < RPC_4_0) {
                labels("add", Set.of(hash), r.tags()); // 3.00's torrent-add has no labels: set them after
            }
            if (!r.speedLimits().equals(SpeedLimits.UNLIMITED) || r.shareLimits().isPresent()) {
                // torrent-add takes no limits: they are set on the new torrent at once
                JsonObject limits = ids(Set.of(hash));
                speedLimitArguments(limits, r.speedLimits());
                r.shareLimits().ifPresent(l -> shareLimitArguments(limits, l));
                rpc.call("add", "torrent-set", limits);
            }
            return AddResult.of(AddResult.Outcome.ADDED, known, Optional.of(id));
        } catch (InvalidInputException | UnsupportedCapabilityException | BackendProtocolException e) {
            return AddResult.failed(e, hashes);
        } catch (TorrentFormatException e) {
            return AddResult.failed(new BackendProtocolException(BACKEND, "add", 200, "", "torrent-add answered a hash"
                    + " that cannot be read (" + e.getMessage() + ")", e), hashes);
        }
    }

    /**
     * {@code files-unwanted} and {@code priority-low/normal/high} of {@code torrent-add}, by file
     * index. Only a .torrent file's files are known before it is added.
     */
    private static void filePriorityArguments(JsonObject args, AddTorrentRequest r, TorrentSource source) {
        if (!(source instanceof TorrentSource.TorrentFile f)) {
            throw new InvalidInputException(BACKEND, "add", "file priorities at add need a .torrent file: a magnet's"
                    + " or URL's files are not known until the client has its metadata", null);
        }
        int count = f.metainfo(f.bytes()).files().size();
        Map<FilePriority, JsonArray> groups = new java.util.EnumMap<>(FilePriority.class);
        r.filePriorities().forEach((index, priority) -> {
            if (index >= count) {
                throw new InvalidInputException(BACKEND, "add", "parameter 'filePriorities' holds index " + index
                        + ", but the torrent has " + count + " files", null);
            }
            if (priority == FilePriority.MAXIMUM) {
                throw new UnsupportedCapabilityException(BACKEND, "add", Capability.FILE_PRIORITY_MAXIMUM);
            }
            groups.computeIfAbsent(priority, p -> new JsonArray()).add(index);
        });
        groups.forEach((priority, indexes) -> args.add(switch (priority) {
            case SKIP -> "files-unwanted";
            case LOW -> "priority-low";
            case HIGH -> "priority-high";
            default -> "priority-normal";
        }, indexes));
    }

    /** Transmission's words for a torrent it cannot take. */
    private static RuntimeException addFailure(String result) {
        String lower = result.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("invalid or corrupt") || lower.contains("unrecognized info")) {
            return new InvalidInputException(BACKEND, "add", "Transmission rejected the torrent: " + result, null);
        }
        if (lower.contains("http") || lower.contains("couldn't fetch") || lower.contains("gotmetadatafromurl")) {
            return new InvalidInputException(BACKEND, "add", "Transmission could not fetch the torrent: " + result, null);
        }
        return null;
    }

    // ---- tags (labels) --------------------------------------------------------------------------

    @Override
    public BulkResult addTags(TorrentSelection which, Set<String> tags, Wait wait) {
        Set<String> add = checkTags("addTags", tags);
        return relabel("addTags", which, t -> t.tags().containsAll(add), t -> union(t.tags(), add), wait);
    }

    @Override
    public BulkResult removeTags(TorrentSelection which, Set<String> tags, Wait wait) {
        Set<String> remove = checkTags("removeTags", tags);
        return relabel("removeTags", which, t -> t.tags().stream().noneMatch(remove::contains), t -> {
            Set<String> left = new LinkedHashSet<>(t.tags());
            left.removeAll(remove);
            return left;
        }, wait);
    }

    @Override
    public BulkResult setTags(TorrentSelection which, Set<String> tags, Wait wait) {
        Set<String> exactly = Set.copyOf(Objects.requireNonNull(tags, "tags"));
        exactly.forEach(t -> checkTags("setTags", Set.of(t)));
        return relabel("setTags", which, t -> t.tags().equals(exactly), t -> exactly, wait);
    }

    /** Labels are set per torrent ({@code torrent-set labels} replaces them), so each torrent gets its own call. */
    private BulkResult relabel(String operation, TorrentSelection which, Predicate<Torrent> already,
            java.util.function.Function<Torrent, Set<String>> next, Wait wait) {
        BulkChange bulk = bulk(operation);
        Map<String, Set<String>> wanted = new HashMap<>();
        for (Map.Entry<TorrentRef, Optional<Torrent>> e : bulk.resolve(which)) {
            e.getValue().ifPresent(t -> wanted.put(t.id(), Set.copyOf(next.apply(t))));
        }
        return bulk.apply(operation, which, already, ids -> {
            for (String id : ids) {
                labels(operation, Set.of(id), wanted.getOrDefault(id, Set.of()));
            }
        }, t -> t.tags().equals(wanted.getOrDefault(t.id(), t.tags())), wait);
    }

    private void labels(String operation, Set<String> hashes, Set<String> labels) {
        JsonObject args = ids(hashes);
        JsonArray l = new JsonArray();
        labels.forEach(l::add);
        args.add("labels", l);
        rpc.call(operation, "torrent-set", args);
    }

    /** Transmission refuses labels with a comma, and empty ones. */
    private static Set<String> checkTags(String operation, Set<String> tags) {
        Objects.requireNonNull(tags, "tags");
        for (String t : tags) {
            if (t.isBlank() || t.contains(",")) {
                throw new InvalidInputException(BACKEND, operation, "a Transmission label cannot be empty or contain"
                        + " a comma, got '" + t + "'", null);
            }
        }
        return Set.copyOf(tags);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    // ---- files, trackers, web seeds -------------------------------------------------------------

    @Override
    public List<FileEntry> files(TorrentRef ref) {
        return details.files("files", resolve("files", ref));
    }

    /** Transmission's levels: not wanted, low, normal, high. */
    @Override
    public void setFilePriority(TorrentRef ref, Set<Integer> indexes, FilePriority priority) {
        Objects.requireNonNull(indexes, "indexes");
        Objects.requireNonNull(priority, "priority");
        if (priority == FilePriority.MAXIMUM) {
            throw new UnsupportedCapabilityException(BACKEND, "setFilePriority", Capability.FILE_PRIORITY_MAXIMUM,
                    "Transmission's priorities are low, normal and high");
        }
        details.setFilePriority("setFilePriority", resolve("setFilePriority", ref), indexes, priority);
    }

    @Override
    public void renameFile(TorrentRef ref, String from, String to) {
        details.renamePath("renameFile", resolve("renameFile", ref), from, to, false);
    }

    @Override
    public void renameFolder(TorrentRef ref, String from, String to) {
        details.renamePath("renameFolder", resolve("renameFolder", ref), from, to, true);
    }

    @Override
    public List<Tracker> trackers(TorrentRef ref) {
        return details.trackers("trackers", resolve("trackers", ref));
    }

    @Override
    public void addTrackers(TorrentRef ref, List<String> urls) {
        Objects.requireNonNull(urls, "urls");
        details.addTrackers("addTrackers", resolve("addTrackers", ref), urls);
    }

    @Override
    public void editTracker(TorrentRef ref, String from, String to) {
        details.editTracker("editTracker", resolve("editTracker", ref), from, to);
    }

    @Override
    public Set<String> removeTrackers(TorrentRef ref, Set<String> urls) {
        Objects.requireNonNull(urls, "urls");
        return details.removeTrackers("removeTrackers", resolve("removeTrackers", ref), urls);
    }

    @Override
    public List<String> webSeeds(TorrentRef ref) {
        return details.webSeeds("webSeeds", resolve("webSeeds", ref));
    }

    // ---- location, queue, limits ------------------------------------------------------------------

    /** {@code torrent-set-location} with {@code move}: Transmission moves the data and creates the folder. */
    @Override
    public BulkResult setLocation(TorrentSelection which, String path, Wait wait) {
        return location("setLocation", which, path, true, wait);
    }

    /** Transmission has no automatic management: setting the save path moves the data, as {@link #setLocation}. */
    @Override
    public BulkResult setSavePath(TorrentSelection which, String path, Wait wait) {
        return location("setSavePath", which, path, true, wait);
    }

    @Override
    public BulkResult setLocationWithoutMoving(TorrentSelection which, String path, Wait wait) {
        return location("setLocationWithoutMoving", which, path, false, wait);
    }

    /** {@code torrent-set-location}, with {@code move} true (the data goes there) or false (it is looked for there). */
    private BulkResult location(String operation, TorrentSelection which, String path, boolean move, Wait wait) {
        Objects.requireNonNull(path, "path");
        if (path.isBlank()) {
            throw new InvalidInputException(BACKEND, operation, "parameter 'path' must not be blank", null);
        }
        String target = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return bulk(operation).apply(operation, which, t -> t.savePath().equals(target), ids -> {
            JsonObject args = ids(ids);
            args.addProperty("location", target);
            args.addProperty("move", move);
            rpc.call(operation, "torrent-set-location", args);
        }, t -> t.savePath().equals(target), wait);
    }

    @Override
    public BulkResult moveInQueue(TorrentSelection which, QueueMove move) {
        Objects.requireNonNull(move, "move");
        String method = switch (move) {
            case TOP -> "queue-move-top";
            case UP -> "queue-move-up";
            case DOWN -> "queue-move-down";
            case BOTTOM -> "queue-move-bottom";
        };
        return bulk("moveInQueue").apply("moveInQueue", which, t -> false, ids -> action("moveInQueue", method, ids),
                t -> true, Wait.none());
    }

    /** In whole kB/s of 1,000 bytes, as Transmission keeps them; a limit rounds up to at least 1 kB/s. */
    @Override
    public BulkResult setSpeedLimits(TorrentSelection which, SpeedLimits limits, Wait wait) {
        Objects.requireNonNull(limits, "limits");
        SpeedLimits stored = new SpeedLimits(limits.download().map(TransmissionApi::rounded),
                limits.upload().map(TransmissionApi::rounded));
        return bulk("setSpeedLimits").apply("setSpeedLimits", which, t -> t.settings().speedLimits().equals(stored),
                ids -> {
                    JsonObject args = ids(ids);
                    speedLimitArguments(args, limits);
                    rpc.call("setSpeedLimits", "torrent-set", args);
                }, t -> t.settings().speedLimits().equals(stored), wait);
    }

    private static DataRate rounded(DataRate r) {
        return DataRate.ofBytesPerSecond(SessionCalls.kilobytes(r) * TorrentReader.SPEED_UNIT);
    }

    /**
     * The ratio ({@code seedRatioMode} 0 global, 1 this torrent's, 2 unlimited) and the time without
     * upload ({@code seedIdleMode}, whole minutes). Transmission has no limit on the total seeding
     * time, nor a per-torrent action: those must be left global.
     */
    @Override
    public BulkResult setShareLimits(TorrentSelection which, ShareLimits limits, Wait wait) {
        Objects.requireNonNull(limits, "limits");
        checkShareLimits("setShareLimits", limits);
        ShareLimits stored = TorrentReader.storedShareLimits(limits);
        return bulk("setShareLimits").apply("setShareLimits", which, t -> t.settings().shareLimits().equals(stored),
                ids -> {
                    JsonObject args = ids(ids);
                    shareLimitArguments(args, limits);
                    rpc.call("setShareLimits", "torrent-set", args);
                }, t -> t.settings().shareLimits().equals(stored), wait);
    }

    private static void checkShareLimits(String operation, ShareLimits limits) {
        if (limits.seedingTime().kind() != Limit.Kind.GLOBAL) {
            throw new UnsupportedCapabilityException(BACKEND, operation, Capability.SEEDING_TIME_LIMIT, "Transmission"
                    + " limits the time without upload (inactiveSeedingTime), not the total seeding time");
        }
        if (limits.action().isPresent()) {
            throw new UnsupportedCapabilityException(BACKEND, operation, Capability.SHARE_LIMIT_ACTION);
        }
    }

    private static void shareLimitArguments(JsonObject args, ShareLimits limits) {
        args.addProperty("seedRatioMode", mode(limits.ratio()));
        limits.ratio().value().ifPresent(r -> args.addProperty("seedRatioLimit", r));
        args.addProperty("seedIdleMode", mode(limits.inactiveSeedingTime()));
        limits.inactiveSeedingTime().value().ifPresent(d -> args.addProperty("seedIdleLimit", d.toMinutes()));
    }

    private static void speedLimitArguments(JsonObject args, SpeedLimits limits) {
        args.addProperty("downloadLimited", limits.download().isPresent());
        limits.download().ifPresent(r -> args.addProperty("downloadLimit", SessionCalls.kilobytes(r)));
        args.addProperty("uploadLimited", limits.upload().isPresent());
        limits.upload().ifPresent(r -> args.addProperty("uploadLimit", SessionCalls.kilobytes(r)));
    }

    /** {@code tr_ratiolimit} and {@code tr_idlelimit}: 0 global, 1 single (this torrent's), 2 unlimited. */
    private static int mode(Limit<?> limit) {
        return switch (limit.kind()) {
            case GLOBAL -> 0;
            case UNLIMITED -> 2;
            default -> 1;
        };
    }

    @Override
    public SpeedLimits globalSpeedLimits() {
        closed.ensureOpen();
        return session.globalSpeedLimits();
    }

    @Override
    public void setGlobalSpeedLimits(SpeedLimits limits) {
        Objects.requireNonNull(limits, "limits");
        closed.ensureOpen();
        session.setGlobalSpeedLimits(limits);
    }

    @Override
    public boolean alternativeSpeedMode() {
        closed.ensureOpen();
        return session.alternativeSpeedMode();
    }

    @Override
    public void setAlternativeSpeedMode(boolean on) {
        closed.ensureOpen();
        session.setAlternativeSpeedMode(on);
    }

    @Override
    public List<Peer> peers(TorrentRef ref) {
        return session.peers(resolve("peers", ref));
    }

    @Override
    public TransferInfo transferInfo() {
        closed.ensureOpen();
        return session.transferInfo();
    }

    @Override
    public TorrentProperties properties(TorrentRef ref) {
        return session.properties(resolve("properties", ref));
    }

    // ---- raw ------------------------------------------------------------------------------------

    /**
     * Sends any RPC method. Each parameter's value is read as JSON ({@code 42}, {@code true},
     * {@code ["version"]}, {@code {"a": 1}}); a value that is not JSON is sent as a string. Names
     * are sent as given, so in the dialect the daemon speaks ({@link ClientInfo#apiVersion()} says
     * which); legacy names are translated for a JSON-RPC daemon.
     *
     * @return HTTP 200 and the whole answer, whether the call succeeded or not
     */
    @Override
    public RawResponse rawCall(String endpoint, Map<String, String> parameters) {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(parameters, "parameters");
        closed.ensureOpen();
        if (!endpoint.matches("[a-z][a-z_-]*")) {
            throw new InvalidInputException(BACKEND, "rawCall", "parameter 'endpoint' must be an RPC method such as"
                    + " 'session-get', got '" + endpoint + "'", null);
        }
        JsonObject args = new JsonObject();
        parameters.forEach((k, v) -> {
            JsonElement value;
            try {
                value = JsonParser.parseString(Objects.requireNonNull(v, "parameter value"));
            } catch (JsonParseException e) {
                value = new com.google.gson.JsonPrimitive(v);
            }
            args.add(Objects.requireNonNull(k, "parameter name"), value);
        });
        return new RawResponse(200, rpc.raw("rawCall", endpoint, args));
    }

    @Override
    public void close() {
        if (closed.close()) {
            rpc.close();
        }
    }
}
