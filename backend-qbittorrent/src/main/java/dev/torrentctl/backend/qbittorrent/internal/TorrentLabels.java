package dev.torrentctl.backend.qbittorrent.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.torrentctl.api.BackendProtocolException;
import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.Category;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.Wait;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Categories and tags: the client's lists of them, and which torrents carry them. */
final class TorrentLabels {
    private final Calls calls;

    TorrentLabels(Calls calls) {
        this.calls = calls;
    }

    Map<String, Category> categories() {
        calls.ensureOpen();
        WebApiSession.Text t = calls.session.get("categories", "torrents/categories", Map.of());
        Calls.expectOk("categories", t);
        Map<String, Category> out = new java.util.TreeMap<>();
        try {
            for (Map.Entry<String, JsonElement> e : JsonParser.parseString(t.body()).getAsJsonObject().entrySet()) {
                JsonObject c = e.getValue().getAsJsonObject();
                String path = c.has("savePath") && !c.get("savePath").isJsonNull() ? c.get("savePath").getAsString() : "";
                out.put(e.getKey(), new Category(e.getKey(), path.isEmpty() ? Optional.empty() : Optional.of(path)));
            }
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            throw new BackendProtocolException(Calls.BACKEND, "categories", t.status(), t.body(),
                    "torrents/categories answered JSON that cannot be read", e);
        }
        return Map.copyOf(out);
    }

    void createCategory(Category category) {
        Objects.requireNonNull(category, "category");
        calls.ensureOpen();
        WebApiSession.Text t = calls.session.post("createCategory", "torrents/createCategory",
                Map.of("category", category.name(), "savePath", category.savePath().orElse("")));
        if (t.status() == 409) {
            throw new InvalidInputException(Calls.BACKEND, "createCategory", "category '" + category.name()
                    + "' exists already, or qBittorrent refuses the name: " + t.body().strip(), null);
        }
        Calls.expectOk("createCategory", t);
    }

    void editCategory(Category category) {
        Objects.requireNonNull(category, "category");
        calls.ensureOpen();
        WebApiSession.Text t = calls.session.post("editCategory", "torrents/editCategory",
                Map.of("category", category.name(), "savePath", category.savePath().orElse("")));
        if (t.status() == 409 || (t.status() == 404 && !t.body().contains(Calls.ENDPOINT_MISSING))) {
            throw new InvalidInputException(Calls.BACKEND, "editCategory", "there is no category '" + category.name() + "'",
                    null);
        }
        Calls.expectOk("editCategory", t);
    }

    void removeCategories(Set<String> names) {
        Objects.requireNonNull(names, "names");
        calls.ensureOpen();
        if (!names.isEmpty()) {
            Calls.expectOk("removeCategories", calls.session.post("removeCategories", "torrents/removeCategories",
                    Map.of("categories", String.join("\n", names))));
        }
    }

    BulkResult setCategory(TorrentSelection which, Optional<String> category, Wait wait) {
        Objects.requireNonNull(category, "category");
        String name = category.orElse("");
        return calls.bulk("setCategory").apply(which, t -> t.category().orElse("").equals(name), ids -> {
            WebApiSession.Text t = calls.session.post("setCategory", "torrents/setCategory",
                    Map.of("hashes", String.join("|", ids), "category", name));
            if (t.status() == 409) {
                throw new InvalidInputException(Calls.BACKEND, "setCategory", "there is no category '" + name + "'", null);
            }
            Calls.expectOk("setCategory", t);
        }, wait);
    }

    Set<String> tags() {
        calls.ensureOpen();
        WebApiSession.Text t = calls.session.get("tags", "torrents/tags", Map.of());
        Calls.expectOk("tags", t);
        Set<String> out = new java.util.TreeSet<>();
        try {
            JsonParser.parseString(t.body()).getAsJsonArray().forEach(e -> out.add(e.getAsString()));
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            throw new BackendProtocolException(Calls.BACKEND, "tags", t.status(), t.body(),
                    "torrents/tags answered JSON that cannot be read", e);
        }
        return Set.copyOf(out);
    }

    void createTags(Set<String> tags) {
        calls.ensureOpen();
        if (!tags.isEmpty()) {
            Calls.expectOk("createTags", calls.session.post("createTags", "torrents/createTags", Map.of("tags", tagList("createTags", tags))));
        }
    }

    void deleteTags(Set<String> tags) {
        calls.ensureOpen();
        if (!tags.isEmpty()) {
            Calls.expectOk("deleteTags", calls.session.post("deleteTags", "torrents/deleteTags", Map.of("tags", tagList("deleteTags", tags))));
        }
    }

    BulkResult addTags(TorrentSelection which, Set<String> tags, Wait wait) {
        String list = tagList("addTags", tags);
        return calls.bulk("addTags").apply(which, t -> t.tags().containsAll(tags), ids -> Calls.expectOk("addTags",
                calls.session.post("addTags", "torrents/addTags", Map.of("hashes", String.join("|", ids), "tags", list))), wait);
    }

    BulkResult removeTags(TorrentSelection which, Set<String> tags, Wait wait) {
        String list = tagList("removeTags", tags);
        return calls.bulk("removeTags").apply(which, t -> t.tags().stream().noneMatch(tags::contains), ids -> Calls.expectOk(
                "removeTags", calls.session.post("removeTags", "torrents/removeTags",
                        Map.of("hashes", String.join("|", ids), "tags", list))), wait);
    }

    BulkResult setTags(TorrentSelection which, Set<String> tags, Wait wait) {
        VersionGate.require("setTags", Capability.SET_TAGS, calls.webApi);
        String list = tagList("setTags", tags);
        return calls.bulk("setTags").apply(which, t -> t.tags().equals(tags), ids -> Calls.expectOk("setTags",
                calls.session.post("setTags", "torrents/setTags", Map.of("hashes", String.join("|", ids), "tags", list))), wait);
    }

    private static String tagList(String operation, Set<String> tags) {
        Objects.requireNonNull(tags, "tags");
        for (String tag : tags) {
            if (tag.isBlank() || tag.indexOf(',') >= 0 || !tag.equals(tag.strip())) {
                throw new InvalidInputException(Calls.BACKEND, operation, "parameter 'tags': '" + tag + "' is not a tag"
                        + " qBittorrent accepts (blank, a comma, or spaces around it)", null);
            }
        }
        return String.join(",", new java.util.TreeSet<>(tags));
    }
}
