package org.example.memory;

import dev.torrentctl.api.AddResult;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.AuthMethod;
import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.ClientInfo;
import dev.torrentctl.api.RemoveMode;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentClientException;
import dev.torrentctl.api.TorrentFilter;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.api.TorrentState;
import dev.torrentctl.api.UnsupportedCapabilityException;
import dev.torrentctl.api.Wait;
import dev.torrentctl.api.spi.BulkChange;
import dev.torrentctl.api.spi.ConnectionEvents;
import dev.torrentctl.hashes.InfoHashes;
import dev.torrentctl.hashes.Metainfo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An in-memory "client": torrents added by magnet or .torrent file, listed, started, stopped and
 * removed. Every client opened shares one store, as clients of one daemon share its torrents.
 */
final class MemoryApi implements Api {
    private static final Map<String, Torrent> STORE = new ConcurrentHashMap<>();
    private static final Set<Capability> CAPABILITIES = EnumSet.of(Capability.LIST_TORRENTS,
            Capability.GET_TORRENT, Capability.ADD_MAGNET, Capability.ADD_TORRENT_FILE, Capability.ADD_OPTION_STOPPED,
            Capability.STOP_START, Capability.REMOVE, Capability.HYBRID_TORRENTS, Capability.NON_CANONICAL_TORRENTS);

    private final ConnectionEvents events;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final BulkChange bulk = new BulkChange("memory", new BulkChange.Lookup() {
        @Override
        public Map<TorrentRef, Torrent> find(List<TorrentRef> refs) {
            Map<TorrentRef, Torrent> found = new HashMap<>();
            refs.forEach(r -> MemoryApi.this.find(r).ifPresent(t -> found.put(r, t)));
            return found;
        }

        @Override
        public List<Torrent> list(TorrentFilter filter) {
            return STORE.values().stream().filter(filter::matches).toList();
        }

        @Override
        public List<Torrent> fetch(Set<String> ids) {
            return ids.stream().map(STORE::get).filter(Objects::nonNull).toList();
        }
    });

    MemoryApi(ClientConfig config) {
        events = new ConnectionEvents("memory", config);
        events.connecting();
        events.opened();
    }

    @Override
    public ClientInfo clientInfo() {
        return new ClientInfo("memory", "1.0", "1", AuthMethod.BYPASS);
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("[memory] this client is closed");
        }
    }

    @Override
    public List<Torrent> list() {
        ensureOpen();
        return List.copyOf(STORE.values());
    }

    @Override
    public Optional<Torrent> find(TorrentRef ref) {
        ensureOpen();
        return STORE.values().stream().filter(ref::matches).findFirst();
    }

    @Override
    public List<AddResult> addAll(List<AddTorrentRequest> requests, Wait wait) {
        ensureOpen();
        List<AddResult> results = new ArrayList<>();
        for (AddTorrentRequest r : requests) {
            for (Capability c : r.requiredCapabilities()) {
                if (!CAPABILITIES.contains(c)) {
                    throw new UnsupportedCapabilityException("memory", "add", c);
                }
            }
            try {
                results.add(add(r.source(), r.stopped()));
            } catch (TorrentClientException e) {
                results.add(AddResult.failed(e, Optional.empty()));
            }
        }
        return results;
    }

    private AddResult add(TorrentSource source, boolean stopped) {
        InfoHashes hashes;
        String name;
        if (source instanceof TorrentSource.Magnet m) {
            hashes = m.link().infoHashes();
            name = m.link().displayName().orElse(hashes.torrentId().hex());
        } else if (source instanceof TorrentSource.TorrentFile f) {
            Metainfo meta = f.metainfo();
            hashes = meta.infoHashes();
            if (hashes.v1().isEmpty()) {
                // a v2-only torrent needs V2_TORRENTS, which this backend does not declare
                throw new UnsupportedCapabilityException("memory", "add", Capability.V2_TORRENTS);
            }
            name = meta.name();
        } else {
            throw new UnsupportedCapabilityException("memory", "add", source.capability());
        }
        String id = hashes.torrentId().hex();
        if (STORE.containsKey(id)) {
            return AddResult.of(AddResult.Outcome.DUPLICATE, Optional.of(hashes), Optional.of(hashes.torrentId()));
        }
        STORE.put(id, Torrent.builder(id).infoHashV1(hashes.v1()).infoHashV2(hashes.v2()).name(name)
                .state(stopped ? TorrentState.STOPPED : TorrentState.DOWNLOADING).rawState(stopped ? "stopped" : "running")
                .savePath("/memory").build());
        return AddResult.of(AddResult.Outcome.ADDED, Optional.of(hashes), Optional.of(hashes.torrentId()));
    }

    @Override
    public BulkResult start(TorrentSelection which, Wait wait) {
        ensureOpen();
        return bulk.apply("start", which, BulkChange.RUNNING, ids -> set(ids, TorrentState.DOWNLOADING),
                BulkChange.STARTED, wait);
    }

    @Override
    public BulkResult stop(TorrentSelection which, Wait wait) {
        ensureOpen();
        return bulk.apply("stop", which, BulkChange.STOPPED, ids -> set(ids, TorrentState.STOPPED), BulkChange.STOPPED,
                wait);
    }

    private static void set(Set<String> ids, TorrentState state) {
        ids.forEach(id -> STORE.computeIfPresent(id, (k, t) -> t.toBuilder().state(state).rawState(state.name()).build()));
    }

    @Override
    public BulkResult remove(TorrentSelection which, RemoveMode mode, Wait wait) {
        ensureOpen();
        return bulk.remove("remove", which, ids -> ids.forEach(STORE::remove), wait);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            events.disconnected();
        }
    }
}
