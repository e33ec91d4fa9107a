package dev.torrentctl.tck;

import dev.torrentctl.api.AddResult;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.AuthMethod;
import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.Category;
import dev.torrentctl.api.ClientInfo;
import dev.torrentctl.api.ConnectionStatus;
import dev.torrentctl.api.ContentLayout;
import dev.torrentctl.api.DataRate;
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
import dev.torrentctl.api.TorrentClientException;
import dev.torrentctl.api.TorrentFilter;
import dev.torrentctl.api.TorrentNotFoundException;
import dev.torrentctl.api.TorrentProperties;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.TorrentSettings;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.api.TorrentState;
import dev.torrentctl.api.Tracker;
import dev.torrentctl.api.TrackerStatus;
import dev.torrentctl.api.TransferInfo;
import dev.torrentctl.api.UnsupportedCapabilityException;
import dev.torrentctl.api.Wait;
import dev.torrentctl.api.spi.BulkChange;
import dev.torrentctl.api.spi.ConnectionEvents;
import dev.torrentctl.hashes.InfoHashes;
import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.TorrentFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * An in-memory client for the kit's self-test that implements every capability, as a correct
 * backend would, unless a {@link FakeProvider.Breakage} makes one feature area wrong. Every client
 * of one backend name shares one store, like clients of one daemon.
 */
final class FakeApi implements Api {
    /** One torrent in the store: what a client keeps beyond the list entry. */
    private static final class Entry {
        volatile Torrent torrent;
        final List<String> paths = new ArrayList<>();
        final List<Long> sizes = new ArrayList<>();
        final List<FilePriority> priorities = new ArrayList<>();
        final List<Tracker> trackers = new ArrayList<>();
        final List<String> webSeeds = new ArrayList<>();
        Optional<Metainfo> meta = Optional.empty();
        Instant added = Instant.now();
        int pendingStopReads;

        synchronized Torrent torrent() {
            return torrent;
        }
    }

    /** The fake daemons, by backend name: torrents, categories, tags and global settings. */
    private static final class Daemon {
        final Map<String, Entry> torrents = new ConcurrentHashMap<>();
        final Map<String, Category> categories = new ConcurrentHashMap<>();
        final Set<String> tags = ConcurrentHashMap.newKeySet();
        volatile SpeedLimits global = SpeedLimits.UNLIMITED;
        volatile boolean alternative;
        int nextQueue = 1;
    }

    private static final Map<String, Daemon> DAEMONS = new ConcurrentHashMap<>();

    private final String name;
    private final Set<Capability> capabilities;
    private final FakeProvider.Breakage breakage;
    private final ConnectionEvents events;
    private final Daemon daemon;
    private final AtomicBoolean closed = new AtomicBoolean();

    FakeApi(String name, Set<Capability> capabilities, FakeProvider.Breakage breakage, ConnectionEvents events) {
        this.name = name;
        this.capabilities = capabilities;
        this.breakage = breakage;
        this.events = events;
        this.daemon = DAEMONS.computeIfAbsent(name, k -> new Daemon());
    }

