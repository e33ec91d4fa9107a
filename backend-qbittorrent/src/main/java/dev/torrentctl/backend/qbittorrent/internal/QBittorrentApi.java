package dev.torrentctl.backend.qbittorrent.internal;

import dev.torrentctl.api.AddResult;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.Category;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ClientInfo;
import dev.torrentctl.api.FileEntry;
import dev.torrentctl.api.FilePriority;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.Peer;
import dev.torrentctl.api.QueueMove;
import dev.torrentctl.api.RawResponse;
import dev.torrentctl.api.RemoveMode;
import dev.torrentctl.api.ShareLimits;
import dev.torrentctl.api.SpeedLimits;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentFilter;
import dev.torrentctl.api.TorrentProperties;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.Tracker;
import dev.torrentctl.api.TransferInfo;
import dev.torrentctl.api.Wait;
import dev.torrentctl.api.spi.BulkChange;
import dev.torrentctl.backend.support.Opening;
import dev.torrentctl.backend.qbittorrent.QBittorrentProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@link Api} over qBittorrent's WebUI API. The WebAPI version is read once at connect time and
 * decides the capabilities and the endpoint and parameter names (see {@link WebApiVersion}). Each
 * group of operations lives in a class of its own; this one connects them. Thread-safe.
 */
public final class QBittorrentApi implements Api {
    private static final Pattern RAW_ENDPOINT = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");

    private final Calls calls;
    private final ClientInfo info;
    private final Set<Capability> capabilities;
    private final TorrentAdder adder;
    private final TorrentLabels labels;
    private final TorrentFiles files;
    private final TorrentTrackers trackers;
    private final TorrentControl control;
    private final GlobalTransfer transfer;
    private final TorrentDetails details;

    private QBittorrentApi(WebApiSession session, WebApiVersion webApi, String appVersion) {
        this.calls = new Calls(session, webApi);
        this.info = new ClientInfo(QBittorrentProvider.NAME, appVersion, webApi.toString(), session.method());
        this.capabilities = VersionGate.capabilities(webApi);
        this.labels = new TorrentLabels(calls);
        this.files = new TorrentFiles(calls);
        this.trackers = new TorrentTrackers(calls);
        this.control = new TorrentControl(calls);
        this.transfer = new GlobalTransfer(calls);
        this.details = new TorrentDetails(calls);
        this.adder = new TorrentAdder(calls, capabilities, control);
    }

