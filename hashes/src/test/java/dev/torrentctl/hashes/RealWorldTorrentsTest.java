package dev.torrentctl.hashes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.hashes.bencode.BDictionary;
import dev.torrentctl.hashes.bencode.BInteger;
import dev.torrentctl.hashes.bencode.BList;
import dev.torrentctl.hashes.bencode.BString;
import dev.torrentctl.hashes.bencode.BValue;
import dev.torrentctl.hashes.bencode.Bencode;
import dev.torrentctl.hashes.bencode.BencodeDecoder;
import dev.torrentctl.hashes.bencode.BencodeException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules by which real-world torrents are read as libtorrent 2.0 reads them. Each torrent is
 * built here byte by byte; {@code crosscheck.RealWorldCrossCheckIT} has libtorrent read the same
 * variants and compares.
 */
@DisplayName("Metainfo reads real-world torrents as libtorrent does")
class RealWorldTorrentsTest {
    static final int PIECE = 16384;

    // ---- builders

    static BDictionary file(String path, long length, String... attrAndTarget) {
        BDictionary.Builder b = BDictionary.builder().put("length", length).put("path", path(path));
        if (attrAndTarget.length > 0) {
            b.put("attr", attrAndTarget[0]);
        }
        if (attrAndTarget.length > 1) {
            b.put("symlink path", path(attrAndTarget[1]));
        }
        return b.build();
    }

    static BList path(String path) {
        List<BValue> parts = new ArrayList<>();
        for (String p : path.split("/", -1)) {
            parts.add(BString.of(p));
        }
        return BList.of(parts);
    }

    /** A v1 multi-file torrent whose piece count fits the files' data (symlinks counting 0). */
    static byte[] v1(List<BDictionary> files, BDictionary.Builder root) {
        long total = 0;
        for (BDictionary f : files) {
            boolean symlink = f.get("attr").map(a -> ((BString) a).utf8().contains("l")).orElse(false);
            total += symlink ? 0 : f.get("length").map(v -> ((BInteger) v).value()).orElse(0L);
        }
        long pieces = (total + PIECE - 1) / PIECE;
        byte[] hashes = new byte[(int) pieces * 20];
        Arrays.fill(hashes, (byte) 1);
        BDictionary info = BDictionary.builder().put("name", "t").put("piece length", PIECE).put("pieces", hashes)
                .put("files", BList.of(files)).build();
        return Bencode.encode(root.put("info", info).build());
    }

    static byte[] v1(BDictionary... files) {
        return v1(List.of(files), BDictionary.builder());
    }

    /** A v2 file-tree leaf of {@code length} bytes of 'x' (one piece at most), with a real pieces root. */
    static BDictionary leaf(int length, String... attr) {
        BDictionary.Builder f = BDictionary.builder().put("length", length);
        if (length > 0) {
            f.put("pieces root", rootOf(length));
        }
        if (attr.length > 0) {
            f.put("attr", attr[0]);
        }
        if (attr.length > 1) {
            f.put("symlink path", path(attr[1]));
        }
        return BDictionary.of(Map.of(BString.of(""), f.build()));
    }