    /** The v1 hash of the info dictionary decoded and encoded again: sorted, so not the file's. */
    private static InfoHashes reencodedHash(Metainfo m) {
        byte[] again = dev.torrentctl.hashes.bencode.Bencode.encode(
                dev.torrentctl.hashes.bencode.BencodeDecoder.lenient().decode(m.infoBytes()));
        try {
            return InfoHashes.of(dev.torrentctl.hashes.InfoHashV1.of(
                    java.security.MessageDigest.getInstance("SHA-1").digest(again)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private boolean broken(FakeProvider.Breakage b) {
        return breakage == b;
    }

    @Override
    public ClientInfo clientInfo() {
        return new ClientInfo(name, "1.0", "1", AuthMethod.BYPASS);
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    private void need(String op, Capability c) {
        if (closed.get() && !broken(FakeProvider.Breakage.LIFECYCLE)) {
            throw new IllegalStateException("[" + name + "] this client is closed");
        }
        if (!capabilities.contains(c)) {
            if (broken(FakeProvider.Breakage.CAPABILITIES) && c == Capability.PEERS) {
                return; // the broken variant silently accepts an undeclared capability
            }
            throw new UnsupportedCapabilityException(name, op, c);
        }
    }

    private Optional<Entry> entry(TorrentRef ref) {
        return daemon.torrents.values().stream().filter(e -> ref.matches(e.torrent())).findFirst();
    }

    private Entry required(String op, TorrentRef ref) {
        return entry(Objects.requireNonNull(ref, "ref")).orElseThrow(() -> new TorrentNotFoundException(name, op, ref));
    }

    private static void update(Entry e, UnaryOperator<Torrent.Builder> change) {
        synchronized (e) {
            e.torrent = change.apply(e.torrent.toBuilder()).build();
        }
    }

    private static TorrentSettings settings(Torrent t, UnaryOperator<SettingsBuilder> change) {
        return change.apply(new SettingsBuilder(t.settings())).build();
    }

    /** A mutable copy of {@link TorrentSettings}. */
    private static final class SettingsBuilder {
        SpeedLimits speed;
        ShareLimits share;
        boolean sequential;
        boolean firstLast;
        boolean automatic;
        boolean superSeeding;
        boolean forceStart;
        OptionalInt queue;
        Optional<dev.torrentctl.api.BandwidthPriority> bandwidth;

        SettingsBuilder(TorrentSettings s) {
            speed = s.speedLimits();
            share = s.shareLimits();
            sequential = s.sequentialDownload();
            firstLast = s.firstLastPiecePriority();
            automatic = s.automaticManagement();
            superSeeding = s.superSeeding();
            forceStart = s.forceStart();
            queue = s.queuePosition();
            bandwidth = s.bandwidthPriority();
        }

        TorrentSettings build() {
            return new TorrentSettings(speed, share, sequential, firstLast, automatic, superSeeding, forceStart, queue,
                    bandwidth);
        }
    }

    // ---- listing --------------------------------------------------------------------------------

    @Override
    public List<Torrent> list() {
        need("list", Capability.LIST_TORRENTS);
        return daemon.torrents.values().stream().map(this::read).toList();
    }

    /** A read of a torrent: a stop shows as queued for a few reads first, as qBittorrent's does. */
    private Torrent read(Entry e) {
        synchronized (e) {
            if (e.pendingStopReads > 0 && --e.pendingStopReads == 0) {
                e.torrent = e.torrent.toBuilder().state(TorrentState.STOPPED).rawState("stopped").build();
            }
            return e.torrent;
        }
    }

    @Override
    public List<Torrent> listMatching(TorrentFilter filter) {
        need("list", Capability.LIST_TORRENTS);
        Objects.requireNonNull(filter, "filter");
        if (broken(FakeProvider.Breakage.LISTING)) {
            return list();
        }
        return list().stream().filter(filter::matches).toList();
    }

    @Override
    public Optional<Torrent> find(TorrentRef ref) {
        need("find", Capability.GET_TORRENT);
        return entry(Objects.requireNonNull(ref, "ref")).map(this::read);
    }

    private BulkChange bulk() {
        return new BulkChange(name, new BulkChange.Lookup() {
            @Override
            public Map<TorrentRef, Torrent> find(List<TorrentRef> refs) {
                Map<TorrentRef, Torrent> found = new HashMap<>();
                refs.forEach(r -> entry(r).ifPresent(e -> found.put(r, read(e))));
                return found;
            }

            @Override
            public List<Torrent> list(TorrentFilter filter) {
                return daemon.torrents.values().stream().map(FakeApi.this::read).filter(filter::matches).toList();
            }

            @Override
            public List<Torrent> fetch(Set<String> ids) {
                return ids.stream().map(daemon.torrents::get).filter(Objects::nonNull).map(FakeApi.this::read).toList();
            }
        });
    }

    private BulkResult change(String op, TorrentSelection which, Predicate<Torrent> done, UnaryOperator<Torrent.Builder> change,
            Wait wait) {
        return bulk().apply(op, which, done, ids -> ids.forEach(id -> Optional.ofNullable(daemon.torrents.get(id))
                .ifPresent(e -> update(e, change))), done, wait);
    }

    // ---- adding ---------------------------------------------------------------------------------

    @Override
    public List<AddResult> addAll(List<AddTorrentRequest> requests, Wait wait) {
        for (AddTorrentRequest r : requests) {
            for (Capability c : r.requiredCapabilities()) {
                if (c != r.source().capability()) {
                    need("add", c);
                }
            }
        }
        List<AddResult> results = new ArrayList<>();
        for (AddTorrentRequest r : requests) {
            try {
                need("add", r.source().capability());
                results.add(addOne(r));
            } catch (TorrentClientException e) {
                results.add(AddResult.failed(e, Optional.empty()));
            }
        }
        return bulk().awaitAdded("addAll", results, wait);
    }

    private AddResult addOne(AddTorrentRequest request) {
        TorrentSource source = request.source();
        InfoHashes hashes;
        String torrentName;
        Optional<Metainfo> meta = Optional.empty();
        if (source instanceof TorrentSource.Magnet m) {
            hashes = m.link().infoHashes();
            torrentName = m.link().displayName().orElse(hashes.torrentId().hex());
        } else {
            Metainfo parsed = source instanceof TorrentSource.TorrentFile f ? f.metainfo()
                    : Metainfo.parse(download(((TorrentSource.Url) source).url()));
            hashes = parsed.infoHashes();
            torrentName = parsed.name();
            if (hashes.v1().isEmpty()) {
                need("add", Capability.V2_TORRENTS);
            }
            if (hashes.version() == dev.torrentctl.hashes.TorrentVersion.HYBRID) {
                need("add", Capability.HYBRID_TORRENTS);
                if (broken(FakeProvider.Breakage.HYBRID_REFUSED)) { // as Transmission 3.00 does
                    throw new dev.torrentctl.api.InvalidInputException(name, "add",
                            "invalid or corrupt torrent file", null);
                }
            }
            if (!parsed.infoIsCanonical()) {
                need("add", Capability.NON_CANONICAL_TORRENTS);
                if (broken(FakeProvider.Breakage.REENCODED_HASH)) { // keyed by a re-encoding, as Transmission 3.00
                    hashes = reencodedHash(parsed);
                }
            }
            meta = Optional.of(parsed);
        }
        String id = hashes.torrentId().hex();
        if (daemon.torrents.containsKey(id) && !broken(FakeProvider.Breakage.ADDING)) {
            return AddResult.of(AddResult.Outcome.DUPLICATE, Optional.of(hashes), Optional.of(hashes.torrentId()));
        }
        Entry e = new Entry();
        boolean skipCheck = request.skipHashCheck();
        long total = meta.map(Metainfo::totalSizeBytes).orElse(0L);
        meta.ifPresent(m -> {
            for (TorrentFile f : m.files()) {
                if (f.padding()) {
                    continue;
                }
                String path = String.join("/", f.path());
                boolean single = m.files().stream().filter(x -> !x.padding()).count() == 1 && f.path().size() == 1
                        && f.path().get(0).equals(m.name());
                ContentLayout layout = request.contentLayout().orElse(ContentLayout.ORIGINAL);
                if (!single && layout != ContentLayout.NO_SUBFOLDER) {
                    path = m.name() + "/" + path;
                }
                e.paths.add(path);
                e.sizes.add(f.lengthBytes());
                e.priorities.add(broken(FakeProvider.Breakage.ADD_OPTIONS) ? FilePriority.NORMAL
                        : request.filePriorities().getOrDefault(e.paths.size() - 1, FilePriority.NORMAL));
            }
            List<List<String>> tiers = m.trackers();
            for (int tier = 0; tier < tiers.size(); tier++) {
                for (String url : tiers.get(tier)) {
                    e.trackers.add(Tracker.builder(url).tier(tier).status(TrackerStatus.NOT_CONTACTED).build());
                }
            }
            e.webSeeds.addAll(m.webSeeds());
        });
        e.meta = meta;
        request.category().ifPresent(c -> daemon.categories.putIfAbsent(c, Category.of(c)));
        daemon.tags.addAll(request.tags());
        boolean sequential = request.sequentialDownload() && !broken(FakeProvider.Breakage.ADD_OPTIONS);
        int queue;
        synchronized (daemon) {
            queue = daemon.nextQueue++;
        }
        if (!request.filePriorities().isEmpty()) {
            if (meta.isEmpty()) {
                throw new InvalidInputException(name, "add", "file priorities at add need a .torrent file", null);
            }
            int count = e.paths.size();
            request.filePriorities().keySet().stream().filter(i -> i >= count).findFirst().ifPresent(i -> {
                throw new InvalidInputException(name, "add", "parameter 'filePriorities': no file " + i, null);
            });
        }
        // broken: rate limits, first/last piece priority, the seeding time limit and the bandwidth
        // priority given at add are dropped
        boolean dropped = broken(FakeProvider.Breakage.ADD_OPTIONS);
        ShareLimits share = request.shareLimits().orElse(ShareLimits.GLOBAL);
        TorrentSettings settings = new TorrentSettings(dropped ? SpeedLimits.UNLIMITED : request.speedLimits(),
                dropped ? withoutSeedingTime(share) : share, sequential, request.firstLastPiecePriority() && !dropped, request.automaticManagement().orElse(false), false, false,
                OptionalInt.of(queue), Optional.of(dropped ? dev.torrentctl.api.BandwidthPriority.NORMAL
                        : request.bandwidthPriority().orElse(dev.torrentctl.api.BandwidthPriority.NORMAL)));
        long wanted = 0;
        for (int i = 0; i < e.sizes.size(); i++) {
            wanted += e.priorities.get(i) == FilePriority.SKIP ? 0 : e.sizes.get(i);
        }
        long wantedSize = meta.isPresent() ? wanted : total;
        e.torrent = Torrent.builder(id).infoHashV1(hashes.v1()).infoHashV2(hashes.v2())
                .name(request.name().orElse(torrentName))
                .state(request.stopped() ? (skipCheck && total > 0 ? TorrentState.COMPLETED : TorrentState.STOPPED)
                        : TorrentState.DOWNLOADING)
                .rawState("added").progress(skipCheck && total > 0 ? 1.0 : 0.0).sizeBytes(wantedSize).totalSizeBytes(total)
                .savePath(request.savePath().orElse("/downloads")).category(request.category()).tags(request.tags())
                .addedOn(Optional.of(e.added)).settings(settings).build();
        daemon.torrents.put(id, e);
        return AddResult.of(AddResult.Outcome.ADDED, Optional.of(hashes), Optional.of(hashes.torrentId()));
    }

    private static byte[] download(URI url) {
        try (InputStream in = url.toURL().openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidInputException("fake", "add", "cannot download " + url + ": " + e, e);
        }
    }

    // ---- lifecycle ------------------------------------------------------------------------------

    @Override
    public BulkResult start(TorrentSelection which, Wait wait) {
        need("start", Capability.STOP_START);
        return bulk().apply("start", which, BulkChange.RUNNING, ids -> ids.forEach(id -> Optional.ofNullable(
                daemon.torrents.get(id)).ifPresent(e -> update(e, b -> b.state(TorrentState.DOWNLOADING)
                .rawState("downloading")))), BulkChange.STARTED, wait);
    }

    @Override
    public BulkResult stop(TorrentSelection which, Wait wait) {
        need("stop", Capability.STOP_START);
        // like qBittorrent, a stopped torrent shows queued for a moment before it shows stopped
        BulkResult r = bulk().apply("stop", which, BulkChange.STOPPED, ids -> ids.forEach(id -> Optional.ofNullable(
                daemon.torrents.get(id)).ifPresent(e -> {
                    synchronized (e) {
                        e.torrent = e.torrent.toBuilder().state(TorrentState.QUEUED).rawState("stopping").build();
                        e.pendingStopReads = 2;
                    }
                })), BulkChange.STOPPED, broken(FakeProvider.Breakage.BULK_LIFECYCLE) ? Wait.none() : wait);
        return r;
    }

    @Override
    public BulkResult remove(TorrentSelection which, RemoveMode mode, Wait wait) {
        need("remove", Capability.REMOVE);
        return bulk().remove("remove", which, ids -> ids.forEach(daemon.torrents::remove), wait);
    }

    @Override
    public BulkResult recheck(TorrentSelection which) {
        need("recheck", Capability.RECHECK);
        return change("recheck", which, t -> false, b -> b, Wait.none());
    }

    @Override
    public BulkResult reannounce(TorrentSelection which) {
        need("reannounce", Capability.REANNOUNCE);
        return change("reannounce", which, t -> false, b -> b, Wait.none());
    }

    // ---- categories and tags --------------------------------------------------------------------

    @Override
    public Map<String, Category> categories() {
        need("categories", Capability.CATEGORIES);
        return Map.copyOf(daemon.categories);
    }

    @Override
    public void createCategory(Category category) {
        need("createCategory", Capability.CATEGORIES);
        if (daemon.categories.putIfAbsent(category.name(), category) != null) {
            throw new InvalidInputException(name, "createCategory", "category '" + category.name() + "' exists", null);
        }
    }

    @Override
    public void editCategory(Category category) {
        need("editCategory", Capability.CATEGORIES);
        if (daemon.categories.replace(category.name(), category) == null) {
            throw new InvalidInputException(name, "editCategory", "no such category: '" + category.name() + "'", null);
        }
    }

    @Override
    public void removeCategories(Set<String> names) {
        need("removeCategories", Capability.CATEGORIES);
        names.forEach(daemon.categories::remove);
        daemon.torrents.values().forEach(e -> {
            if (e.torrent().category().filter(names::contains).isPresent()) {
                update(e, b -> b.category(Optional.empty()));
            }
        });
    }

    @Override
    public BulkResult setCategory(TorrentSelection which, Optional<String> category, Wait wait) {
        need("setCategory", Capability.SET_CATEGORY);
        if (category.isPresent() && !daemon.categories.containsKey(category.get())) {
            throw new InvalidInputException(name, "setCategory", "no such category: '" + category.get() + "'", null);
        }
        Optional<String> applied = broken(FakeProvider.Breakage.CATEGORIES) ? Optional.empty() : category;
        return change("setCategory", which, t -> t.category().equals(category), b -> b.category(applied), wait);
    }

    @Override
    public Set<String> tags() {
        need("tags", Capability.TAGS);
        return Set.copyOf(daemon.tags);
    }

    @Override
    public void createTags(Set<String> names) {
        need("createTags", Capability.TAGS);
        daemon.tags.addAll(names);
    }

    @Override
    public void deleteTags(Set<String> names) {
        need("deleteTags", Capability.TAGS);
        daemon.tags.removeAll(names);
        daemon.torrents.values().forEach(e -> {
            Set<String> left = new LinkedHashSet<>(e.torrent().tags());
            if (left.removeAll(names)) {
                update(e, b -> b.tags(left));
            }
        });
    }

    private BulkResult retag(String op, TorrentSelection which, Predicate<Torrent> done, UnaryOperator<Set<String>> next,
            Wait wait) {
        return change(op, which, done, b -> b.tags(next.apply(new LinkedHashSet<>(b.build().tags()))), wait);
    }

    @Override
    public BulkResult addTags(TorrentSelection which, Set<String> names, Wait wait) {
        need("addTags", Capability.TAG_TORRENTS);
        daemon.tags.addAll(names);
        return retag("addTags", which, t -> t.tags().containsAll(names), s -> {
            if (!broken(FakeProvider.Breakage.TAGS)) {
                s.addAll(names);
            }
            return s;
        }, wait);
    }

    @Override
    public BulkResult removeTags(TorrentSelection which, Set<String> names, Wait wait) {
        need("removeTags", Capability.TAG_TORRENTS);
        return retag("removeTags", which, t -> t.tags().stream().noneMatch(names::contains), s -> {
            s.removeAll(names);
            return s;
        }, wait);
    }

    @Override
    public BulkResult setTags(TorrentSelection which, Set<String> names, Wait wait) {
        need("setTags", Capability.SET_TAGS);
        daemon.tags.addAll(names);
        return retag("setTags", which, t -> t.tags().equals(names), s -> new LinkedHashSet<>(names), wait);
    }

    // ---- files ----------------------------------------------------------------------------------

    @Override
    public List<FileEntry> files(TorrentRef ref) {
        need("files", Capability.FILES);
        Entry e = required("files", ref);
        synchronized (e) {
            List<FileEntry> out = new ArrayList<>();
            for (int i = 0; i < e.paths.size(); i++) {
                out.add(new FileEntry(i, e.paths.get(i), e.sizes.get(i), 0, e.priorities.get(i)));
            }
            return out;
        }
    }

    @Override
    public void setFilePriority(TorrentRef ref, Set<Integer> indexes, FilePriority priority) {
        need("setFilePriority", Capability.FILE_PRIORITIES);
        if (priority == FilePriority.LOW) {
            need("setFilePriority", Capability.FILE_PRIORITY_LOW);
        }
        if (priority == FilePriority.MAXIMUM) {
            need("setFilePriority", Capability.FILE_PRIORITY_MAXIMUM);
        }
        Entry e = required("setFilePriority", ref);
        synchronized (e) {
            for (int i : indexes) {
                if (i < 0 || i >= e.paths.size()) {
                    throw new InvalidInputException(name, "setFilePriority", "parameter 'indexes': no file " + i
                            + " (the torrent has indexes 0 to " + (e.paths.size() - 1) + ")", null);
                }
            }
            if (broken(FakeProvider.Breakage.FILES)) {
                return;
            }
            indexes.forEach(i -> e.priorities.set(i, priority));
            long wanted = 0;
            for (int i = 0; i < e.sizes.size(); i++) {
                wanted += e.priorities.get(i) == FilePriority.SKIP ? 0 : e.sizes.get(i);
            }
            long size = wanted;
            e.torrent = e.torrent.toBuilder().sizeBytes(size).build();
        }
    }

    @Override
    public void renameFile(TorrentRef ref, String from, String to) {
        need("renameFile", Capability.RENAME_FILES);
        Entry e = required("renameFile", ref);
        synchronized (e) {
            int i = e.paths.indexOf(from);
            if (i < 0) {
                throw new InvalidInputException(name, "renameFile", "no file '" + from + "'", null);
            }
            e.paths.set(i, to);
        }
    }

    @Override
    public void renameFolder(TorrentRef ref, String from, String to) {
        need("renameFolder", Capability.RENAME_FILES);
        Entry e = required("renameFolder", ref);
        synchronized (e) {
            boolean any = false;
            for (int i = 0; i < e.paths.size(); i++) {
                if (e.paths.get(i).startsWith(from + "/")) {
                    e.paths.set(i, to + e.paths.get(i).substring(from.length()));
                    any = true;
                }
            }
            if (!any) {
                throw new InvalidInputException(name, "renameFolder", "no folder '" + from + "'", null);
            }
        }
    }

    // ---- trackers and web seeds -----------------------------------------------------------------

    private static boolean isUrl(String s) {
        try {
            URI u = new URI(s);
            return u.getScheme() != null && u.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    @Override
    public List<Tracker> trackers(TorrentRef ref) {
        need("trackers", Capability.TRACKERS);
        Entry e = required("trackers", ref);
        synchronized (e) {
            return List.copyOf(e.trackers);
        }
    }

    @Override
    public void addTrackers(TorrentRef ref, List<String> urls) {
        need("addTrackers", Capability.EDIT_TRACKERS);
        for (String u : urls) {
            if (!isUrl(u)) {
                throw new InvalidInputException(name, "addTrackers", "parameter 'urls': not a URL: '" + u + "'", null);
            }
        }
        Entry e = required("addTrackers", ref);
        synchronized (e) {
            int tier = e.trackers.stream().mapToInt(Tracker::tier).max().orElse(-1) + 1;
            for (String u : urls) {
                if (e.trackers.stream().noneMatch(t -> t.url().equals(u))) {
                    e.trackers.add(Tracker.builder(u).tier(tier++).status(TrackerStatus.NOT_CONTACTED).build());
                }
            }
        }
    }

    @Override
    public void editTracker(TorrentRef ref, String from, String to) {
        need("editTracker", Capability.EDIT_TRACKERS);
        if (!isUrl(to)) {
            throw new InvalidInputException(name, "editTracker", "parameter 'to': not a URL: '" + to + "'", null);
        }
        Entry e = required("editTracker", ref);
        synchronized (e) {
            for (int i = 0; i < e.trackers.size(); i++) {
                if (e.trackers.get(i).url().equals(from)) {
                    e.trackers.set(i, e.trackers.get(i).toBuilder().url(to).build());
                    return;
                }
            }
        }
        throw new InvalidInputException(name, "editTracker", "the torrent has no tracker '" + from + "'", null);
    }

    @Override
    public Set<String> removeTrackers(TorrentRef ref, Set<String> urls) {
        need("removeTrackers", Capability.EDIT_TRACKERS);
        Entry e = required("removeTrackers", ref);
        synchronized (e) {
            Set<String> removed = new LinkedHashSet<>();
            e.trackers.removeIf(t -> urls.contains(t.url()) && removed.add(t.url()));
            return broken(FakeProvider.Breakage.TRACKERS) ? Set.of() : removed;
        }
    }

    @Override
    public List<String> webSeeds(TorrentRef ref) {
        need("webSeeds", Capability.WEB_SEEDS);
        Entry e = required("webSeeds", ref);
        synchronized (e) {
            return List.copyOf(e.webSeeds);
        }
    }

    @Override
    public void addWebSeeds(TorrentRef ref, List<String> urls) {
        need("addWebSeeds", Capability.EDIT_WEB_SEEDS);
        Entry e = required("addWebSeeds", ref);
        synchronized (e) {
            urls.stream().filter(u -> !e.webSeeds.contains(u)).forEach(e.webSeeds::add);
        }
    }

    @Override
    public void editWebSeed(TorrentRef ref, String from, String to) {
        need("editWebSeed", Capability.EDIT_WEB_SEEDS);
        Entry e = required("editWebSeed", ref);
        synchronized (e) {
            int i = e.webSeeds.indexOf(from);
            if (i < 0) {
                throw new InvalidInputException(name, "editWebSeed", "the torrent has no web seed '" + from + "'", null);
            }
            e.webSeeds.set(i, to);
        }
    }

    @Override
    public Set<String> removeWebSeeds(TorrentRef ref, Set<String> urls) {
        need("removeWebSeeds", Capability.EDIT_WEB_SEEDS);
        Entry e = required("removeWebSeeds", ref);
        synchronized (e) {
            Set<String> removed = new LinkedHashSet<>();
            e.webSeeds.removeIf(u -> urls.contains(u) && removed.add(u));
            return removed;
        }
    }

    // ---- location, control ----------------------------------------------------------------------

    private static String folder(String path) {
        return path.replaceAll("/+$", "");
    }

    @Override
    public BulkResult setLocation(TorrentSelection which, String path, Wait wait) {
        need("setLocation", Capability.SET_LOCATION);
        String target = broken(FakeProvider.Breakage.CONTROL) ? "/somewhere-else" : path;
        return change("setLocation", which, t -> folder(t.savePath()).equals(folder(path)), b -> b.savePath(target)
                .settings(settings(b.build(), s -> {
                    s.automatic = false;
                    return s;
                })), wait);
    }

    @Override
    public BulkResult setSavePath(TorrentSelection which, String path, Wait wait) {
        need("setSavePath", Capability.SET_SAVE_PATH);
        return change("setSavePath", which, t -> folder(t.savePath()).equals(folder(path)), b -> b.savePath(path), wait);
    }

    @Override
    public void rename(TorrentRef ref, String newName) {
        need("rename", Capability.RENAME);
        if (newName.isBlank()) {
            throw new InvalidInputException(name, "rename", "parameter 'name' is blank", null);
        }
        update(required("rename", ref), b -> b.name(newName));
    }

    @Override
    public BulkResult startNow(TorrentSelection which, Wait wait) {
        need("startNow", Capability.START_NOW);
        Predicate<Torrent> running = BulkChange.RUNNING.and(t -> t.state() != TorrentState.QUEUED);
        // broken: it only queues the torrent, as a start through a full queue does
        TorrentState to = broken(FakeProvider.Breakage.CONTROL) ? TorrentState.QUEUED : TorrentState.DOWNLOADING;
        return bulk().apply("startNow", which, running, ids -> ids.forEach(id -> Optional.ofNullable(
                daemon.torrents.get(id)).ifPresent(e -> update(e, b -> b.state(to)))), running, wait);
    }

    @Override
    public BulkResult setLocationWithoutMoving(TorrentSelection which, String path, Wait wait) {
        need("setLocationWithoutMoving", Capability.SET_LOCATION_WITHOUT_MOVING);
        String target = broken(FakeProvider.Breakage.CONTROL) ? "/somewhere-else" : path;
        return change("setLocationWithoutMoving", which, t -> folder(t.savePath()).equals(folder(path)),
                b -> b.savePath(target), wait);
    }

    @Override
    public BulkResult setBandwidthPriority(TorrentSelection which, dev.torrentctl.api.BandwidthPriority priority,
            Wait wait) {
        need("setBandwidthPriority", Capability.BANDWIDTH_PRIORITY);
        Optional<dev.torrentctl.api.BandwidthPriority> asked = Optional.of(priority);
        // broken: HIGH is stored as NORMAL
        Optional<dev.torrentctl.api.BandwidthPriority> stored = broken(FakeProvider.Breakage.CONTROL)
                && priority == dev.torrentctl.api.BandwidthPriority.HIGH
                ? Optional.of(dev.torrentctl.api.BandwidthPriority.NORMAL) : asked;
        return change("setBandwidthPriority", which, t -> t.settings().bandwidthPriority().equals(asked),
                b -> b.settings(settings(b.build(), s -> {
                    s.bandwidth = stored;
                    return s;
                })), wait);
    }

    @Override
    public BulkResult setForceStart(TorrentSelection which, boolean on, Wait wait) {
        need("setForceStart", Capability.FORCE_START);
        return change("setForceStart", which, t -> t.settings().forceStart() == on, b -> {
            Torrent t = b.build();
            return b.settings(settings(t, s -> {
                s.forceStart = on;
                return s;
            })).state(on ? TorrentState.DOWNLOADING : t.state());
        }, wait);
    }

    @Override
    public BulkResult setSuperSeeding(TorrentSelection which, boolean on, Wait wait) {
        need("setSuperSeeding", Capability.SUPER_SEEDING);
        return change("setSuperSeeding", which, t -> t.settings().superSeeding() == on, b -> b.settings(settings(b.build(),
                s -> {
                    s.superSeeding = on;
                    return s;
                })), wait);
    }

    @Override
    public BulkResult moveInQueue(TorrentSelection which, QueueMove move) {
        need("moveInQueue", Capability.QUEUE);
        return bulk().apply("moveInQueue", which, t -> false, ids -> {
            synchronized (daemon) {
                List<Entry> order = new ArrayList<>(daemon.torrents.values());
                order.sort(java.util.Comparator.comparingInt(e -> e.torrent().settings().queuePosition().orElse(0)));
                for (String id : ids) {
                    Entry moved = daemon.torrents.get(id);
                    int at = order.indexOf(moved);
                    order.remove(moved);
                    int to = switch (move) {
                        case TOP -> 0;
                        case BOTTOM -> order.size();
                        case UP -> Math.max(0, at - 1);
                        case DOWN -> Math.min(order.size(), at + 1);
                    };
                    order.add(to, moved);
                }
                for (int i = 0; i < order.size(); i++) {
                    int position = i + 1;
                    update(order.get(i), b -> b.settings(settings(b.build(), s -> {
                        s.queue = OptionalInt.of(position);
                        return s;
                    })));
                }
            }
        }, t -> true, Wait.none());
    }

    // ---- limits ---------------------------------------------------------------------------------

    @Override
    public BulkResult setSpeedLimits(TorrentSelection which, SpeedLimits limits, Wait wait) {
        need("setSpeedLimits", Capability.TORRENT_SPEED_LIMITS);
        SpeedLimits stored = broken(FakeProvider.Breakage.LIMITS) ? new SpeedLimits(limits.upload(), limits.download())
                : limits;
        return change("setSpeedLimits", which, t -> t.settings().speedLimits().equals(limits), b -> b.settings(
                settings(b.build(), s -> {
                    s.speed = stored;
                    return s;
                })), wait);
    }

    private static ShareLimits withoutSeedingTime(ShareLimits l) {
        return new ShareLimits(l.ratio(), dev.torrentctl.api.Limit.global(), l.inactiveSeedingTime(), l.action());
    }

    @Override
    public BulkResult setShareLimits(TorrentSelection which, ShareLimits limits, Wait wait) {
        need("setShareLimits", Capability.SHARE_LIMITS);
        if (!limits.inactiveSeedingTime().equals(ShareLimits.GLOBAL.inactiveSeedingTime())) {
            need("setShareLimits", Capability.INACTIVE_SEEDING_TIME_LIMIT);
        }
        if (limits.action().isPresent()) {
            need("setShareLimits", Capability.SHARE_LIMIT_ACTION);
        }
        if (limits.seedingTime().kind() != dev.torrentctl.api.Limit.Kind.GLOBAL) {
            need("setShareLimits", Capability.SEEDING_TIME_LIMIT);
        }
        // broken: the seeding time limit is dropped
        ShareLimits stored = broken(FakeProvider.Breakage.LIMITS) ? withoutSeedingTime(limits) : limits;
        return change("setShareLimits", which, t -> t.settings().shareLimits().equals(limits), b -> b.settings(
                settings(b.build(), s -> {
                    s.share = stored;
                    return s;
                })), wait);
    }

    @Override
    public SpeedLimits globalSpeedLimits() {
        need("globalSpeedLimits", Capability.GLOBAL_SPEED_LIMITS);
        return daemon.global;
    }

    @Override
    public void setGlobalSpeedLimits(SpeedLimits limits) {
        need("setGlobalSpeedLimits", Capability.GLOBAL_SPEED_LIMITS);
        daemon.global = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public boolean alternativeSpeedMode() {
        need("alternativeSpeedMode", Capability.ALTERNATIVE_SPEED_MODE);
        return daemon.alternative;
    }

    @Override
    public void setAlternativeSpeedMode(boolean on) {
        need("setAlternativeSpeedMode", Capability.ALTERNATIVE_SPEED_MODE);
        daemon.alternative = on;
    }

    // ---- details --------------------------------------------------------------------------------

    @Override
    public List<Peer> peers(TorrentRef ref) {
        need("peers", Capability.PEERS);
        if (!capabilities.contains(Capability.PEERS)) {
            return List.of(); // the broken Capabilities variant: a silent success
        }
        required("peers", ref);
        return List.of();
    }

    @Override
    public TransferInfo transferInfo() {
        need("transferInfo", Capability.TRANSFER_INFO);
        return new TransferInfo(DataRate.ZERO, DataRate.ZERO, 0, 0, ConnectionStatus.values()[0], OptionalInt.of(0),
                OptionalLong.of(1L << 30));
    }

    @Override
    public TorrentProperties properties(TorrentRef ref) {
        need("properties", Capability.PROPERTIES);
        Entry e = required("properties", ref);
        Torrent t = read(e);
        Map<String, String> raw = new TreeMap<>();
        raw.put("name", t.name());
        TorrentProperties.Builder b = TorrentProperties.builder().savePath(t.savePath()).addedOn(Optional.of(e.added))
                .isPrivate(e.meta.map(Metainfo::privateTorrent)).raw(raw);
        e.meta.ifPresent(m -> b.pieceSizeBytes(m.pieceLengthBytes()).piecesTotal((int) m.pieceCount())
                .comment(broken(FakeProvider.Breakage.DETAILS) ? "" : m.comment().orElse(""))
                .createdBy(m.createdBy().orElse("")).creationDate(m.creationDate()));
        return b.build();
    }

    @Override
    public RawResponse rawCall(String endpoint, Map<String, String> parameters) {
        need("rawCall", Capability.RAW_CALL);
        return new RawResponse(404, "no endpoint " + endpoint);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            if (!broken(FakeProvider.Breakage.CONNECTION)) {
                events.disconnected();
            }
        }
    }
}
