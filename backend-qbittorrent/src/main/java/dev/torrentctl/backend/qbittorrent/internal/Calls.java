package dev.torrentctl.backend.qbittorrent.internal;

import com.google.gson.JsonElement;
import com.google.gson.stream.JsonReader;
import dev.torrentctl.api.BackendProtocolException;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentFilter;
import dev.torrentctl.api.TorrentState;
import dev.torrentctl.api.spi.BulkChange;
import dev.torrentctl.backend.support.ClosedGuard;
import dev.torrentctl.backend.support.json.ItemBoundedReader;
import dev.torrentctl.backend.support.json.JsonAnswers;
import dev.torrentctl.api.TorrentNotFoundException;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.backend.qbittorrent.QBittorrentProvider;
import dev.torrentctl.hashes.TorrentFormatException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What every group of operations shares: the session, the negotiated WebAPI version, torrent
 * lookups by reference, and the mapping of qBittorrent's answers to torrentctl's errors.
 */
final class Calls {
    static final String BACKEND = QBittorrentProvider.NAME;
    /** The body of qBittorrent's 404 for an unknown endpoint (5.2+); older versions say "Not Found". */
    static final String ENDPOINT_MISSING = "Endpoint does not exist";

    final WebApiSession session;
    final WebApiVersion webApi;
    private final ClosedGuard closed = new ClosedGuard(BACKEND);

    Calls(WebApiSession session, WebApiVersion webApi) {
        this.session = session;
        this.webApi = webApi;
    }

    /** @return true the first time only */
    boolean close() {
        return closed.close();
    }

    void ensureOpen() {
        closed.ensureOpen();
    }

    /** @return the torrent; qBittorrent ignores unknown ids silently, so every single-torrent call checks first */
    Torrent resolve(String operation, TorrentRef ref) {
        Objects.requireNonNull(ref, "ref");
        ensureOpen();
        Torrent t = resolveAll(operation, List.of(ref)).get(ref);
        if (t == null) {
            throw new TorrentNotFoundException(BACKEND, operation, ref);
        }
        return t;
    }

