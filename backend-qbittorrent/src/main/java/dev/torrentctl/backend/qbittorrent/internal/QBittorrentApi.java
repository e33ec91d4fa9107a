package dev.torrentctl.backend.qbittorrent.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import dev.torrentctl.api.AddResult;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.BackendProtocolException;
import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.Category;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ClientInfo;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.RawResponse;
import dev.torrentctl.api.RemoveMode;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentNotFoundException;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.api.UnsupportedCapabilityException;
import dev.torrentctl.api.Wait;
import dev.torrentctl.backend.qbittorrent.QBittorrentProvider;
import dev.torrentctl.hashes.InfoHashes;
import dev.torrentctl.hashes.TorrentFormatException;
import dev.torrentctl.hashes.TorrentId;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;

/**
 * {@link Api} over qBittorrent's WebUI API. The WebAPI version is read once at connect time and
 * chooses the endpoint and parameter names (pause/resume before 2.11, stop/start after; text add
 * results before 2.14, JSON after). Thread-safe.
 */
public final class QBittorrentApi implements Api {
    private static final String BACKEND = QBittorrentProvider.NAME;
    private static final String ENDPOINT_MISSING = "Endpoint does not exist";
    private static final java.util.regex.Pattern RAW_ENDPOINT = java.util.regex.Pattern.compile(
            "[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");

    private final WebApiSession session;
    private final WebApiVersion webApi;
    private final ClientInfo info;
    private final Set<Capability> capabilities;
    private final AtomicBoolean closed = new AtomicBoolean();

    private QBittorrentApi(WebApiSession session, WebApiVersion webApi, String appVersion) {
        this.session = session;
        this.webApi = webApi;
        this.info = new ClientInfo(BACKEND, appVersion, webApi.toString(), session.method());
        Set<Capability> caps = EnumSet.allOf(Capability.class);
        if (!webApi.atLeast(WebApiVersion.V2_TORRENTS)) {
            caps.remove(Capability.V2_TORRENTS);
        }
        if (!webApi.atLeast(WebApiVersion.SET_TAGS)) {
            caps.remove(Capability.SET_TAGS);
        }
        this.capabilities = Set.copyOf(caps);
    }