    /**
     * Logs in and negotiates the WebAPI version.
     *
     * @param config where and how to connect
     * @return the connected client
     */
    public static QBittorrentApi connect(ClientConfig config) {
        WebApiSession session = new WebApiSession(config);
        return Opening.open(session.events(), session, () -> {
            session.login();
            WebApiSession.Text version = session.get("connect", "app/webapiVersion", Map.of());
            Calls.expectOk("connect", version);
            WebApiVersion webApi;
            try {
                webApi = WebApiVersion.parse(version.body());
            } catch (IllegalArgumentException e) {
                throw session.unrecognized("connect", "app/webapiVersion", version.status(),
                        "app/webapiVersion answered something that is not a WebAPI version");
            }
            WebApiSession.Text app = session.get("connect", "app/version", Map.of());
            Calls.expectOk("connect", app);
            return new QBittorrentApi(session, webApi, app.body().strip());
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

    // ---- torrents -----------------------------------------------------------------------------

    @Override
    public List<Torrent> list() {
        calls.ensureOpen();
        return calls.torrents("list", Map.of());
    }

    @Override
    public List<Torrent> listMatching(TorrentFilter filter) {
        return calls.listMatching("list", filter);
    }

    @Override
    public Optional<Torrent> find(TorrentRef ref) {
        Objects.requireNonNull(ref, "ref");
        return Optional.ofNullable(calls.resolveAll("find", List.of(ref)).get(ref));
    }

    @Override
    public List<AddResult> addAll(List<AddTorrentRequest> requests, Wait wait) {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(wait, "wait");
        return adder.addAll("addAll", requests, wait);
    }

    @Override
    public BulkResult start(TorrentSelection which, Wait wait) {
        String endpoint = calls.webApi.atLeast(WebApiVersion.STOP_START) ? "torrents/start" : "torrents/resume";
        return calls.bulkChange("start").apply("start", which, BulkChange.RUNNING,
                ids -> calls.postOk("start", endpoint, Map.of("hashes", String.join("|", ids))), BulkChange.STARTED, wait);
    }

    @Override
    public BulkResult stop(TorrentSelection which, Wait wait) {
        String endpoint = calls.webApi.atLeast(WebApiVersion.STOP_START) ? "torrents/stop" : "torrents/pause";
        return calls.bulkChange("stop").apply("stop", which, BulkChange.STOPPED,
                ids -> calls.postOk("stop", endpoint, Map.of("hashes", String.join("|", ids))), BulkChange.STOPPED, wait);
    }

    @Override
    public BulkResult remove(TorrentSelection which, RemoveMode mode, Wait wait) {
        Objects.requireNonNull(mode, "mode");
        return calls.bulkChange("remove").remove("remove", which, ids -> calls.postOk("remove", "torrents/delete",
                Map.of("hashes", String.join("|", ids), "deleteFiles", Boolean.toString(mode == RemoveMode.DELETE_DATA))),
                wait);
    }

    // ---- categories and tags ------------------------------------------------------------------

    @Override
    public Map<String, Category> categories() {
        return labels.categories();
    }

    @Override
    public void createCategory(Category category) {
        labels.createCategory(category);
    }

    @Override
    public void editCategory(Category category) {
        labels.editCategory(category);
    }

    @Override
    public void removeCategories(Set<String> names) {
        labels.removeCategories(names);
    }

    @Override
    public BulkResult setCategory(TorrentSelection which, Optional<String> category, Wait wait) {
        return labels.setCategory(which, category, wait);
    }

    @Override
    public Set<String> tags() {
        return labels.tags();
    }

    @Override
    public void createTags(Set<String> tags) {
        labels.createTags(tags);
    }

    @Override
    public void deleteTags(Set<String> tags) {
        labels.deleteTags(tags);
    }

    @Override
    public BulkResult addTags(TorrentSelection which, Set<String> tags, Wait wait) {
        return labels.addTags(which, tags, wait);
    }

    @Override
    public BulkResult removeTags(TorrentSelection which, Set<String> tags, Wait wait) {
        return labels.removeTags(which, tags, wait);
    }

    @Override
    public BulkResult setTags(TorrentSelection which, Set<String> tags, Wait wait) {
        return labels.setTags(which, tags, wait);
    }

    // ---- files, trackers, web seeds -----------------------------------------------------------

    @Override
    public List<FileEntry> files(TorrentRef ref) {
        return files.files(ref);
    }

    @Override
    public void setFilePriority(TorrentRef ref, Set<Integer> indexes, FilePriority priority) {
        TorrentFiles.priorityParameter(java.util.Objects.requireNonNull(priority, "priority")); // LOW: unsupported, before any call
        files.setFilePriority(ref, indexes, priority);
    }

    @Override
    public void renameFile(TorrentRef ref, String from, String to) {
        files.renameFile(ref, from, to);
    }

    @Override
    public void renameFolder(TorrentRef ref, String from, String to) {
        files.renameFolder(ref, from, to);
    }

    @Override
    public List<Tracker> trackers(TorrentRef ref) {
        return trackers.trackers(ref);
    }

    @Override
    public void addTrackers(TorrentRef ref, List<String> urls) {
        trackers.addTrackers(ref, urls);
    }

    @Override
    public void editTracker(TorrentRef ref, String from, String to) {
        trackers.editTracker(ref, from, to);
    }

    @Override
    public Set<String> removeTrackers(TorrentRef ref, Set<String> urls) {
        return trackers.removeTrackers(ref, urls);
    }

    @Override
    public List<String> webSeeds(TorrentRef ref) {
        return trackers.webSeeds(ref);
    }

    @Override
    public void addWebSeeds(TorrentRef ref, List<String> urls) {
        VersionGate.require("addWebSeeds", Capability.EDIT_WEB_SEEDS, calls.webApi);
        trackers.addWebSeeds(ref, urls);
    }

    @Override
    public void editWebSeed(TorrentRef ref, String from, String to) {
        VersionGate.require("editWebSeed", Capability.EDIT_WEB_SEEDS, calls.webApi);
        trackers.editWebSeed(ref, from, to);
    }

    @Override
    public Set<String> removeWebSeeds(TorrentRef ref, Set<String> urls) {
        VersionGate.require("removeWebSeeds", Capability.EDIT_WEB_SEEDS, calls.webApi);
        return trackers.removeWebSeeds(ref, urls);
    }

    // ---- location, control, limits ------------------------------------------------------------

    @Override
    public BulkResult setLocation(TorrentSelection which, String path, Wait wait) {
        return control.setLocation(which, path, wait);
    }

    @Override
    public BulkResult setSavePath(TorrentSelection which, String path, Wait wait) {
        return control.setSavePath(which, path, wait);
    }

    @Override
    public void rename(TorrentRef ref, String name) {
        control.rename(ref, name);
    }

    @Override
    public BulkResult recheck(TorrentSelection which) {
        return control.recheck(which);
    }

    @Override
    public BulkResult reannounce(TorrentSelection which) {
        return control.reannounce(which);
    }

    @Override
    public BulkResult setForceStart(TorrentSelection which, boolean on, Wait wait) {
        return control.setForceStart(which, on, wait);
    }

    @Override
    public BulkResult startNow(TorrentSelection which, Wait wait) {
        return control.startNow(which, wait);
    }

    @Override
    public BulkResult setSuperSeeding(TorrentSelection which, boolean on, Wait wait) {
        return control.setSuperSeeding(which, on, wait);
    }

    @Override
    public BulkResult moveInQueue(TorrentSelection which, QueueMove move) {
        return control.moveInQueue(which, move);
    }

    @Override
    public BulkResult setSpeedLimits(TorrentSelection which, SpeedLimits limits, Wait wait) {
        return control.setSpeedLimits(which, limits, wait);
    }

    @Override
    public BulkResult setShareLimits(TorrentSelection which, ShareLimits limits, Wait wait) {
        return control.setShareLimits(which, limits, wait);
    }

    @Override
    public SpeedLimits globalSpeedLimits() {
        return transfer.globalSpeedLimits();
    }

    @Override
    public void setGlobalSpeedLimits(SpeedLimits limits) {
        transfer.setGlobalSpeedLimits(limits);
    }

    @Override
    public boolean alternativeSpeedMode() {
        return transfer.alternativeSpeedMode();
    }

    @Override
    public void setAlternativeSpeedMode(boolean on) {
        transfer.setAlternativeSpeedMode(on);
    }

    // ---- swarm and statistics -----------------------------------------------------------------

    @Override
    public List<Peer> peers(TorrentRef ref) {
        return details.peers(ref);
    }

    @Override
    public TransferInfo transferInfo() {
        return transfer.transferInfo();
    }

    @Override
    public TorrentProperties properties(TorrentRef ref) {
        return details.properties(ref);
    }

    // ---- escape hatch and lifecycle -----------------------------------------------------------

    @Override
    public RawResponse rawCall(String endpoint, Map<String, String> parameters) {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(parameters, "parameters");
        calls.ensureOpen();
        if (!RAW_ENDPOINT.matcher(endpoint).matches()) {
            throw new InvalidInputException(Calls.BACKEND, "rawCall", "parameter 'endpoint' must be a WebUI API path"
                    + " below /api/v2/ such as 'app/preferences', got '" + endpoint + "'", null);
        }
        WebApiSession.Text t = calls.session.post("rawCall", endpoint, new LinkedHashMap<>(parameters));
        return new RawResponse(t.status(), t.body());
    }

    @Override
    public void close() {
        if (calls.close()) {
            calls.session.logout();
            calls.session.close();
        }
    }

    /** @return the WebAPI session (package-private: tests log it out behind the client's back) */
    WebApiSession session() {
        return calls.session;
    }
}
