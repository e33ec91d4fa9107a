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
import dev.torrentctl.api.RemoveMode;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentFilter;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.spi.BulkChange;
import dev.torrentctl.api.spi.ConnectionEvents;
import dev.torrentctl.api.TorrentSource;
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

    private final ConnectionEvents events;

    FakeApi(String name, Set<Capability> capabilities, boolean broken, ConnectionEvents events) {
        this.events = events;
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
    public List<AddResult> addAll(List<AddTorrentRequest> requests, Wait wait) {
        List<AddResult> results = new java.util.ArrayList<>();
        for (AddTorrentRequest r : requests) {
            try {
                results.add(addOne(r));
            } catch (InvalidInputException | UnsupportedCapabilityException e) {
                if (requests.size() == 1) {
                    throw e;
                }
                results.add(AddResult.failed(e, Optional.empty()));
            }
        }
        return results;
    }

    private AddResult addOne(AddTorrentRequest request) {
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
            return AddResult.of(AddResult.Outcome.DUPLICATE, Optional.of(hashes), Optional.of(hashes.torrentId()));
        }
        torrents.put(id, Torrent.builder(id).infoHashV1(hashes.v1()).infoHashV2(hashes.v2()).name(torrentName)
                .state(request.stopped() ? TorrentState.STOPPED : TorrentState.DOWNLOADING).rawState("x")
                .sizeBytes(1).totalSizeBytes(1).savePath(request.savePath().orElse("/downloads"))
                .category(request.category()).tags(request.tags()).build());
        return AddResult.of(AddResult.Outcome.ADDED, Optional.of(hashes), Optional.of(hashes.torrentId()));
    }

    private static byte[] download(String url) {
        try (java.io.InputStream in = java.net.URI.create(url).toURL().openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public BulkResult stop(TorrentSelection which, Wait wait) {
        need("stop", Capability.STOP_START);
        return bulk("stop", which, t -> t.state().isStopped(), t -> copy(t, TorrentState.STOPPED, t.category(), t.tags()));
    }

    @Override
    public BulkResult start(TorrentSelection which, Wait wait) {
        need("start", Capability.STOP_START);
        return bulk("start", which, BulkChange.RUNNING, t -> copy(t, broken ? TorrentState.STOPPED
                : TorrentState.DOWNLOADING, t.category(), t.tags()));
    }

    private static Torrent copy(Torrent t, TorrentState state, Optional<String> category, Set<String> tags) {
        return t.toBuilder().state(state).rawState(state.name()).category(category).tags(tags).build();
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
    public BulkResult setCategory(TorrentSelection which, Optional<String> category, Wait wait) {
        need("setCategory", Capability.SET_CATEGORY);
        if (category.isPresent() && !categories.containsKey(category.get())) {
            throw new InvalidInputException(name, "setCategory", "no such category", null);
        }
        return bulk("setCategory", which, t -> t.category().equals(category), t -> copy(t, t.state(), category, t.tags()));
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
    public BulkResult addTags(TorrentSelection which, Set<String> names, Wait wait) {
        need("addTags", Capability.TAG_TORRENTS);
        tags.addAll(names);
        return bulk("addTags", which, t -> t.tags().containsAll(names), t -> {
            Set<String> next = new java.util.LinkedHashSet<>(t.tags());
            next.addAll(names);
            return copy(t, t.state(), t.category(), next);
        });
    }

    @Override
    public BulkResult removeTags(TorrentSelection which, Set<String> names, Wait wait) {
        need("removeTags", Capability.TAG_TORRENTS);
        return bulk("removeTags", which, t -> t.tags().stream().noneMatch(names::contains), t -> {
            Set<String> next = new java.util.LinkedHashSet<>(t.tags());
            next.removeAll(names);
            return copy(t, t.state(), t.category(), next);
        });
    }

    @Override
    public BulkResult setTags(TorrentSelection which, Set<String> names, Wait wait) {
        need("setTags", Capability.SET_TAGS);
        tags.addAll(names);
        return bulk("setTags", which, t -> t.tags().equals(names), t -> copy(t, t.state(), t.category(), names));
    }

    private BulkResult bulk(String op, TorrentSelection which, java.util.function.Predicate<Torrent> done,
            java.util.function.UnaryOperator<Torrent> change) {
        return lookup().apply(op, which, done, ids -> ids.forEach(id -> torrents.computeIfPresent(id,
                (k, t) -> change.apply(t))), done, Wait.none());
    }

    private BulkChange lookup() {
        return new BulkChange(name, new BulkChange.Lookup() {
            @Override
            public Map<TorrentRef, Torrent> find(List<TorrentRef> refs) {
                Map<TorrentRef, Torrent> found = new java.util.HashMap<>();
                refs.forEach(r -> FakeApi.this.find(r).ifPresent(t -> found.put(r, t)));
                return found;
            }

            @Override
            public List<Torrent> list(TorrentFilter filter) {
                return torrents.values().stream().filter(filter::matches).toList();
            }

            @Override
            public List<Torrent> fetch(Set<String> ids) {
                return ids.stream().map(torrents::get).filter(java.util.Objects::nonNull).toList();
            }
        });
    }

    @Override
    public RawResponse rawCall(String endpoint, Map<String, String> parameters) {
        need("rawCall", Capability.RAW_CALL);
        return new RawResponse(404, "no endpoint " + endpoint);
    }

    @Override
    public BulkResult remove(TorrentSelection which, RemoveMode mode, Wait wait) {
        need("remove", Capability.REMOVE);
        return lookup().remove("remove", which, ids -> ids.forEach(torrents::remove), Wait.none());
    }

    @Override
    public void close() {
        closed.set(true);
        events.disconnected();
    }
}