    /**
     * Logs in and negotiates the WebAPI version.
     *
     * @param config where and how to connect
     * @return the connected client
     */
    public static QBittorrentApi connect(ClientConfig config) {
        WebApiSession session = new WebApiSession(config);
        try {
            session.login();
            WebApiSession.Text version = session.get("connect", "app/webapiVersion", Map.of());
            expectOk("connect", version);
            WebApiVersion webApi;
            try {
                webApi = WebApiVersion.parse(version.body());
            } catch (IllegalArgumentException e) {
                throw new BackendProtocolException(BACKEND, "connect", version.status(), version.body(),
                        "app/webapiVersion is not a version", e);
            }
            WebApiSession.Text app = session.get("connect", "app/version", Map.of());
            expectOk("connect", app);
            return new QBittorrentApi(session, webApi, app.body().strip());
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    @Override
    public ClientInfo clientInfo() {
        return info;
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    @Override
    public List<Torrent> list() {
        ensureOpen();
        return torrents("list", Map.of());
    }

    @Override
    public Optional<Torrent> find(TorrentRef ref) {
        Objects.requireNonNull(ref, "ref");
        ensureOpen();
        return Optional.ofNullable(resolveAll("find", List.of(ref)).get(ref));
    }

    @Override
    public AddResult add(AddTorrentRequest request) {
        Objects.requireNonNull(request, "request");
        ensureOpen();
        TorrentSource source = request.source();
        Map<String, String> options = new LinkedHashMap<>();
        request.savePath().ifPresent(p -> options.put("savepath", p));
        request.category().ifPresent(c -> options.put("category", c));
        if (!request.tags().isEmpty()) {
            options.put("tags", String.join(",", request.tags()));
        }
        // 4.x reads 'paused', 5.x reads 'stopped'; each ignores the other.
        options.put("paused", Boolean.toString(request.stopped()));
        options.put("stopped", Boolean.toString(request.stopped()));

        Optional<InfoHashes> hashes;
        WebApiSession.Text answer;
        if (source instanceof TorrentSource.Magnet m) {
            hashes = Optional.of(m.link().infoHashes());
            options.put("urls", m.link().toString());
            answer = session.post("add", "torrents/add", options);
        } else if (source instanceof TorrentSource.TorrentFile f) {
            hashes = Optional.of(f.metainfo().infoHashes());
            if (hashes.get().v1().isEmpty() && !capabilities.contains(Capability.V2_TORRENTS)) {
                throw new UnsupportedCapabilityException(BACKEND, "add", Capability.V2_TORRENTS,
                        "needs qBittorrent 4.4 or later (WebAPI 2.8.4); this one has WebAPI " + webApi);
            }
            answer = session.post("add", "torrents/add", multipart(f.bytes(), options));
        } else {
            hashes = Optional.empty();
            options.put("urls", ((TorrentSource.Url) source).url().toString());
            answer = session.post("add", "torrents/add", options);
        }
        return addResult(answer, hashes);
    }

    private AddResult addResult(WebApiSession.Text answer, Optional<InfoHashes> hashes) {
        int status = answer.status();
        String body = answer.body().strip();
        if (status == 415 || status == 400) {
            throw new InvalidInputException(BACKEND, "add", "qBittorrent rejected the torrent: " + body, null);
        }
        if (webApi.atLeast(WebApiVersion.JSON_ADD_RESULT) && (status == 200 || status == 202)) {
            Optional<TorrentId> id = firstAddedId(answer);
            AddResult.Outcome outcome = status == 202 ? AddResult.Outcome.PENDING : AddResult.Outcome.ADDED;
            return new AddResult(outcome, hashes, id.or(() -> hashes.map(InfoHashes::torrentId)));
        }
        if (status == 200 && body.equals("Ok.")) {
            return new AddResult(hashes.isPresent() ? AddResult.Outcome.ADDED : AddResult.Outcome.PENDING, hashes,
                    hashes.map(InfoHashes::torrentId));
        }
        if ((status == 200 && body.equals("Fails.")) || status == 409) {
            // qBittorrent says the same for a duplicate and for a torrent it could not add.
            if (hashes.isPresent() && find(TorrentRef.of(hashes.get())).isPresent()) {
                return new AddResult(AddResult.Outcome.DUPLICATE, hashes, Optional.of(hashes.get().torrentId()));
            }
            if (hashes.isEmpty()) {
                return new AddResult(AddResult.Outcome.DUPLICATE, hashes, Optional.empty());
            }
            throw new BackendProtocolException(BACKEND, "add", status, body, "qBittorrent did not add the torrent", null);
        }
        throw new BackendProtocolException(BACKEND, "add", status, body, "unexpected answer to torrents/add", null);
    }

    private static Optional<TorrentId> firstAddedId(WebApiSession.Text answer) {
        try {
            JsonElement root = JsonParser.parseString(answer.body());
            if (root.isJsonObject()) {
                JsonObject o = root.getAsJsonObject();
                JsonElement ids = o.get("added_torrent_ids");
                if (ids != null && ids.isJsonArray()) {
                    JsonArray a = ids.getAsJsonArray();
                    if (!a.isEmpty()) {
                        return Optional.of(TorrentId.parse(a.get(0).getAsString()));
                    }
                }
                return Optional.empty();
            }
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | TorrentFormatException e) {
            throw new BackendProtocolException(BACKEND, "add", answer.status(), answer.body(),
                    "torrents/add answered JSON that cannot be read", e);
        }
        throw new BackendProtocolException(BACKEND, "add", answer.status(), answer.body(),
                "torrents/add answered something other than a JSON object", null);
    }

    private static HttpEntity multipart(byte[] torrent, Map<String, String> options) {
        MultipartEntityBuilder b = MultipartEntityBuilder.create()
                .addBinaryBody("torrents", torrent, ContentType.create("application/x-bittorrent"), "upload.torrent");
        options.forEach((k, v) -> b.addTextBody(k, v, ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8)));
        // Every part has a known length, so the entity has a Content-Length: qBittorrent rejects chunked bodies.
        return b.build();
    }

    @Override
    public void stop(TorrentRef ref) {
        String id = resolve("stop", ref);
        String endpoint = webApi.atLeast(WebApiVersion.STOP_START) ? "torrents/stop" : "torrents/pause";
        expectOk("stop", session.post("stop", endpoint, Map.of("hashes", id)));
    }

    @Override
    public void start(TorrentRef ref) {
        String id = resolve("start", ref);
        String endpoint = webApi.atLeast(WebApiVersion.STOP_START) ? "torrents/start" : "torrents/resume";
        expectOk("start", session.post("start", endpoint, Map.of("hashes", id)));
    }

    @Override
    public void remove(TorrentRef ref, RemoveMode mode) {
        Objects.requireNonNull(mode, "mode");
        String id = resolve("remove", ref);
        expectOk("remove", session.post("remove", "torrents/delete",
                Map.of("hashes", id, "deleteFiles", Boolean.toString(mode == RemoveMode.DELETE_DATA))));
    }

    // ---- categories and tags ------------------------------------------------------------------

    @Override
    public Map<String, Category> categories() {
        ensureOpen();
        WebApiSession.Text t = session.get("categories", "torrents/categories", Map.of());
        expectOk("categories", t);
        Map<String, Category> out = new java.util.TreeMap<>();
        try {
            for (Map.Entry<String, JsonElement> e : JsonParser.parseString(t.body()).getAsJsonObject().entrySet()) {
                JsonObject c = e.getValue().getAsJsonObject();
                String path = c.has("savePath") && !c.get("savePath").isJsonNull() ? c.get("savePath").getAsString() : "";
                out.put(e.getKey(), new Category(e.getKey(), path.isEmpty() ? Optional.empty() : Optional.of(path)));
            }
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            throw new BackendProtocolException(BACKEND, "categories", t.status(), t.body(),
                    "torrents/categories answered JSON that cannot be read", e);
        }
        return Map.copyOf(out);
    }

    @Override
    public void createCategory(Category category) {
        Objects.requireNonNull(category, "category");
        ensureOpen();
        WebApiSession.Text t = session.post("createCategory", "torrents/createCategory",
                Map.of("category", category.name(), "savePath", category.savePath().orElse("")));
        if (t.status() == 409) {
            throw new InvalidInputException(BACKEND, "createCategory", "category '" + category.name()
                    + "' exists already, or qBittorrent refuses the name: " + t.body().strip(), null);
        }
        expectOk("createCategory", t);
    }

    @Override
    public void editCategory(Category category) {
        Objects.requireNonNull(category, "category");
        ensureOpen();
        WebApiSession.Text t = session.post("editCategory", "torrents/editCategory",
                Map.of("category", category.name(), "savePath", category.savePath().orElse("")));
        if (t.status() == 409 || (t.status() == 404 && !t.body().contains(ENDPOINT_MISSING))) {
            throw new InvalidInputException(BACKEND, "editCategory", "there is no category '" + category.name() + "'",
                    null);
        }
        expectOk("editCategory", t);
    }

    @Override
    public void removeCategories(Set<String> names) {
        Objects.requireNonNull(names, "names");
        ensureOpen();
        if (!names.isEmpty()) {
            expectOk("removeCategories", session.post("removeCategories", "torrents/removeCategories",
                    Map.of("categories", String.join("\n", names))));
        }
    }

    @Override
    public BulkResult setCategory(List<TorrentRef> refs, Optional<String> category, Wait wait) {
        Objects.requireNonNull(category, "category");
        String name = category.orElse("");
        return bulk("setCategory").apply(refs, t -> t.category().orElse("").equals(name), ids -> {
            WebApiSession.Text t = session.post("setCategory", "torrents/setCategory",
                    Map.of("hashes", String.join("|", ids), "category", name));
            if (t.status() == 409) {
                throw new InvalidInputException(BACKEND, "setCategory", "there is no category '" + name + "'", null);
            }
            expectOk("setCategory", t);
        }, wait);
    }

    @Override
    public Set<String> tags() {
        ensureOpen();
        WebApiSession.Text t = session.get("tags", "torrents/tags", Map.of());
        expectOk("tags", t);
        Set<String> out = new java.util.TreeSet<>();
        try {
            JsonParser.parseString(t.body()).getAsJsonArray().forEach(e -> out.add(e.getAsString()));
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            throw new BackendProtocolException(BACKEND, "tags", t.status(), t.body(),
                    "torrents/tags answered JSON that cannot be read", e);
        }
        return Set.copyOf(out);
    }

    @Override
    public void createTags(Set<String> tags) {
        ensureOpen();
        if (!tags.isEmpty()) {
            expectOk("createTags", session.post("createTags", "torrents/createTags", Map.of("tags", tagList("createTags", tags))));
        }
    }

    @Override
    public void deleteTags(Set<String> tags) {
        ensureOpen();
        if (!tags.isEmpty()) {
            expectOk("deleteTags", session.post("deleteTags", "torrents/deleteTags", Map.of("tags", tagList("deleteTags", tags))));
        }
    }

    @Override
    public BulkResult addTags(List<TorrentRef> refs, Set<String> tags, Wait wait) {
        String list = tagList("addTags", tags);
        return bulk("addTags").apply(refs, t -> t.tags().containsAll(tags), ids -> expectOk("addTags",
                session.post("addTags", "torrents/addTags", Map.of("hashes", String.join("|", ids), "tags", list))), wait);
    }

    @Override
    public BulkResult removeTags(List<TorrentRef> refs, Set<String> tags, Wait wait) {
        String list = tagList("removeTags", tags);
        return bulk("removeTags").apply(refs, t -> t.tags().stream().noneMatch(tags::contains), ids -> expectOk(
                "removeTags", session.post("removeTags", "torrents/removeTags",
                        Map.of("hashes", String.join("|", ids), "tags", list))), wait);
    }

    @Override
    public BulkResult setTags(List<TorrentRef> refs, Set<String> tags, Wait wait) {
        if (!capabilities.contains(Capability.SET_TAGS)) {
            throw new UnsupportedCapabilityException(BACKEND, "setTags", Capability.SET_TAGS,
                    "needs qBittorrent 5.1 (WebAPI 2.11.4); this one has WebAPI " + webApi);
        }
        String list = tagList("setTags", tags);
        return bulk("setTags").apply(refs, t -> t.tags().equals(tags), ids -> expectOk("setTags",
                session.post("setTags", "torrents/setTags", Map.of("hashes", String.join("|", ids), "tags", list))), wait);
    }

    private static String tagList(String operation, Set<String> tags) {
        Objects.requireNonNull(tags, "tags");
        for (String tag : tags) {
            if (tag.isBlank() || tag.indexOf(',') >= 0 || !tag.equals(tag.strip())) {
                throw new InvalidInputException(BACKEND, operation, "parameter 'tags': '" + tag + "' is not a tag"
                        + " qBittorrent accepts (blank, a comma, or spaces around it)", null);
            }
        }
        return String.join(",", new java.util.TreeSet<>(tags));
    }

    private BulkOperation bulk(String operation) {
        ensureOpen();
        return new BulkOperation(operation, refs -> resolveAll(operation, refs),
                ids -> torrents(operation, Map.of("hashes", String.join("|", ids))));
    }

    /**
     * Finds torrents with one filtered {@code torrents/info} request. A hybrid is keyed by its
     * truncated v2 hash, so a reference by a v1 hash alone cannot be filtered server-side: only when
     * such a reference misses is the whole list read.
     */
    private Map<TorrentRef, Torrent> resolveAll(String operation, List<TorrentRef> refs) {
        Objects.requireNonNull(refs, "refs");
        Map<TorrentRef, Torrent> found = new java.util.HashMap<>();
        if (refs.isEmpty()) {
            return found;
        }
        Set<String> ids = new java.util.LinkedHashSet<>();
        refs.forEach(r -> ids.add(r.torrentId().hex()));
        List<Torrent> listed = torrents(operation, Map.of("hashes", String.join("|", ids)));
        List<TorrentRef> missing = new java.util.ArrayList<>();
        for (TorrentRef ref : refs) {
            listed.stream().filter(ref::matches).findFirst().ifPresentOrElse(t -> found.put(ref, t), () -> missing.add(ref));
        }
        if (missing.stream().anyMatch(r -> r.v2().isEmpty() && r.possibleV1().isPresent())) {
            List<Torrent> all = torrents(operation, Map.of());
            for (TorrentRef ref : missing) {
                all.stream().filter(ref::matches).findFirst().ifPresent(t -> found.put(ref, t));
            }
        }
        return found;
    }

    @Override
    public RawResponse rawCall(String endpoint, Map<String, String> parameters) {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(parameters, "parameters");
        ensureOpen();
        if (!RAW_ENDPOINT.matcher(endpoint).matches()) {
            throw new InvalidInputException(BACKEND, "rawCall", "parameter 'endpoint' must be a WebUI API path below"
                    + " /api/v2/ such as 'app/preferences', got '" + endpoint + "'", null);
        }
        WebApiSession.Text t = session.post("rawCall", endpoint, new LinkedHashMap<>(parameters));
        return new RawResponse(t.status(), t.body());
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            session.logout();
            session.close();
        }
    }

    /** The client's id for the torrent; qBittorrent ignores unknown ids silently, so check first. */
    private String resolve(String operation, TorrentRef ref) {
        Objects.requireNonNull(ref, "ref");
        ensureOpen();
        return find(ref).map(Torrent::id).orElseThrow(() -> new TorrentNotFoundException(BACKEND, operation, ref));
    }

    private List<Torrent> torrents(String operation, Map<String, String> query) {
        return session.get(operation, "torrents/info", query, (status, entity) -> {
            if (status != 200 || entity == null) {
                WebApiSession.Text t = WebApiSession.text(status, entity);
                throw new BackendProtocolException(BACKEND, operation, status, t.body(), "unexpected answer to torrents/info",
                        null);
            }
            try (JsonReader reader = new JsonReader(new InputStreamReader(entity.getContent(), StandardCharsets.UTF_8))) {
                return TorrentListReader.read(reader);
            } catch (IllegalStateException | NumberFormatException | TorrentFormatException
                    | com.google.gson.stream.MalformedJsonException | java.io.EOFException e) {
                // EOFException: the JSON ended early although the HTTP body was complete (a cut
                // connection surfaces as HttpCore's ConnectionClosedException instead).
                throw new BackendProtocolException(BACKEND, operation, status, "", "torrents/info answered JSON that"
                        + " cannot be read: " + e.getMessage(), e);
            }
        });
    }

    private static void expectOk(String operation, WebApiSession.Text t) {
        if (t.status() == 200 || t.status() == 204) {
            return;
        }
        if (t.status() == 404 && t.body().contains(ENDPOINT_MISSING)) {
            throw new BackendProtocolException(BACKEND, operation, t.status(), t.body(),
                    "this qBittorrent version has no such endpoint", null);
        }
        if (t.status() == 400) {
            throw new InvalidInputException(BACKEND, operation, "qBittorrent rejected the request: " + t.body().strip(), null);
        }
        throw new BackendProtocolException(BACKEND, operation, t.status(), t.body(), "unexpected answer", null);
    }

    /** @return the WebAPI session (package-private: tests log it out behind the client's back) */
    WebApiSession session() {
        return session;
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("[" + BACKEND + "] this client is closed");
        }
    }
}
