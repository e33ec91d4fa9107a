package dev.torrentctl.tck;

import dev.torrentctl.api.AddResult;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.Category;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.RawResponse;
import dev.torrentctl.api.Wait;
import dev.torrentctl.api.ClientInfo;
import dev.torrentctl.api.DataRate;
import dev.torrentctl.api.RemoveMode;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentNotFoundException;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.api.TorrentSettings;
import dev.torrentctl.api.TorrentState;
import dev.torrentctl.api.UnsupportedCapabilityException;
import dev.torrentctl.hashes.InfoHashes;
import dev.torrentctl.hashes.Metainfo;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** An in-memory client for the kit's self-test. {@code broken} makes it report the wrong state after start(). */
final class FakeApi implements Api {
    /** The fake daemon's torrents, shared by every client of one backend name (like a real daemon). */
    private static final Map<String, Map<String, Torrent>> DAEMONS = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, Category>> CATEGORIES = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> TAGS = new ConcurrentHashMap<>();

    private final String name;
    private final Set<Capability> capabilities;
    private final boolean broken;
    private final Map<String, Torrent> torrents;
    private final Map<String, Category> categories;
    private final Set<String> tags;
    private final AtomicBoolean closed = new AtomicBoolean();

    FakeApi(String name, Set<Capability> capabilities, boolean broken) {
        this.name = name;
        this.capabilities = capabilities;
        this.broken = broken;
        this.torrents = DAEMONS.computeIfAbsent(name, k -> new ConcurrentHashMap<>());
        this.categories = CATEGORIES.computeIfAbsent(name, k -> new ConcurrentHashMap<>());
        this.tags = TAGS.computeIfAbsent(name, k -> ConcurrentHashMap.newKeySet());
    }