    /**
     * Finds torrents with one filtered {@code torrents/info} request. A hybrid is keyed by its
     * truncated v2 hash, so a reference by a v1 hash alone cannot be filtered server-side: only when
     * such a reference misses is the whole list read.
     */
    Map<TorrentRef, Torrent> resolveAll(String operation, List<TorrentRef> refs) {
        Objects.requireNonNull(refs, "refs");
        ensureOpen();
        Map<TorrentRef, Torrent> found = new HashMap<>();
        if (refs.isEmpty()) {
            return found;
        }
        Set<String> ids = new LinkedHashSet<>();
        refs.forEach(r -> ids.add(Objects.requireNonNull(r, "refs contains null").torrentId().hex()));
        List<Torrent> listed = torrents(operation, Map.of("hashes", String.join("|", ids)));
        List<TorrentRef> missing = new ArrayList<>();
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

    /** @return a bulk operation whose outcomes are checked against {@code torrents/info} */
    BulkOperation bulk(String operation) {
        return new BulkOperation(operation, bulkChange(operation));
    }

    /** @return the SPI's bulk semantics over {@code torrents/info}: by reference, by filter, by id */
    BulkChange bulkChange(String operation) {
        ensureOpen();
        return new BulkChange(BACKEND, new BulkChange.Lookup() {
            @Override
            public Map<TorrentRef, Torrent> find(List<TorrentRef> refs) {
                return resolveAll(operation, refs);
            }

            @Override
            public List<Torrent> list(TorrentFilter filter) {
                return listMatching(operation, filter);
            }

            @Override
            public List<Torrent> fetch(Set<String> ids) {
                return torrents(operation, Map.of("hashes", String.join("|", ids)));
            }
        });
    }

    /**
     * qBittorrent filters by category, tag and a coarse state on the server; the exact match is
     * checked here (5.x includes subcategories; its state filters are wider than a normalized state).
     */
    List<Torrent> listMatching(String operation, TorrentFilter filter) {
        Objects.requireNonNull(filter, "filter");
        ensureOpen();
        Map<String, String> query = new LinkedHashMap<>();
        filter.category().ifPresent(c -> query.put("category", c));
        filter.tag().ifPresent(t -> query.put("tag", t));
        filter.state().flatMap(this::stateFilter).ifPresent(f -> query.put("filter", f));
        List<Torrent> listed = torrents(operation, query);
        return filter.equals(TorrentFilter.ALL) ? listed : listed.stream().filter(filter::matches).toList();
    }

    /** @return the {@code torrents/info} filter that holds at least every torrent in that state, if one does */
    private Optional<String> stateFilter(TorrentState state) {
        boolean v5 = webApi.atLeast(WebApiVersion.STOP_START);
        return switch (state) {
            case DOWNLOADING, FETCHING_METADATA -> Optional.of("downloading");
            case SEEDING -> Optional.of("seeding");
            case STOPPED, COMPLETED -> Optional.of(v5 ? "stopped" : "paused"); // 5.0 renamed the filter
            case ERROR -> Optional.of("errored");
            default -> Optional.empty();
        };
    }

    /** @return the torrents {@code torrents/info} lists with this query, decoded while streaming */
    List<Torrent> torrents(String operation, Map<String, String> query) {
        return session.getList(operation, "torrents/info", query, (status, entity) -> {
            if (status != 200 || entity == null) {
                WebApiSession.Text t = WebApiSession.text(status, entity);
                throw new BackendProtocolException(BACKEND, operation, status, t.body(), "unexpected answer to torrents/info",
                        null);
            }
            ItemBoundedReader items = new ItemBoundedReader(new InputStreamReader(entity.getContent(),
                    StandardCharsets.UTF_8), session.limits().maxListItemBytes());
            try (JsonReader reader = JsonAnswers.reader(items)) {
                return TorrentListReader.read(reader, items, session.limits().maxListItems());
            } catch (IllegalStateException | NumberFormatException | TorrentFormatException
                    | com.google.gson.stream.MalformedJsonException | java.io.EOFException e) {
                // EOFException: the JSON ended early although the HTTP body was complete (a cut
                // connection surfaces as HttpCore's ConnectionClosedException instead).
                throw new BackendProtocolException(BACKEND, operation, status, "", "torrents/info answered JSON that"
                        + " cannot be read: " + e.getMessage(), e);
            }
        });
    }

    /** A form POST that must succeed. */
    WebApiSession.Text postOk(String operation, String endpoint, Map<String, String> form) {
        WebApiSession.Text t = session.post(operation, endpoint, form);
        expectOk(operation, t);
        return t;
    }

    /** A GET (a read) answered with JSON, decoded by {@code read}; malformed JSON is a protocol error. */
    <T> T getJson(String operation, String endpoint, Map<String, String> query, Function<JsonElement, T> read) {
        WebApiSession.Text t = session.get(operation, endpoint, query);
        expectOk(operation, t);
        return json(operation, endpoint, t, read);
    }

    /** A per-torrent GET: a 404 other than a missing endpoint means the torrent went away meanwhile. */
    <T> T getJson(String operation, String endpoint, TorrentRef ref, Map<String, String> query,
            Function<JsonElement, T> read) {
        WebApiSession.Text t = session.get(operation, endpoint, query);
        if (t.status() == 404 && !t.body().contains(ENDPOINT_MISSING)) {
            throw new TorrentNotFoundException(BACKEND, operation, ref);
        }
        expectOk(operation, t);
        return json(operation, endpoint, t, read);
    }

    static <T> T json(String operation, String endpoint, WebApiSession.Text t, Function<JsonElement, T> read) {
        return JsonAnswers.read(BACKEND, operation, endpoint, t.status(), t.body(), read);
    }

    static void expectOk(String operation, WebApiSession.Text t) {
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

    /** qBittorrent's 409 (conflict) means a bad argument for the torrent's current state: name it. */
    static void expectOkOr409(String operation, WebApiSession.Text t, String what) {
        if (t.status() == 409) {
            throw new InvalidInputException(BACKEND, operation, what + ": qBittorrent says '" + t.body().strip() + "'", null);
        }
        expectOk(operation, t);
    }
}
