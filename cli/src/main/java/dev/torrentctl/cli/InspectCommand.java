package dev.torrentctl.cli;

import com.google.gson.stream.JsonWriter;
import dev.torrentctl.hashes.InfoHashes;
import dev.torrentctl.hashes.MagnetLink;
import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.MetainfoWarning;
import dev.torrentctl.hashes.TorrentFile;
import java.io.IOException;
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
 * {@code torrentctl inspect [--json] [--lenient] FILE.torrent|MAGNET}. With {@code --json}, one
 * object: {@code name}, {@code version} ({@code v1}, {@code v2}, {@code hybrid}),
 * {@code info_hash_v1} and {@code info_hash_v2} (lowercase hex or null), {@code torrent_id},
 * {@code piece_length}, {@code piece_count}, {@code total_size}, {@code private}, {@code trackers}
 * (tiers), {@code web_seeds}, {@code magnet}, {@code warnings} (strings) and last {@code files}
 * ({@code path} joined with {@code /} below the torrent's folder, {@code length}; pad files left
 * out). For a magnet, what it does not carry is null or empty; its trackers are one tier each.
 * Without {@code --json}, the same as text, and the warnings on stderr.
 *
 * <p>The output is written as it is made, so a torrent of hundreds of thousands of files needs no
 * more memory than its parse.
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

    @Option(names = "--lenient", description = "Read the file as libtorrent does: bytes after the root dictionary,"
            + " unsorted keys, leading zeros and unsafe path components (made safe) are accepted, each with a"
            + " warning. Without it, they are errors.")
    boolean lenient;

    @Parameters(paramLabel = "FILE.torrent|MAGNET", description = "A .torrent file or a magnet link.")
    String input;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (Inputs.isMagnet(input)) {
            write(Inputs.magnet(input), out);
        } else {
            write(Inputs.torrent(Path.of(input), lenient), out);
        }
        out.flush();
        return 0;
    }

    private void write(Metainfo m, PrintWriter out) throws IOException {
        Report r = json ? new JsonReport(out) : new TextReport(out, spec.commandLine().getErr());
        r.hashes(m.name(), m.infoHashes());
        r.number("piece_length", m.pieceLengthBytes());
        r.number("piece_count", m.pieceCount());
        r.number("total_size", m.totalSizeBytes());
        r.bool("private", m.privateTorrent());
        r.tiers(m.trackers());
        r.strings("web_seeds", m.webSeeds());
        r.text("magnet", m.toMagnet().toString());
        r.warnings(m.warnings().stream().map(MetainfoWarning::toString).toList());
        r.files(m.files());
        r.end();
    }

    private void write(MagnetLink m, PrintWriter out) throws IOException {
        Report r = json ? new JsonReport(out) : new TextReport(out, spec.commandLine().getErr());
        r.hashes(m.displayName().orElse(null), m.infoHashes());
        r.number("piece_length", null);
        r.number("piece_count", null);
        r.number("total_size", m.exactLength().isPresent() ? m.exactLength().getAsLong() : null);
        r.bool("private", null);
        r.tiers(m.trackers().stream().map(List::of).toList());
        r.strings("web_seeds", m.webSeeds());
        r.text("magnet", m.toString());
        r.warnings(List.of());
        r.files(List.of());
        r.end();
    }

    /** Where the fields go, in order, as they are made. */
    private abstract static class Report {
        abstract void text(String key, String value) throws IOException;

        abstract void number(String key, Long value) throws IOException;

        abstract void bool(String key, Boolean value) throws IOException;

        abstract void tiers(List<List<String>> tiers) throws IOException;

        abstract void strings(String key, List<String> values) throws IOException;

        abstract void warnings(List<String> warnings) throws IOException;

        abstract void files(List<TorrentFile> files) throws IOException;

        abstract void end() throws IOException;

        void hashes(String name, InfoHashes h) throws IOException {
            text("name", name);
            text("version", h.version().name().toLowerCase(Locale.ROOT));
            text("info_hash_v1", h.v1().map(Object::toString).orElse(null));
            text("info_hash_v2", h.v2().map(Object::toString).orElse(null));
            text("torrent_id", h.torrentId().hex());
        }
    }

    private static final class JsonReport extends Report {
        private final JsonWriter w;

        JsonReport(PrintWriter out) throws IOException {
            w = new JsonWriter(out);
            w.setIndent("  ");
            w.setHtmlSafe(false);
            w.setSerializeNulls(true);
            w.beginObject();
        }

        @Override
        void text(String key, String value) throws IOException {
            w.name(key).value(value);
        }

        @Override
        void number(String key, Long value) throws IOException {
            w.name(key).value(value);
        }

        @Override
        void bool(String key, Boolean value) throws IOException {
            w.name(key).value(value);
        }

        @Override
        void tiers(List<List<String>> tiers) throws IOException {
            w.name("trackers").beginArray();
            for (List<String> tier : tiers) {
                array(tier);
            }
            w.endArray();
        }

        @Override
        void strings(String key, List<String> values) throws IOException {
            w.name(key);
            array(values);
        }

        private void array(List<String> values) throws IOException {
            w.beginArray();
            for (String v : values) {
                w.value(v);
            }
            w.endArray();
        }

        @Override
        void warnings(List<String> warnings) throws IOException {
            strings("warnings", warnings);
        }

        @Override
        void files(List<TorrentFile> files) throws IOException {
            w.name("files").beginArray();
            for (TorrentFile f : files) {
                if (!f.padding()) {
                    w.beginObject().name("path").value(f.joinedPath()).name("length").value(f.lengthBytes())
                            .endObject();
                }
            }
            w.endArray();
        }

        @Override
        void end() throws IOException {
            w.endObject();
            w.flush();
            w.close();
        }
    }

    private static final class TextReport extends Report {
        private final PrintWriter out;
        private final PrintWriter err;

        TextReport(PrintWriter out, PrintWriter err) {
            this.out = out;
            this.err = err;
        }

        @Override
        void text(String key, String value) {
            if (value != null) {
                out.println(key.replace('_', ' ') + ": " + value);
            }
        }

        @Override
        void number(String key, Long value) {
            text(key, value == null ? null : value.toString());
        }

        @Override
        void bool(String key, Boolean value) {
            text(key, value == null ? null : value.toString());
        }

        @Override
        void tiers(List<List<String>> tiers) {
            out.println("trackers: " + tiers.stream().map(t -> "[" + String.join(", ", t) + "]").toList());
        }

        @Override
        void strings(String key, List<String> values) {
            out.println(key.replace('_', ' ') + ": [" + String.join(", ", values) + "]");
        }

        @Override
        void warnings(List<String> warnings) {
            warnings.forEach(w -> err.println("torrentctl: warning: " + w));
            err.flush();
        }

        @Override
        void files(List<TorrentFile> files) {
            long count = files.stream().filter(f -> !f.padding()).count();
            out.println("files: " + count);
            for (TorrentFile f : files) {
                if (!f.padding()) {
                    out.println("  " + f.joinedPath() + " (" + f.lengthBytes() + " bytes)");
                }
            }
        }

        @Override
        void end() {
            out.flush();
        }
    }
}
