package dev.torrentctl.hashes;

import static dev.torrentctl.hashes.TorrentEdits.info;
import static dev.torrentctl.hashes.TorrentEdits.root;
import static dev.torrentctl.hashes.TorrentEdits.with;
import static dev.torrentctl.hashes.TorrentEdits.withInfoKey;
import static dev.torrentctl.hashes.TorrentEdits.withRootKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.hashes.bencode.BDictionary;
import dev.torrentctl.hashes.bencode.BInteger;
import dev.torrentctl.hashes.bencode.BList;
import dev.torrentctl.hashes.bencode.BString;
import dev.torrentctl.hashes.bencode.BValue;
import dev.torrentctl.hashes.bencode.Bencode;
import dev.torrentctl.hashes.create.TorrentCreator;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Metainfo validation rejects")
class MetainfoValidationTest {
    private static final byte[] DATA = random(100_000);
    private static final byte[] V1 = TorrentCreator.builder("t", TorrentVersion.V1).addFile("a.bin", DATA)
            .addFile("d/b.bin", random(5)).build();
    private static final byte[] V2 = TorrentCreator.builder("t", TorrentVersion.V2).addFile("a.bin", DATA)
            .addFile("d/b.bin", random(5)).build();
    private static final byte[] HYBRID = TorrentCreator.builder("t", TorrentVersion.HYBRID).addFile("a.bin", DATA)
            .addFile("d/b.bin", random(5)).build();

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    private static void rejects(byte[] torrent, String problem) {
        assertThatThrownBy(() -> Metainfo.parse(torrent)).isInstanceOf(TorrentFormatException.class)
                .hasMessageContaining(problem);
    }

    @Test
    @DisplayName("the fixtures themselves are valid")
    void fixturesAreValid() {
        assertThat(Metainfo.parse(V1).version()).isEqualTo(TorrentVersion.V1);
        assertThat(Metainfo.parse(V2).version()).isEqualTo(TorrentVersion.V2);
        assertThat(Metainfo.parse(HYBRID).version()).isEqualTo(TorrentVersion.HYBRID);
    }

    @Test
    @DisplayName("a root that is not a dictionary, or no info")
    void rootAndInfo() {
        rejects(Bencode.encode(BInteger.of(1)), "a .torrent is a bencoded dictionary, got an integer");
        rejects(withRootKey(V1, "info", null), "no 'info' dictionary");
        rejects(withRootKey(V1, "info", BList.of(List.of())), "info must be a dictionary, got a list");
    }

    @Test
    @DisplayName("a missing or non-positive piece length")
    void pieceLength() {
        rejects(withInfoKey(V1, "piece length", null), "no 'piece length'");
        rejects(withInfoKey(V1, "piece length", BInteger.of(0)), "info.piece length must be positive");
        rejects(withInfoKey(V1, "piece length", BString.of("16384")), "info.piece length must be an integer");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(longs = {8192, 24576, 16385})
    @DisplayName("a v2 piece length that is not a power of two of at least 16 KiB")
    void v2PieceLength(long length) {
        rejects(withInfoKey(V2, "piece length", BInteger.of(length)), "power of two of at least 16 KiB");
    }

    @Test
    @DisplayName("pieces that are not a multiple of 20 bytes or do not cover the content")
    void pieces() {
        byte[] pieces = ((BString) info(V1).get("pieces").orElseThrow()).toByteArray();
        rejects(withInfoKey(V1, "pieces", BString.of(Arrays.copyOf(pieces, pieces.length - 1))), "not a multiple of 20");
        rejects(withInfoKey(V1, "pieces", BString.of(Arrays.copyOf(pieces, pieces.length - 20))), "need 7");
        rejects(withInfoKey(V1, "pieces", BString.of(Arrays.copyOf(pieces, pieces.length + 20))), "need 7");
    }

    @Test
    @DisplayName("a missing name, or both length and files, or neither")
    void nameAndLayout() {
        rejects(withInfoKey(V1, "name", null), "no 'name'");
        rejects(withInfoKey(V1, "length", BInteger.of(5)), "both 'length' and 'files'");
        rejects(withInfoKey(V1, "files", null), "neither 'length' nor 'files'");
        rejects(withInfoKey(V1, "pieces", null), "neither 'pieces' (v1) nor 'meta version' 2");
    }

    @Test
    @DisplayName("a negative file length")
    void negativeLength() {
        BDictionary f = (BDictionary) ((BList) info(V1).get("files").orElseThrow()).values().get(0);
        BList files = BList.of(List.of(with(f, "length", BInteger.of(-1))));
        rejects(withInfoKey(V1, "files", files), "info.files[0].length is negative");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"..", ".", "", "a/b", "a\\b", "nul\0byte", "/etc"})
    @DisplayName("a path component that could escape the download folder")
    void unsafePathComponents(String component) {
        BDictionary f = (BDictionary) ((BList) info(V1).get("files").orElseThrow()).values().get(0);
        BList files = BList.of(List.of(with(f, "path", BList.of(List.of(BString.of("ok"), BString.of(component))))));
        rejects(withInfoKey(V1, "files", files), "info.files[0].path has an unsafe path component");
    }

