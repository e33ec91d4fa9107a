package dev.torrentctl.hashes.crosscheck;

import static dev.torrentctl.hashes.TorrentEdits.info;
import static dev.torrentctl.hashes.TorrentEdits.root;
import static dev.torrentctl.hashes.TorrentEdits.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.hashes.InfoHashV1;
import dev.torrentctl.hashes.InfoHashV2;
import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.MetainfoWarning;
import dev.torrentctl.hashes.TorrentFile;
import dev.torrentctl.hashes.TorrentFormatException;
import dev.torrentctl.hashes.bencode.BDictionary;
import dev.torrentctl.hashes.bencode.BInteger;
import dev.torrentctl.hashes.bencode.BList;
import dev.torrentctl.hashes.bencode.BString;
import dev.torrentctl.hashes.bencode.BValue;
import dev.torrentctl.hashes.bencode.Bencode;
import dev.torrentctl.hashes.bencode.BencodeDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differential test of issue 14: torrents that libtorrent makes (with BEP 47 symlinks, pad
 * files, v2 single-file trees), and variants of them as they are found in the wild (symlinks with
 * and without lengths, BitComet padding, no data, bad optional keys, repeated paths, unsafe paths,
 * a trailing newline, leading zeros, unsorted keys), are read by libtorrent 2.0 and by hashes. The
 * two must agree on accepting each, and on what they read: infohashes, name, files, total size, web
 * seeds and trackers. hashes reads as libtorrent with {@link Metainfo#parseLenient}; the strict
 * {@link Metainfo#parse} reads the same or refuses.
 */
@DisplayName("hashes reads real-world torrents as libtorrent 2.0 does")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealWorldCrossCheckIT {
    private static final int PIECE = 16384;
    /**
     * Where hashes differs from libtorrent 2.0 on purpose, and why; the test checks that it differs
     * exactly so.
     */
    private static final Map<String, String> BY_DESIGN = Map.of("a path repeated 40 times",
            "more than 500 collisions");
    private static final Pattern SAVED_AS = Pattern.compile("'(.*)' repeats an earlier path .* saves it as '(.*)'");

    private Path dir;
    private final Map<String, byte[]> cases = new LinkedHashMap<>();
    private final Map<String, LibtorrentView> libtorrent = new LinkedHashMap<>();

    @BeforeAll
    void buildAndLoadEveryCase(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("sub"));
        Files.writeString(content.resolve("a.txt"), "hello\n");
        Files.write(content.resolve("sub/b.bin"), data(70_000));
        Files.createSymbolicLink(content.resolve("link"), Path.of("a.txt"));
        Path single = dir.resolve("single.bin");
        Files.write(single, data(5_000));

        byte[] v1 = made("v1", content, true);
        byte[] v2 = made("v2", content, true);
        byte[] hybrid = made("hybrid", content, true);
        byte[] v2Single = made("v2", single, false);
        byte[] hybridSingle = made("hybrid", single, false);
        cases.put("libtorrent v1 with a symlink", v1);
        cases.put("libtorrent v2 with a symlink", v2);
        cases.put("libtorrent hybrid with a symlink and pad files", hybrid);
        cases.put("libtorrent v2 of one file", v2Single);
        cases.put("libtorrent hybrid of one file", hybridSingle);

        // BEP 47 symlinks
        cases.put("v1 symlink with a length", editFile(v1, "link", f -> with(f, "length", BInteger.of(5_000_000))));
        cases.put("v1 symlink without length", editFile(v1, "link", f -> with(f, "length", null)));
        cases.put("v1 symlink without symlink path", editFile(v1, "link", f -> with(f, "symlink path", null)));
        cases.put("hybrid symlink with a length", editFile(hybrid, "link", f -> with(f, "length", BInteger.of(99))));
        cases.put("v2 symlink with a length", editTree(v2, "link", f -> with(f, "length", BInteger.of(12_345))));
        // padding
        cases.put("BitComet pad files without attr", bitComet(hybrid));
        cases.put("v2 file with the pad attribute", editTree(v2, "a.txt", f -> with(f, "attr", BString.of("p"))));
        // no data
        cases.put("no files", editInfo(v1, i -> with(with(i, "files", BList.of(List.of())), "pieces", BString.of(""))));
        cases.put("all files empty", editInfo(v1, i -> with(with(i, "files", BList.of(List.of(
                file("x", 0), file("y", 0)))), "pieces", BString.of(""))));
        cases.put("single empty file", editInfo(v1, i -> with(with(with(i, "files", null), "length", BInteger.of(0)),
                "pieces", BString.of(""))));
        // v2 edge cases
        cases.put("v2 one-piece file with an all-zero pieces root", editTree(v2, "a.txt",
                f -> with(f, "pieces root", BString.of(new byte[32]))));
        cases.put("v2 one file at the root, named otherwise", editInfo(v2Single, i -> with(i, "name",
                BString.of("other name"))));
        // optional keys outside info
        cases.put("url-list with a list and an integer", editRoot(v1, r -> with(r, "url-list", BList.of(List.of(
                BList.of(List.of(BString.of("http://a.invalid/"))), BInteger.of(5), BString.of("http://b.invalid/"))))));
        cases.put("url-list an integer", editRoot(v1, r -> with(r, "url-list", BInteger.of(5))));
        cases.put("announce-list with bad tiers", editRoot(v1, r -> with(r, "announce-list", BList.of(List.of(
                BString.of("http://t1.invalid/"), BList.of(List.of(BString.of("http://t2.invalid/"), BInteger.of(7))),
                BInteger.of(5))))));
        cases.put("httpseeds with bad entries", editRoot(v1, r -> with(r, "httpseeds", BList.of(List.of(
                BList.of(List.of(BString.of("x"))), BInteger.of(3), BString.of("http://h.invalid/"))))));
        cases.put("nodes, creation date, comment, announce of the wrong type", editRoot(v1, r -> with(with(with(with(r,
                "nodes", BList.of(List.of(BInteger.of(5), BList.of(List.of(BString.of("h")))))), "creation date",
                BString.of("yesterday")), "comment", BInteger.of(5)), "announce", BInteger.of(5))));
        cases.put("repeated web seeds", editRoot(v1, r -> with(r, "url-list", BList.of(List.of(
                BString.of("http://a.invalid/"), BString.of("http://a.invalid/"), BString.of("http://b.invalid/"))))));
        // repeated paths
        cases.put("repeated paths, case and a file named like a folder", synthetic(List.of(file("d/a.txt", 100),
                file("d/a.txt", 100), file("d/A.TXT", 100), file("d", 5), file("e.tar.gz", 1), file("e.tar.gz", 1))));
        List<BDictionary> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(file("x.bin", 1));
        }
        cases.put("a path repeated 40 times", synthetic(many));
        // unsafe paths and lenient bencode
        cases.put("unsafe path components", synthetic(List.of(file("../x", 100), file("a/./b", 100), file("", 5),
                file("c\\d", 1), file("tab\there", 1), file("l".repeat(300) + ".mkv", 1),
                file("bidi\u202ename", 1))));
        cases.put("a trailing newline", concat(v1, "\n".getBytes(StandardCharsets.US_ASCII)));
        cases.put("leading zeros in a v1 info", replace(v1, "6:lengthi6e", "6:lengthi06e"));
        cases.put("a 21-digit integer", replace(v1, "6:lengthi6e", "6:lengthi000000000000000000006e"));
        cases.put("unsorted keys in a v1 info", unsortedInfo(v1));
        cases.put("unsorted keys in a v2 info", unsortedInfo(v2));
        cases.put("leading zeros in a v2 info", replace(v2, "6:lengthi6e", "6:lengthi06e"));

        List<String> args = new ArrayList<>(List.of("load"));
        int n = 0;
        for (Map.Entry<String, byte[]> e : cases.entrySet()) {
            Path f = dir.resolve("case-" + n++ + ".torrent");
            Files.write(f, e.getValue());
            args.add(f.toString());
        }
        List<String> lines = ReferenceTool.libtorrent(args.toArray(String[]::new)).strip().lines().toList();
        assertThat(lines).hasSize(cases.size());
        int i = 0;
        for (String name : cases.keySet()) {
            libtorrent.put(name, LibtorrentView.parse(lines.get(i++)));
        }
    }

    List<String> caseNames() {
        return List.copyOf(cases.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseNames")
    @DisplayName("accepts and rejects alike, and reads the same")
    void agrees(String name) {
        byte[] torrent = cases.get(name);
        LibtorrentView expected = libtorrent.get(name);
        if (BY_DESIGN.containsKey(name)) {
            // libtorrent 2.1 refuses a torrent with more than 500 collisions (max_duplicate_filenames); 2.0 renames on
            assertThat(expected.ok).isTrue();
            assertThatThrownBy(() -> Metainfo.parseLenient(torrent, BencodeDecoder.Limits.DEFAULT))
                    .hasMessageContaining(BY_DESIGN.get(name));
            return;
        }
        Metainfo m;
        try {
            m = Metainfo.parseLenient(torrent, BencodeDecoder.Limits.DEFAULT);
        } catch (TorrentFormatException e) {
            assertThat(expected.ok).as("libtorrent accepts what hashes refuses with: %s", e.getMessage()).isFalse();
            assertThatThrownBy(() -> Metainfo.parse(torrent)).isInstanceOf(TorrentFormatException.class);
            return;
        }
        assertThat(expected.ok).as("libtorrent refuses (%s) what hashes accepts", expected.error).isTrue();
        assertThat(m.infoHashes().v1()).isEqualTo(Optional.ofNullable(expected.v1).map(InfoHashV1::parse));
        assertThat(m.infoHashes().v2()).isEqualTo(Optional.ofNullable(expected.v2).map(InfoHashV2::parse));
        assertThat(m.name()).isEqualTo(expected.name);
        assertThat(m.pieceCount()).isEqualTo(expected.num_pieces);
        assertThat(savedPaths(m)).isEqualTo(expected.contentFiles());
        assertThat(m.files().stream().filter(f -> !f.padding())
                .map(f -> f.attributes().contains(dev.torrentctl.hashes.FileAttribute.SYMLINK)).toList())
                .isEqualTo(expected.files.stream().filter(f -> !f.pad).map(f -> f.symlink).toList());
        assertThat(m.totalSizeBytes()).isEqualTo(expected.files.stream().filter(f -> !f.pad)
                .mapToLong(f -> f.length).sum());
        assertThat(m.webSeeds()).isEqualTo(expected.url_seeds);
        assertThat(m.httpSeeds()).isEqualTo(expected.http_seeds);
        assertThat(m.trackers().stream().flatMap(List::stream).toList()).isEqualTo(expected.trackers);
        // the strict reading is the same torrent, or a refusal
        try {
            Metainfo strict = Metainfo.parse(torrent);
            assertThat(strict.infoHashes()).isEqualTo(m.infoHashes());
            assertThat(strict.files()).isEqualTo(m.files());
        } catch (TorrentFormatException refused) {
            assertThat(m.warnings()).as("strict refused (%s) what lenient read without a warning",
                    refused.getMessage()).isNotEmpty();
        }
    }

    /** The file paths as libtorrent saves them: repeats renamed as the warnings say. */
    private static List<String> savedPaths(Metainfo m) {
        List<String> renamed = new ArrayList<>();
        for (MetainfoWarning w : m.warnings()) {
            Matcher r = SAVED_AS.matcher(w.message());
            if (r.find()) {
                renamed.add(r.group(2));
            }
        }
        List<String> out = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < m.files().size(); i++) {
            TorrentFile f = m.files().get(i);
            if (f.padding()) {
                continue;
            }
            String field = "info.files[" + i + "].path";
            boolean isRenamed = m.warnings().stream().anyMatch(w -> w.field().equals(field)
                    && SAVED_AS.matcher(w.message()).find());
            out.add((isRenamed ? renamed.get(next++) : f.joinedPath()) + "=" + f.lengthBytes());
        }
        return out;
    }

    // ---- making the cases

    private byte[] made(String version, Path content, boolean symlinks) throws IOException {
        Path out = dir.resolve("made-" + version + "-" + content.getFileName() + ".torrent");
        List<String> args = new ArrayList<>(List.of("create", version, content.toString(), out.toString(),
                String.valueOf(PIECE)));
        if (symlinks) {
            args.add("symlinks");
        }
        ReferenceTool.libtorrent(args.toArray(String[]::new));
        return Files.readAllBytes(out);
    }

    private static byte[] data(int n) {
        byte[] b = new byte[n];
        new java.util.Random(n).nextBytes(b);
        return b;
    }

    private static byte[] editRoot(byte[] t, UnaryOperator<BDictionary> edit) {
        return Bencode.encode(edit.apply(root(t)));
    }

    private static byte[] editInfo(byte[] t, UnaryOperator<BDictionary> edit) {
        return editRoot(t, r -> with(r, "info", edit.apply(info(t))));
    }

    /** Edits the v1 file whose last path component is {@code name}. */
    private static byte[] editFile(byte[] t, String name, UnaryOperator<BDictionary> edit) {
        return editInfo(t, i -> {
            List<BValue> files = new ArrayList<>();
            for (BValue v : ((BList) i.get("files").orElseThrow()).values()) {
                BDictionary f = (BDictionary) v;
                List<BValue> path = ((BList) f.get("path").orElseThrow()).values();
                files.add(((BString) path.get(path.size() - 1)).utf8().equals(name) ? edit.apply(f) : f);
            }
            return with(i, "files", BList.of(files));
        });
    }

    /** Edits the v2 file entry of a top-level file of the tree. */
    private static byte[] editTree(byte[] t, String name, UnaryOperator<BDictionary> edit) {
        return editInfo(t, i -> {
            BDictionary tree = (BDictionary) i.get("file tree").orElseThrow();
            BDictionary node = (BDictionary) tree.get(name).orElseThrow();
            BDictionary leaf = (BDictionary) node.get("").orElseThrow();
            return with(i, "file tree", with(tree, name, with(node, "", edit.apply(leaf))));
        });
    }

    /** The hybrid's v1 side alone, its pad files named as BitComet names them and without attr. */
    private static byte[] bitComet(byte[] hybrid) {
        return editInfo(hybrid, i -> {
            List<BValue> files = new ArrayList<>();
            int n = 0;
            for (BValue v : ((BList) i.get("files").orElseThrow()).values()) {
                BDictionary f = (BDictionary) v;
                boolean pad = f.get("attr").map(a -> ((BString) a).utf8().contains("p")).orElse(false);
                files.add(pad ? with(with(f, "attr", null), "path", BList.of(List.of(
                        BString.of("_____padding_file_" + n++ + "_if you see this file, please update to BitComet"))))
                        : f);
            }
            return with(with(with(i, "files", BList.of(files)), "file tree", null), "meta version", null);
        });
    }

    static BDictionary file(String path, long length) {
        List<BValue> parts = new ArrayList<>();
        for (String p : path.split("/", -1)) {
            parts.add(BString.of(p));
        }
        return BDictionary.builder().put("length", length).put("path", BList.of(parts)).build();
    }

    /** A v1 torrent of these files, with piece hashes of the right count (libtorrent checks no data). */
    private static byte[] synthetic(List<BDictionary> files) {
        long total = files.stream().mapToLong(f -> ((BInteger) f.get("length").orElseThrow()).value()).sum();
        byte[] pieces = new byte[(int) ((total + PIECE - 1) / PIECE) * 20];
        java.util.Arrays.fill(pieces, (byte) 7);
        BDictionary info = BDictionary.builder().put("files", BList.of(files)).put("name", "t")
                .put("piece length", PIECE).put("pieces", pieces).build();
        return Bencode.encode(BDictionary.builder().put("info", info).build());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] replace(byte[] t, String from, String to) {
        String s = new String(t, StandardCharsets.ISO_8859_1);
        if (!s.contains(from)) {
            throw new UncheckedIOException(new IOException("no '" + from + "' in the torrent"));
        }
        return s.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The info dictionary's entries written in reverse order (the bytes of each value kept). */
    private static byte[] unsortedInfo(byte[] t) {
        BDictionary info = info(t);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write('d');
        List<Map.Entry<BString, BValue>> entries = new ArrayList<>(info.entries().entrySet());
        java.util.Collections.reverse(entries);
        for (Map.Entry<BString, BValue> e : entries) {
            out.writeBytes(Bencode.encode(e.getKey()));
            out.writeBytes(Bencode.encode(e.getValue()));
        }
        out.write('e');
        BValue.Span span = info.span().orElseThrow();
        return concat(concat(java.util.Arrays.copyOfRange(t, 0, span.offset()), out.toByteArray()),
                java.util.Arrays.copyOfRange(t, span.end(), t.length));
    }
}
