package dev.torrentctl.backend.qbittorrent.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.torrentctl.api.AddResult;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.BackendProtocolException;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.api.UnsupportedCapabilityException;
import dev.torrentctl.api.Wait;
import dev.torrentctl.hashes.InfoHashes;
import dev.torrentctl.hashes.TorrentFormatException;
import dev.torrentctl.hashes.TorrentId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;

/**
 * {@code torrents/add}, for one source or several. The options are spelled for the connected
 * version ({@code paused} or {@code stopped}, {@code skip_checking} or {@code seedMode}); the
 * answer is text ({@code Ok.}/{@code Fails.}) before WebAPI 2.14 and JSON with the added ids after.
 * The body is always multipart with a Content-Length: qBittorrent rejects chunked bodies.
 */
final class TorrentAdder {
    private final Calls calls;
    private final Set<Capability> capabilities;
    private final TorrentControl control;

    TorrentAdder(Calls calls, Set<Capability> capabilities, TorrentControl control) {
        this.calls = calls;
        this.capabilities = capabilities;
        this.control = control;
    }

    /**
     * Requests in a row with the same options go in one request. A source that cannot be read,
     * parsed or taken fails alone; a batch the client rejects is sent again one by one, so one bad
     * torrent never hides the others' outcomes.
     */
    List<AddResult> addAll(String operation, List<AddTorrentRequest> requests, Wait wait) {
        calls.ensureOpen();
        for (AddTorrentRequest r : requests) {
            checkOptions(operation, r);
        }
        AddResult[] results = new AddResult[requests.size()];
        List<Prepared> ready = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            AddTorrentRequest r = requests.get(i);
            try {
                ready.add(prepare(operation, i, r));
            } catch (InvalidInputException | UnsupportedCapabilityException e) {
                results[i] = AddResult.failed(e, Optional.empty());
            }
        }
        int i = 0;
        while (i < ready.size()) {
            int j = i + 1;
            while (j < ready.size() && ready.get(j).options.equals(ready.get(i).options)) {
                j++;
            }
            List<Prepared> group = ready.subList(i, j);
            List<AddResult> sent = sendOrSplit(operation, group);
            for (int k = 0; k < group.size(); k++) {
                results[group.get(k).index] = sent.get(k);
            }
            i = j;
        }
        return calls.bulkChange(operation).awaitAdded(operation, List.of(results), wait);
    }

    /** One source, read and checked, with its options. */
    private record Prepared(int index, TorrentSource source, byte[] bytes, Optional<InfoHashes> hashes,
            Map<String, String> options) {}

    private Prepared prepare(String operation, int index, AddTorrentRequest r) {
        TorrentSource source = r.source();
        Map<String, String> options = options(operation, r);
        if (source instanceof TorrentSource.TorrentFile f) {
            byte[] bytes = f.bytes();
            InfoHashes hashes = f.metainfo(bytes).infoHashes();
            if (hashes.v1().isEmpty()) {
                VersionGate.require(operation, Capability.V2_TORRENTS, calls.webApi);
            }
            return new Prepared(index, source, bytes, Optional.of(hashes), options);
        }
        if (source instanceof TorrentSource.Magnet m) {
            return new Prepared(index, source, null, Optional.of(m.link().infoHashes()), options);
        }
        return new Prepared(index, source, null, Optional.empty(), options);
    }

    private void checkOptions(String operation, AddTorrentRequest request) {
        for (Capability c : request.requiredCapabilities()) {
            if (c == request.source().capability()) {
                continue; // a source the client cannot take fails alone, below
            }
            VersionGate.require(operation, c, calls.webApi);
            if (!capabilities.contains(c)) {
                throw new UnsupportedCapabilityException(Calls.BACKEND, operation, c);
            }
        }
        Capability source = request.source().capability();
        if (!capabilities.contains(source) && capabilities.stream().noneMatch(c -> c == Capability.ADD_MAGNET
                || c == Capability.ADD_TORRENT_FILE || c == Capability.ADD_URL)) {
            throw new UnsupportedCapabilityException(Calls.BACKEND, operation, source);
        }
    }

    private List<AddResult> sendOrSplit(String operation, List<Prepared> group) {
        try {
            return send(operation, group);
        } catch (InvalidInputException | BackendProtocolException e) {
            if (group.size() == 1) {
                return List.of(AddResult.failed(e, group.get(0).hashes));
            }
            List<AddResult> one = new ArrayList<>();
            for (Prepared p : group) {
                one.addAll(sendOrSplit(operation, List.of(p)));
            }
            return one;
        }
    }

    private Map<String, String> options(String operation, AddTorrentRequest r) {
        Map<String, String> o = new LinkedHashMap<>();
        r.savePath().ifPresent(p -> o.put("savepath", p));
        r.category().ifPresent(c -> o.put("category", c));
        if (!r.tags().isEmpty()) {
            o.put("tags", String.join(",", new java.util.TreeSet<>(r.tags())));
        }
        // 4.x reads 'paused', 5.x reads 'stopped'; each ignores the other.
        o.put("paused", Boolean.toString(r.stopped()));
        o.put("stopped", Boolean.toString(r.stopped()));
        if (r.skipHashCheck()) {
            o.put(calls.webApi.atLeast(WebApiVersion.SEED_MODE) ? "seedMode" : "skip_checking", "true");
        }
        if (r.sequentialDownload()) {
            o.put("sequentialDownload", "true");
        }
        if (r.firstLastPiecePriority()) {
            o.put("firstLastPiecePrio", "true");
        }
        r.contentLayout().ifPresent(l -> o.put("contentLayout", switch (l) {
            case ORIGINAL -> "Original";
            case SUBFOLDER -> "Subfolder";
            case NO_SUBFOLDER -> "NoSubfolder";
        }));
        r.name().ifPresent(n -> o.put("rename", n));
        r.speedLimits().download().ifPresent(d -> o.put("dlLimit", Long.toString(d.bytesPerSecond())));
        r.speedLimits().upload().ifPresent(u -> o.put("upLimit", Long.toString(u.bytesPerSecond())));
        r.shareLimits().ifPresent(l -> o.putAll(control.shareLimitParameters(operation, l, true)));
        r.automaticManagement().ifPresent(a -> o.put("autoTMM", Boolean.toString(a)));
        return o;
    }

    private List<AddResult> send(String operation, List<Prepared> group) {
        for (Prepared p : group) {
            if (!capabilities.contains(p.source.capability())) {
                throw new UnsupportedCapabilityException(Calls.BACKEND, operation, p.source.capability());
            }
        }
        Map<String, String> options = group.get(0).options;
        List<Optional<InfoHashes>> hashes = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        MultipartEntityBuilder body = MultipartEntityBuilder.create();
        for (Prepared p : group) {
            hashes.add(p.hashes);
            if (p.source instanceof TorrentSource.Magnet m) {
                urls.add(m.link().toString());
            } else if (p.source instanceof TorrentSource.TorrentFile) {
                // qBittorrent keys uploads by file name: equal names would silently drop all but one
                body.addBinaryBody("torrents", p.bytes, ContentType.create("application/x-bittorrent"),
                        "upload-" + hashes.size() + ".torrent");
            } else {
                urls.add(((TorrentSource.Url) p.source).url().toString());
            }
        }
        if (!urls.isEmpty()) {
            body.addTextBody("urls", String.join("\n", urls), ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8));
        }
        options.forEach((k, v) -> body.addTextBody(k, v, ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8)));
        // Before WebAPI 2.14 one "Ok." answers a whole batch, even if some were there already:
        // only then look before adding. Otherwise duplicates are told apart afterwards.
        boolean json = calls.webApi.atLeast(WebApiVersion.JSON_ADD_RESULT);
        Map<Integer, Torrent> existing = json || group.size() == 1 ? Map.of() : existing(operation, hashes);
        HttpEntity entity = body.build();
        WebApiSession.Text answer = calls.session.post(operation, "torrents/add", entity);
        return results(operation, answer, hashes, existing);
    }

    private Map<Integer, Torrent> existing(String operation, List<Optional<InfoHashes>> hashes) {
        List<TorrentRef> refs = new ArrayList<>();
        hashes.forEach(h -> h.ifPresent(x -> refs.add(TorrentRef.of(x))));
        Map<TorrentRef, Torrent> found = refs.isEmpty() ? Map.of() : calls.resolveAll(operation, refs);
        Map<Integer, Torrent> byPosition = new LinkedHashMap<>();
        for (int i = 0; i < hashes.size(); i++) {
            Optional<InfoHashes> h = hashes.get(i);
            if (h.isPresent() && found.containsKey(TorrentRef.of(h.get()))) {
                byPosition.put(i, found.get(TorrentRef.of(h.get())));
            }
        }
        return byPosition;
    }

    private List<AddResult> results(String operation, WebApiSession.Text answer, List<Optional<InfoHashes>> hashes,
            Map<Integer, Torrent> existing) {
        int status = answer.status();
        String body = answer.body().strip();
        if (status == 415 || status == 400) {
            throw new InvalidInputException(Calls.BACKEND, operation, "qBittorrent rejected the torrent: " + body, null);
        }
        boolean json = calls.webApi.atLeast(WebApiVersion.JSON_ADD_RESULT);
        boolean ok = json ? status == 200 || status == 202 : status == 200 && body.equals("Ok.");
        boolean nothingAdded = status == 409 || (status == 200 && body.equals("Fails."));
        if (!ok && !nothingAdded) {
            throw new BackendProtocolException(Calls.BACKEND, operation, status, body, "unexpected answer to torrents/add",
                    null);
        }
        List<TorrentId> addedIds = ok && json ? addedIds(operation, answer) : List.of();
        boolean pending = status == 202;
        AddResult[] results = new AddResult[hashes.size()];
        List<Integer> unclear = new ArrayList<>();
        for (int i = 0; i < hashes.size(); i++) {
            Optional<InfoHashes> h = hashes.get(i);
            if (existing.containsKey(i)) {
                results[i] = AddResult.of(AddResult.Outcome.DUPLICATE, h, Optional.of(TorrentId.parse(existing.get(i).id())));
            } else if (h.isEmpty()) {
                // a URL: qBittorrent fetches it; only a lone URL's id can be told from the answer
                Optional<TorrentId> id = hashes.size() == 1 && addedIds.size() == 1 ? Optional.of(addedIds.get(0))
                        : Optional.empty();
                results[i] = nothingAdded ? AddResult.of(AddResult.Outcome.DUPLICATE, h, Optional.empty())
                        : AddResult.of(id.isPresent() && !pending ? AddResult.Outcome.ADDED : AddResult.Outcome.PENDING, h, id);
            } else if (ok && (!json || addedIds.contains(h.get().torrentId()))) {
                results[i] = AddResult.of(AddResult.Outcome.ADDED, h, Optional.of(h.get().torrentId()));
            } else {
                unclear.add(i);
            }
        }
        if (!unclear.isEmpty()) {
            // Not added: a duplicate if qBittorrent has it, else a failure it did not explain.
            Map<Integer, Torrent> there = existing(operation, hashes);
            for (int i : unclear) {
                Torrent t = there.get(i);
                if (t == null) {
                    results[i] = AddResult.failed(new BackendProtocolException(Calls.BACKEND, operation, status, body,
                            "qBittorrent did not add " + hashes.get(i).orElseThrow() + " and does not have it", null),
                            hashes.get(i));
                    continue;
                }
                results[i] = AddResult.of(AddResult.Outcome.DUPLICATE, hashes.get(i), Optional.of(TorrentId.parse(t.id())));
            }
        }
        return List.of(results);
    }

    private static List<TorrentId> addedIds(String operation, WebApiSession.Text answer) {
        try {
            return Calls.json(operation, "torrents/add", answer, json -> {
                JsonObject o = json.getAsJsonObject();
                List<TorrentId> ids = new ArrayList<>();
                JsonElement a = o.get("added_torrent_ids");
                if (a != null && a.isJsonArray()) {
                    for (JsonElement e : (JsonArray) a) {
                        ids.add(TorrentId.parse(e.getAsString()));
                    }
                }
                return ids;
            });
        } catch (TorrentFormatException e) {
            throw new BackendProtocolException(Calls.BACKEND, operation, answer.status(), answer.body(),
                    "torrents/add answered an id that is not a torrent id", e);
        }
    }
}