    @Test
    @DisplayName("an unsafe name, an empty path, or an unsafe symlink target")
    void unsafeNameAndSymlink() {
        rejects(withInfoKey(V1, "name", BString.of("..")), "info.name has an unsafe path component");
        BDictionary f = (BDictionary) ((BList) info(V1).get("files").orElseThrow()).values().get(0);
        rejects(withInfoKey(V1, "files", BList.of(List.of(with(f, "path", BList.of(List.of()))))),
                "info.files[0].path is empty");
        BDictionary link = with(with(f, "attr", BString.of("l")), "symlink path",
                BList.of(List.of(BString.of(".."), BString.of("etc"))));
        rejects(withInfoKey(V1, "files", BList.of(List.of(link))), "symlink path has an unsafe path component");
    }

    @Test
    @DisplayName("an unknown meta version, or meta version 2 without a file tree")
    void metaVersion() {
        rejects(withInfoKey(V2, "meta version", BInteger.of(3)), "meta version 3 is not supported");
        rejects(withInfoKey(V2, "file tree", null), "meta version is 2 but there is no 'file tree'");
    }

    @Test
    @DisplayName("v2: missing piece layers, a missing layer, a layer of the wrong length or with the wrong hashes")
    void pieceLayers() {
        rejects(withRootKey(V2, "piece layers", null), "has no 'piece layers'");
        rejects(withRootKey(V2, "piece layers", BDictionary.of(Map.of())), "is missing");
        BDictionary layers = (BDictionary) root(V2).get("piece layers").orElseThrow();
        Map.Entry<BString, BValue> only = layers.entries().entrySet().iterator().next();
        byte[] layer = ((BString) only.getValue()).toByteArray();
        rejects(withRootKey(V2, "piece layers", BDictionary.of(Map.of(only.getKey(),
                BString.of(Arrays.copyOf(layer, layer.length - 32))))), "pieces need");
        layer[0] ^= 1;
        rejects(withRootKey(V2, "piece layers", BDictionary.of(Map.of(only.getKey(), BString.of(layer)))),
                "does not hash to the file's pieces root");
    }

    @Test
    @DisplayName("v2: a file without pieces root, a pieces root of the wrong size, a node both file and directory")
    void fileTree() {
        BDictionary tree = (BDictionary) info(V2).get("file tree").orElseThrow();
        BDictionary aNode = (BDictionary) tree.get("a.bin").orElseThrow();
        BDictionary aFile = (BDictionary) aNode.get("").orElseThrow();
        rejects(withInfoKey(V2, "file tree", with(tree, "a.bin", with(aNode, "", with(aFile, "pieces root", null)))),
                "info.file tree/a.bin has no 'pieces root'");
        rejects(withInfoKey(V2, "file tree", with(tree, "a.bin", with(aNode, "", with(aFile, "pieces root",
                BString.of(new byte[31]))))), "pieces root has 31 bytes, not 32");
        rejects(withInfoKey(V2, "file tree", with(tree, "a.bin", with(aNode, "x", aNode))),
                "info.file tree/a.bin is both a file and a directory");
        rejects(withInfoKey(V2, "file tree", BDictionary.of(Map.of())), "the torrent has no files");
    }

    @Test
    @DisplayName("v2: a file tree nested deeper than the limit, without a StackOverflowError")
    void deepFileTree() {
        BValue node = BDictionary.of(Map.of(BString.of(""), BDictionary.builder().put("length", 0).build()));
        for (int i = 0; i < MetainfoParser.MAX_TREE_DEPTH + 2; i++) {
            node = BDictionary.of(Map.of(BString.of("d"), node));
        }
        rejects(withInfoKey(V2, "file tree", node), "nests deeper than 64");
    }

    @Test
    @DisplayName("hybrid: v1 and v2 file lists that describe different files")
    void hybridMismatch() {
        BList files = (BList) info(HYBRID).get("files").orElseThrow();
        List<BValue> renamed = new java.util.ArrayList<>(files.values());
        BDictionary first = (BDictionary) renamed.get(0);
        renamed.set(0, with(first, "path", BList.of(List.of(BString.of("other.bin")))));
        rejects(withInfoKey(HYBRID, "files", BList.of(renamed)), "hybrid torrent: file 0 is 'other.bin'");
        BDictionary tree = (BDictionary) info(HYBRID).get("file tree").orElseThrow();
        Map<BString, BValue> fewer = new LinkedHashMap<>(tree.entries());
        fewer.remove(BString.of("d"));
        rejects(withInfoKey(HYBRID, "file tree", BDictionary.of(fewer)), "info.file tree has 1");
    }
}
