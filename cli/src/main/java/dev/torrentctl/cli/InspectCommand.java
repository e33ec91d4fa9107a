package dev.torrentctl.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.torrentctl.hashes.InfoHashes;
import dev.torrentctl.hashes.MagnetLink;
import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.TorrentFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code torrentctl inspect [--json] FILE.torrent|MAGNET}. With {@code --json}, one object:
 * {@code name}, {@code version} ({@code v1}, {@code v2}, {@code hybrid}), {@code info_hash_v1} and
 * {@code info_hash_v2} (lowercase hex or null), {@code torrent_id}, {@code piece_length},
 * {@code piece_count}, {@code total_size}, {@code private}, {@code files} ({@code path} joined with
 * {@code /} below the torrent's folder, {@code length}; pad files left out), {@code trackers} (tiers),
 * {@code web_seeds}, {@code magnet}. For a magnet, what it does not carry is null or empty; its
 * trackers are one tier each.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show what a .torrent file or a magnet link holds.")
final class InspectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Parameters(paramLabel = "FILE.torrent|MAGNET", description = "A .torrent file or a magnet link.")
    String input;

    @Override
    public Integer call() {
        JsonObject o = Inputs.isMagnet(input) ? ofMagnet(Inputs.magnet(input)) : ofTorrent(Inputs.torrent(Path.of(input)));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping().create().toJson(o));
        } else {
            text(o, out);
        }
        return 0;
    }

    static JsonObject ofTorrent(Metainfo m) {
        JsonObject o = hashes(m.name(), m.infoHashes());
        o.addProperty("piece_length", m.pieceLengthBytes());
        o.addProperty("piece_count", m.pieceCount());
        o.addProperty("total_size", m.totalSizeBytes());
        o.addProperty("private", m.privateTorrent());
        JsonArray files = new JsonArray();
        for (TorrentFile f : m.files()) {
            if (!f.padding()) {
                JsonObject file = new JsonObject();
                file.addProperty("path", f.joinedPath());
                file.addProperty("length", f.lengthBytes());
                files.add(file);
            }
        }
        o.add("files", files);
        o.add("trackers", tiers(m.trackers()));
        o.add("web_seeds", strings(m.webSeeds()));
        o.addProperty("magnet", m.toMagnet().toString());
        return o;
    }

    static JsonObject ofMagnet(MagnetLink m) {
        JsonObject o = hashes(m.displayName().orElse(null), m.infoHashes());
        o.add("piece_length", JsonNull.INSTANCE);
        o.add("piece_count", JsonNull.INSTANCE);
        if (m.exactLength().isPresent()) {
            o.addProperty("total_size", m.exactLength().getAsLong());
        } else {
            o.add("total_size", JsonNull.INSTANCE);
        }
        o.add("private", JsonNull.INSTANCE);
        o.add("files", new JsonArray());
        o.add("trackers", tiers(m.trackers().stream().map(List::of).toList()));
        o.add("web_seeds", strings(m.webSeeds()));
        o.addProperty("magnet", m.toString());
        return o;
    }

    private static JsonObject hashes(String name, InfoHashes h) {
        JsonObject o = new JsonObject();
        o.addProperty("name", name);
        o.addProperty("version", h.version().name().toLowerCase(Locale.ROOT));
        o.addProperty("info_hash_v1", h.v1().map(Object::toString).orElse(null));
        o.addProperty("info_hash_v2", h.v2().map(Object::toString).orElse(null));
        o.addProperty("torrent_id", h.torrentId().hex());
        return o;
    }

    private static JsonArray tiers(List<List<String>> tiers) {
        JsonArray a = new JsonArray();
        tiers.forEach(t -> a.add(strings(t)));
        return a;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static void text(JsonObject o, PrintWriter out) {
        o.entrySet().forEach(e -> {
            if (e.getKey().equals("files")) {
                JsonArray files = e.getValue().getAsJsonArray();
                out.println("files: " + files.size());
                files.forEach(f -> out.println("  " + f.getAsJsonObject().get("path").getAsString() + " ("
                        + f.getAsJsonObject().get("length").getAsLong() + " bytes)"));
            } else if (!e.getValue().isJsonNull()) {
                out.println(e.getKey().replace('_', ' ') + ": " + (e.getValue().isJsonPrimitive()
                        ? e.getValue().getAsString() : e.getValue().toString()));
            }
        });
    }
}