    @Override
    public ClientInfo clientInfo() {
        return new ClientInfo(name, "1.0", "1", dev.torrentctl.api.AuthMethod.BYPASS);
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    private void need(String op, Capability c) {
        if (closed.get()) {
            throw new IllegalStateException("closed");
        }
        if (!capabilities.contains(c)) {
            throw new UnsupportedCapabilityException(name, op, c);
        }
    }

    @Override
    public List<Torrent> list() {
        need("list", Capability.LIST_TORRENTS);
        return List.copyOf(torrents.values());
    }

    @Override
    public Optional<Torrent> find(TorrentRef ref) {
        need("find", Capability.GET_TORRENT);
        return torrents.values().stream().filter(ref::matches).findFirst();
    }

    @Override
    public AddResult add(AddTorrentRequest request) {
        TorrentSource source = request.source();
        need("add", source.capability());
        InfoHashes hashes;
        String torrentName;
        if (source instanceof TorrentSource.Magnet m) {
            hashes = m.link().infoHashes();
            torrentName = m.link().displayName().orElse(hashes.torrentId().hex());
        } else {
            Metainfo meta = source instanceof TorrentSource.TorrentFile f ? f.metainfo() : Metainfo.parse(download(
                    ((TorrentSource.Url) source).url().toString()));
            hashes = meta.infoHashes();
            torrentName = meta.name();
            if (hashes.v1().isEmpty()) {
                need("add", Capability.V2_TORRENTS);
            }
        }
        request.requiredCapabilities().forEach(c -> need("add", c));
        String id = hashes.torrentId().hex();
        if (torrents.containsKey(id)) {
            return new AddResult(AddResult.Outcome.DUPLICATE, Optional.of(hashes), Optional.of(hashes.torrentId()));
        }
        torrents.put(id, new Torrent(id, hashes.v1(), hashes.v2(), torrentName,
                request.stopped() ? TorrentState.STOPPED : TorrentState.DOWNLOADING, "x", 0, 1, 1, DataRate.ZERO,
                DataRate.ZERO, 0, request.savePath().orElse("/downloads"), request.category(), request.tags(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), TorrentSettings.NONE));
        return new AddResult(AddResult.Outcome.ADDED, Optional.of(hashes), Optional.of(hashes.torrentId()));
    }

    private static byte[] download(String url) {
        try (java.io.InputStream in = java.net.URI.create(url).toURL().openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop(TorrentRef ref) {
        need("stop", Capability.STOP_START);
        setState("stop", ref, TorrentState.STOPPED);
    }

    @Override
    public void start(TorrentRef ref) {
        need("start", Capability.STOP_START);
        setState("start", ref, broken ? TorrentState.STOPPED : TorrentState.DOWNLOADING);
    }

    private void setState(String op, TorrentRef ref, TorrentState state) {
        Torrent t = find(ref).orElseThrow(() -> new TorrentNotFoundException(name, op, ref));
        torrents.put(t.id(), copy(t, state, t.category(), t.tags()));
    }

    private static Torrent copy(Torrent t, TorrentState state, Optional<String> category, Set<String> tags) {
        return new Torrent(t.id(), t.infoHashV1(), t.infoHashV2(), t.name(), state, state.name(),
                t.progress(), t.sizeBytes(), t.totalSizeBytes(), t.downloadRate(), t.uploadRate(), t.ratio(),
                t.savePath(), category, tags, t.addedOn(), t.completedOn(), t.eta(), t.errorMessage(), t.settings());
    }

    @Override
    public Map<String, Category> categories() {
        need("categories", Capability.CATEGORIES);
        return Map.copyOf(categories);
    }

    @Override
    public void createCategory(Category category) {
        need("createCategory", Capability.CATEGORIES);
        if (categories.putIfAbsent(category.name(), category) != null) {
            throw new InvalidInputException(name, "createCategory", "exists", null);
        }
    }

    @Override
    public void editCategory(Category category) {
        need("editCategory", Capability.CATEGORIES);
        if (categories.replace(category.name(), category) == null) {
            throw new InvalidInputException(name, "editCategory", "no such category", null);
        }
    }

    @Override
    public void removeCategories(Set<String> names) {
        need("removeCategories", Capability.CATEGORIES);
        names.forEach(categories::remove);
    }

    @Override
    public BulkResult setCategory(List<TorrentRef> refs, Optional<String> category, Wait wait) {
        need("setCategory", Capability.SET_CATEGORY);
        if (category.isPresent() && !categories.containsKey(category.get())) {
            throw new InvalidInputException(name, "setCategory", "no such category", null);
        }
        return bulk("setCategory", refs, t -> t.category().equals(category), t -> copy(t, t.state(), category, t.tags()));
    }

    @Override
    public Set<String> tags() {
        need("tags", Capability.TAGS);
        return Set.copyOf(tags);
    }

    @Override
    public void createTags(Set<String> names) {
        need("createTags", Capability.TAGS);
        tags.addAll(names);
    }

    @Override
    public void deleteTags(Set<String> names) {
        need("deleteTags", Capability.TAGS);
        tags.removeAll(names);
    }

    @Override
    public BulkResult addTags(List<TorrentRef> refs, Set<String> names, Wait wait) {
        need("addTags", Capability.TAG_TORRENTS);
        tags.addAll(names);
        return bulk("addTags", refs, t -> t.tags().containsAll(names), t -> {
            Set<String> next = new java.util.LinkedHashSet<>(t.tags());
            next.addAll(names);
            return copy(t, t.state(), t.category(), next);
        });
    }

    @Override
    public BulkResult removeTags(List<TorrentRef> refs, Set<String> names, Wait wait) {
        need("removeTags", Capability.TAG_TORRENTS);
        return bulk("removeTags", refs, t -> t.tags().stream().noneMatch(names::contains), t -> {
            Set<String> next = new java.util.LinkedHashSet<>(t.tags());
            next.removeAll(names);
            return copy(t, t.state(), t.category(), next);
        });
    }

    @Override
    public BulkResult setTags(List<TorrentRef> refs, Set<String> names, Wait wait) {
        need("setTags", Capability.SET_TAGS);
        tags.addAll(names);
        return bulk("setTags", refs, t -> t.tags().equals(names), t -> copy(t, t.state(), t.category(), names));
    }

    private BulkResult bulk(String op, List<TorrentRef> refs, java.util.function.Predicate<Torrent> done,
            java.util.function.UnaryOperator<Torrent> change) {
        List<BulkResult.Item> items = new java.util.ArrayList<>();
        for (TorrentRef ref : refs) {
            Optional<Torrent> t = torrents.values().stream().filter(ref::matches).findFirst();
            if (t.isEmpty()) {
                items.add(new BulkResult.Item(ref, BulkResult.Outcome.NOT_FOUND, Optional.empty(), Optional.empty()));
            } else if (done.test(t.get())) {
                items.add(new BulkResult.Item(ref, BulkResult.Outcome.ALREADY, Optional.of(t.get().id()), Optional.empty()));
            } else {
                torrents.put(t.get().id(), change.apply(t.get()));
                items.add(new BulkResult.Item(ref, BulkResult.Outcome.DONE, Optional.of(t.get().id()), Optional.empty()));
            }
        }
        return new BulkResult(op, items);
    }

    @Override
    public RawResponse rawCall(String endpoint, Map<String, String> parameters) {
        need("rawCall", Capability.RAW_CALL);
        return new RawResponse(404, "no endpoint " + endpoint);
    }

    @Override
    public void remove(TorrentRef ref, RemoveMode mode) {
        need("remove", Capability.REMOVE);
        Torrent t = find(ref).orElseThrow(() -> new TorrentNotFoundException(name, "remove", ref));
        torrents.remove(t.id());
    }

    @Override
    public void close() {
        closed.set(true);
    }
}