    static byte[] rootOf(int length) {
        try {
            byte[] block = new byte[PIECE];
            Arrays.fill(block, 0, length, (byte) 'x');
            return MessageDigest.getInstance("SHA-256").digest(block);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] v2(BDictionary tree, String name) {
        BDictionary info = BDictionary.builder().put("file tree", tree).put("meta version", 2).put("name", name)
                .put("piece length", PIECE).build();
        return Bencode.encode(BDictionary.builder().put("info", info).build());
    }

    static BDictionary tree(Object... namesAndNodes) {
        BDictionary.Builder b = BDictionary.builder();
        for (int i = 0; i < namesAndNodes.length; i += 2) {
            b.put((String) namesAndNodes[i], (BValue) namesAndNodes[i + 1]);
        }
        return b.build();
    }

    static List<String> paths(Metainfo m) {
        return m.files().stream().map(f -> f.joinedPath() + "=" + f.lengthBytes() + (f.padding() ? " pad" : "")
                + (f.attributes().contains(FileAttribute.SYMLINK) ? " link" : "")).toList();
    }

    static List<String> warnings(Metainfo m) {
        return m.warnings().stream().map(MetainfoWarning::toString).toList();
    }

    static void rejects(byte[] torrent, String problem) {
        assertThatThrownBy(() -> Metainfo.parse(torrent)).isInstanceOf(TorrentFormatException.class)
                .hasMessageContaining(problem);
    }

    @Nested
    @DisplayName("BEP 47 symlinks: a symlink's length is 0 and need not be given")
    class Symlinks {
        @Test
        @DisplayName("a non-zero length is read as 0, so it counts in neither the size nor the pieces")
        void lengthIsIgnored() {
            Metainfo m = Metainfo.parse(v1(file("a", 100), file("l", 5_000_000, "l", "a")));
            assertThat(paths(m)).containsExactly("a=100", "l=0 link");
            assertThat(m.totalSizeBytes()).isEqualTo(100);
            assertThat(m.pieceCount()).isEqualTo(1);
            assertThat(m.files().get(1).symlinkTarget()).contains(List.of("a"));
            assertThat(warnings(m)).containsExactly("info.files[1].length: is 5000000 for a symlink, whose length is"
                    + " 0 (BEP 47): read as 0");
        }

        @Test
        @DisplayName("a symlink without 'length' is read")
        void noLength() {
            BDictionary link = BDictionary.builder().put("attr", "l").put("path", path("l"))
                    .put("symlink path", path("a")).build();
            assertThat(paths(Metainfo.parse(v1(file("a", 100), link)))).containsExactly("a=100", "l=0 link");
        }

        @Test
        @DisplayName("a symlink without 'symlink path' is an empty file, as libtorrent reads it")
        void noTarget() {
            Metainfo m = Metainfo.parse(v1(file("a", 100), file("l", 7, "l")));
            assertThat(paths(m)).containsExactly("a=100", "l=0");
            assertThat(warnings(m)).singleElement().asString().contains("without a 'symlink path'");
        }

        @Test
        @DisplayName("v2: a symlink needs neither length nor pieces root")
        void inV2Tree() {
            Metainfo m = Metainfo.parse(v2(tree("a", leaf(100), "l", BDictionary.of(Map.of(BString.of(""),
                    BDictionary.builder().put("attr", "l").put("length", 999_999).put("symlink path", path("a"))
                            .build()))), "t"));
            assertThat(paths(m)).containsExactly("a=100", "l=0 link");
            assertThat(m.pieceCount()).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("pad files")
    class Padding {
        @Test
        @DisplayName("BEP 52: a v2 file tree cannot hold a pad file (v2 aligns files itself)")
        void v2PadAttribute() {
            rejects(v2(tree("a", leaf(100, "p"), "b", leaf(10)), "t"), "info.file tree/a has the pad attribute");
        }

        @Test
        @DisplayName("BEP 47: BitComet's _____padding_file_ without attr is a pad file: not in the size, in the pieces")
        void bitComet() {
            Metainfo m = Metainfo.parse(v1(file("a", 100), file("_____padding_file_0_x", PIECE - 100), file("b", 10)));
            assertThat(paths(m)).containsExactly("a=100", "_____padding_file_0_x=16284 pad", "b=10");
            assertThat(m.totalSizeBytes()).isEqualTo(110);
            assertThat(m.pieceCount()).isEqualTo(2);
            Metainfo inFolder = Metainfo.parse(v1(file("a", 100), file(".pad/_____padding_file_0", PIECE - 100),
                    file("b", 10)));
            assertThat(inFolder.files().get(1).padding()).isTrue();
        }
    }

    @Nested
    @DisplayName("torrents without data are refused, as every client refuses them")
    class NoData {
        @Test
        @DisplayName("no files")
        void noFiles() {
            rejects(v1(List.of(), BDictionary.builder()), "the torrent has no files");
        }

        @Test
        @DisplayName("files that are all empty (0 pieces)")
        void allEmpty() {
            rejects(v1(file("a", 0), file("b", 0)), "the torrent's files are all empty");
            rejects(Bencode.encode(BDictionary.builder().put("info", BDictionary.builder().put("length", 0)
                    .put("name", "x").put("piece length", PIECE).put("pieces", new byte[0]).build()).build()),
                    "the torrent's file is empty");
        }

        @Test
        @DisplayName("only symlinks")
        void onlySymlinks() {
            rejects(v1(file("l", 5, "l", "m"), file("m", 5, "l", "l")), "the torrent's files are all empty");
        }
    }

    @Nested
    @DisplayName("BEP 52 v2 file trees")
    class V2Trees {
        @Test
        @DisplayName("a file that fits one piece with an all-zero pieces root is refused")
        void zeroRoot() {
            BDictionary zero = BDictionary.of(Map.of(BString.of(""), BDictionary.builder().put("length", 100)
                    .put("pieces root", new byte[32]).build()));
            rejects(v2(tree("a", zero, "b", leaf(10)), "t"), "info.file tree/a.pieces root is all zeros");
        }

        @Test
        @DisplayName("one file at the root of the tree names the torrent, as libtorrent names and saves it")
        void singleFileAtRoot() {
            Metainfo m = Metainfo.parse(v2(tree("file.bin", leaf(100)), "other"));
            assertThat(m.name()).isEqualTo("file.bin");
            assertThat(paths(m)).containsExactly("file.bin=100");
            Metainfo inFolder = Metainfo.parse(v2(tree("d", tree("file.bin", leaf(100))), "other"));
            assertThat(inFolder.name()).isEqualTo("other");
            assertThat(paths(inFolder)).containsExactly("d/file.bin=100");
        }

        @Test
        @DisplayName("an unsorted tree is refused even when reading leniently: its key order is the file order")
        void unsorted() {
            byte[] a = Bencode.encode(leaf(100));
            byte[] b = Bencode.encode(leaf(10));
            String info = "d9:file treed1:b" + latin1(b) + "1:a" + latin1(a) + "e12:meta versioni2e4:name1:t12:piece"
                    + " lengthi16384ee";
            byte[] torrent = ("d4:info" + info + "e").getBytes(StandardCharsets.ISO_8859_1);
            rejects(torrent, "not sorted");
            assertThatThrownBy(() -> Metainfo.parseLenient(torrent, BencodeDecoder.Limits.DEFAULT))
                    .isInstanceOf(TorrentFormatException.class)
                    .hasMessageContaining("not canonical bencode (unsorted keys or leading zeros), which BEP 52");
        }
    }

    @Nested
    @DisplayName("optional keys outside info: a wrong type is skipped with a warning")
    class OptionalKeys {
        @Test
        @DisplayName("BEP 19 url-list with a list, an integer and a repeat")
        void urlList() {
            Metainfo m = Metainfo.parse(v1(List.of(file("a", 100)), BDictionary.builder().put("url-list",
                    BList.of(List.of(BList.of(List.of(BString.of("http://a/"))), BInteger.of(5),
                            BString.of("http://b/"), BString.of("http://b/"))))));
            assertThat(m.webSeeds()).containsExactly("http://b/");
            assertThat(warnings(m)).containsExactly(
                    "url-list[0]: is a list, not a string: skipped, as libtorrent and Transmission skip it",
                    "url-list[1]: is an integer, not a string: skipped, as libtorrent and Transmission skip it",
                    "url-list[3]: repeats 'http://b/': listed once, as libtorrent lists it");
            Metainfo whole = Metainfo.parse(v1(List.of(file("a", 100)), BDictionary.builder().put("url-list", 5)));
            assertThat(whole.webSeeds()).isEmpty();
            assertThat(warnings(whole)).singleElement().asString().startsWith("url-list: is an integer");
        }

        @Test
        @DisplayName("BEP 12 announce-list with a string tier and an integer entry; BEP 17 httpseeds")
        void trackersAndHttpSeeds() {
            Metainfo m = Metainfo.parse(v1(List.of(file("a", 100)), BDictionary.builder()
                    .put("announce-list", BList.of(List.of(BString.of("http://t1/"), BList.of(List.of(
                            BString.of("http://t2/"), BInteger.of(7))), BInteger.of(5))))
                    .put("httpseeds", BList.of(List.of(BList.of(List.of(BString.of("x"))), BInteger.of(3),
                            BString.of("http://h/"))))));
            assertThat(m.trackers()).containsExactly(List.of("http://t2/"));
            assertThat(m.httpSeeds()).containsExactly("http://h/");
            assertThat(m.warnings()).extracting(MetainfoWarning::field).containsExactly("announce-list[0]",
                    "announce-list[1][1]", "announce-list[2]", "httpseeds[0]", "httpseeds[1]");
        }

        @Test
        @DisplayName("announce, creation date, comment and created by of the wrong type")
        void scalars() {
            Metainfo m = Metainfo.parse(v1(List.of(file("a", 100)), BDictionary.builder().put("announce", 5)
                    .put("comment", 5).put("created by", BList.of(List.of())).put("creation date", "yesterday")));
            assertThat(m.trackers()).isEmpty();
            assertThat(m.comment()).isEmpty();
            assertThat(m.createdBy()).isEmpty();
            assertThat(m.creationDate()).isEmpty();
            assertThat(m.warnings()).extracting(MetainfoWarning::field)
                    .containsExactlyInAnyOrder("announce", "comment", "created by", "creation date");
        }
    }

    @Nested
    @DisplayName("repeated file paths")
    class Duplicates {
        @Test
        @DisplayName("are reported with the name libtorrent saves them under (case folded, directories first)")
        void reported() {
            Metainfo m = Metainfo.parse(v1(file("d/a.txt", 100), file("d/a.txt", 100), file("d/A.TXT", 100),
                    file("d", 5)));
            assertThat(paths(m)).containsExactly("d/a.txt=100", "d/a.txt=100", "d/A.TXT=100", "d=5");
            assertThat(warnings(m)).containsExactly(
                    "info.files[1].path: 'd/a.txt' repeats an earlier path (libtorrent compares them ignoring ASCII"
                            + " case): libtorrent saves it as 'd/a.1.txt'",
                    "info.files[2].path: 'd/A.TXT' repeats an earlier path (libtorrent compares them ignoring ASCII"
                            + " case): libtorrent saves it as 'd/A.2.TXT'",
                    "info.files[3].path: 'd' repeats an earlier path (libtorrent compares them ignoring ASCII case):"
                            + " libtorrent saves it as 'd.1'");
        }

        @Test
        @DisplayName("pad files of one size may share a path")
        void padFiles() {
            Metainfo m = Metainfo.parse(v1(file("a", 100), file(".pad/16284", PIECE - 100, "p"), file("b", 100),
                    file(".pad/16284", PIECE - 100, "p"), file("c", 1)));
            assertThat(m.warnings()).isEmpty();
        }

        @Test
        @DisplayName("are bounded: past 500 collisions the torrent is refused, as libtorrent 2.1 refuses it")
        void bounded() {
            List<BDictionary> same = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                same.add(file("x.bin", 1));
            }
            // the n-th repeat collides with the n-1 names before it: 38 * 39 / 2 = 741 collisions
            rejects(v1(same, BDictionary.builder()), "more than 500 collisions");
            Metainfo fewer = Metainfo.parse(v1(same.subList(0, 30), BDictionary.builder()));
            assertThat(fewer.warnings()).hasSize(29);
        }
    }

    @Nested
    @DisplayName("leniency: only what libtorrent relaxes")
    class Leniency {
        private final byte[] plain = v1(file("a", 100));

        @Test
        @DisplayName("a trailing newline: refused by default, a warning when lenient")
        void trailingBytes() {
            byte[] withNewline = Arrays.copyOf(plain, plain.length + 1);
            withNewline[plain.length] = '\n';
            assertThatThrownBy(() -> Metainfo.parse(withNewline)).isInstanceOf(BencodeException.class)
                    .hasMessageContaining("1 trailing bytes after the root value");
            Metainfo m = Metainfo.parseLenient(withNewline, BencodeDecoder.Limits.DEFAULT);
            assertThat(m.infoHashes()).isEqualTo(Metainfo.parse(plain).infoHashes());
            assertThat(warnings(m)).containsExactly(".torrent: 1 bytes after the root dictionary are ignored, as"
                    + " libtorrent ignores them");
        }

        @Test
        @DisplayName("leading zeros in a v1 info: read, hashed as found, and a warning; more than 20 digits: refused")
        void leadingZeros() {
            byte[] zeros = latin1(plain).replace("i100e", "i0100e").getBytes(StandardCharsets.ISO_8859_1);
            rejects(zeros, "integer with a leading zero");
            Metainfo m = Metainfo.parseLenient(zeros, BencodeDecoder.Limits.DEFAULT);
            assertThat(m.files().get(0).lengthBytes()).isEqualTo(100);
            assertThat(m.infoHashes()).isNotEqualTo(Metainfo.parse(plain).infoHashes());
            assertThat(warnings(m)).singleElement().asString().startsWith("info: is not canonical bencode");
            byte[] overlong = latin1(plain).replace("i100e", "i000000000000000000100e")
                    .getBytes(StandardCharsets.ISO_8859_1);
            assertThatThrownBy(() -> Metainfo.parseLenient(overlong, BencodeDecoder.Limits.DEFAULT))
                    .isInstanceOf(BencodeException.class).hasMessageContaining("integer of 21 digits");
        }

        @Test
        @DisplayName("unsorted keys outside info: refused by default, a warning when lenient; the infohash is the same")
        void unsortedOutsideInfo() {
            String text = latin1(v1(List.of(file("a", 100)), BDictionary.builder().put("comment", "c")));
            byte[] unsorted = ("d4:info" + text.substring(text.indexOf("4:info") + 6, text.length() - 1)
                    + "7:comment1:ce").getBytes(StandardCharsets.ISO_8859_1);
            rejects(unsorted, "dictionary key 'comment' is not sorted (it follows 'info')");
            Metainfo m = Metainfo.parseLenient(unsorted, BencodeDecoder.Limits.DEFAULT);
            assertThat(m.comment()).contains("c");
            assertThat(warnings(m)).containsExactly(".torrent: keys outside 'info' are unsorted or have leading"
                    + " zeros: read as libtorrent reads them (the infohash is not affected)");
        }

        @Test
        @DisplayName("unsafe path components: refused by default, made safe as libtorrent makes them when lenient")
        void unsafePaths() {
            byte[] torrent = v1(file("../x", 100), file("a/./b", 100), file("", 5), file("c\\d", 1));
            rejects(torrent, "info.files[0].path has an unsafe path component '..'");
            Metainfo m = Metainfo.parseLenient(torrent, BencodeDecoder.Limits.DEFAULT);
            assertThat(paths(m)).containsExactly("x=100", "a/b=100", "_=5", "cd=1");
            assertThat(warnings(m)).containsExactly(
                    "info.files[0].path: component '..' dropped, as libtorrent does",
                    "info.files[1].path: component '.' dropped, as libtorrent does",
                    "info.files[2].path: component '' read as '_', as libtorrent does",
                    "info.files[3].path: component 'c\\d' read as 'cd', as libtorrent does");
        }
    }

    @Nested
    @DisplayName("libtorrent's size limits")
    class Limits {
        @Test
        @DisplayName("a piece larger than 32,767 blocks of 16 KiB, more than 2,097,152 pieces, a file of 16 TiB")
        void refused() {
            byte[] bigPieces = Bencode.encode(BDictionary.builder().put("info", BDictionary.builder()
                    .put("length", 1L << 30).put("name", "x").put("piece length", 1L << 30).put("pieces", new byte[20])
                    .build()).build());
            rejects(bigPieces, "info.piece length 1073741824 is larger than libtorrent loads");
            long pieces = 0x200001;
            byte[] manyPieces = Bencode.encode(BDictionary.builder().put("info", BDictionary.builder()
                    .put("length", pieces * PIECE).put("name", "x").put("piece length", PIECE)
                    .put("pieces", new byte[(int) pieces * 20]).build()).build());
            assertThatThrownBy(() -> Metainfo.parse(manyPieces, BencodeDecoder.strict().withLimits(
                    BencodeDecoder.Limits.QBITTORRENT))).hasMessageContaining("has 2097153 pieces, more than libtorrent");
            byte[] hugeFile = v2(tree("a", BDictionary.of(Map.of(BString.of(""), BDictionary.builder()
                    .put("length", 16_384L << 30).put("pieces root", rootOf(1)).build()))), "t");
            rejects(hugeFile, "larger than libtorrent loads (about 16 TiB)");
        }
    }

    @Nested
    @DisplayName("a large file list")
    class LargeLists {
        @Test
        @DisplayName("is kept compact but reads the same: files, info field, sizes")
        void compact() {
            List<BDictionary> files = new ArrayList<>();
            for (int i = 0; i < 5000; i++) {
                files.add(file("d" + i % 7 + "/f" + i, i + 1));
            }
            Metainfo m = Metainfo.parse(v1(files, BDictionary.builder()));
            assertThat(m.files()).hasSize(5000);
            assertThat(m.files().get(4999)).isEqualTo(TorrentFile.of(List.of("d1", "f4999"), 5000));
            assertThat(m.totalSizeBytes()).isEqualTo(5000L * 5001 / 2);
            BList asBencode = (BList) m.infoField("files").orElseThrow();
            assertThat(asBencode.values()).hasSize(5000);
            assertThat(asBencode.span()).isPresent();
            assertThat(m.files()).isEqualTo(List.copyOf(m.files()));
        }
    }

    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

}
