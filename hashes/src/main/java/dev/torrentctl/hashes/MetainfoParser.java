package dev.torrentctl.hashes;

import dev.torrentctl.hashes.bencode.BDictionary;
import dev.torrentctl.hashes.bencode.BInteger;
import dev.torrentctl.hashes.bencode.BList;
import dev.torrentctl.hashes.bencode.BString;
import dev.torrentctl.hashes.bencode.BValue;
import dev.torrentctl.hashes.bencode.BencodeDecoder;
import dev.torrentctl.hashes.internal.Digests;
import dev.torrentctl.hashes.internal.Hex;
import dev.torrentctl.hashes.internal.MerkleTree;
import dev.torrentctl.hashes.internal.PathComponents;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Reads and validates a .torrent into the parts of a {@link Metainfo}. */
final class MetainfoParser {
    /** Deepest directory nesting accepted in a v2 file tree. */
    static final int MAX_TREE_DEPTH = 64;
    private static final int SHA1_LENGTH = 20;
    private static final int SHA256_LENGTH = 32;

    private MetainfoParser() {}

    record Parsed(byte[] raw, BDictionary root, BDictionary info, InfoHashes infoHashes, String name, long pieceLength,
            long pieceCount, List<TorrentFile> files, boolean privateTorrent, List<List<String>> trackers,
            List<String> webSeeds, List<String> httpSeeds, List<DhtNode> dhtNodes, Optional<Instant> creationDate,
            Optional<String> comment, Optional<String> createdBy, Optional<String> source) {}

    /** A v2 file with its pieces root (absent for empty files). */
    private record V2File(TorrentFile file, Optional<byte[]> piecesRoot) {}

    static Parsed parse(byte[] torrent, BencodeDecoder decoder) {
        BValue rootValue = decoder.decode(torrent);
        if (!(rootValue instanceof BDictionary root)) {
            throw new TorrentFormatException("a .torrent is a bencoded dictionary, got " + kind(rootValue));
        }
        BDictionary info = root.get("info").map(v -> dict(v, "info"))
                .orElseThrow(() -> new TorrentFormatException("the .torrent has no 'info' dictionary"));
        BValue.Span span = info.span().orElseThrow();
        long metaVersion = info.get("meta version").map(v -> integer(v, "info.meta version")).orElse(1L);
        boolean hasV2 = metaVersion == 2;
        if (metaVersion != 1 && metaVersion != 2) {
            throw new TorrentFormatException("info.meta version " + metaVersion + " is not supported (1 or 2)");
        }
        if (hasV2 && info.get("file tree").isEmpty()) {
            throw new TorrentFormatException("info.meta version is 2 but there is no 'file tree'");
        }
        boolean hasV1 = info.get("pieces").isPresent();
        if (!hasV1 && !hasV2) {
            throw new TorrentFormatException("the info dictionary has neither 'pieces' (v1) nor 'meta version' 2 with"
                    + " a 'file tree' (v2)");
        }
        String name = info.get("name.utf-8").or(() -> info.get("name")).map(v -> text(v, "info.name"))
                .orElseThrow(() -> new TorrentFormatException("the info dictionary has no 'name'"));
        checkPathComponent(name, "info.name");
        long pieceLength = info.get("piece length").map(v -> integer(v, "info.piece length"))
                .orElseThrow(() -> new TorrentFormatException("the info dictionary has no 'piece length'"));
        if (pieceLength <= 0) {
            throw new TorrentFormatException("info.piece length must be positive, got " + pieceLength);
        }
        if (hasV2 && (pieceLength < MerkleTree.BLOCK_SIZE || Long.bitCount(pieceLength) != 1)) {
            throw new TorrentFormatException("info.piece length of a v2 torrent must be a power of two of at least"
                    + " 16 KiB, got " + pieceLength);
        }

        List<TorrentFile> v1Files = hasV1 ? v1Files(info, name) : List.of();
        List<V2File> v2Files = hasV2 ? v2Files(info) : List.of();
        long pieceCount = 0;
        if (hasV1) {
            pieceCount = checkPieces(info, v1Files, pieceLength);
        }
        if (hasV2) {
            long v2Pieces = checkPieceLayers(root, v2Files, pieceLength);
            if (!hasV1) {
                pieceCount = v2Pieces;
            }
        }
        if (hasV1 && hasV2) {
            checkSameFiles(v1Files, v2Files);
        }

        Optional<InfoHashV1> v1 = hasV1 ? Optional.of(InfoHashV1.of(digest(Digests.sha1(), torrent, span)))
                : Optional.empty();
        Optional<InfoHashV2> v2 = hasV2 ? Optional.of(InfoHashV2.of(digest(Digests.sha256(), torrent, span)))
                : Optional.empty();
        List<TorrentFile> files = hasV1 ? v1Files : v2Files.stream().map(V2File::file).toList();
        boolean isPrivate = info.get("private").map(v -> integer(v, "info.private") == 1).orElse(false);
        return new Parsed(torrent, root, info, new InfoHashes(v1, v2), name, pieceLength, pieceCount, files, isPrivate,
                trackers(root), urls(root, "url-list"), urls(root, "httpseeds"), nodes(root),
                root.get("creation date").map(v -> integer(v, "creation date")).filter(s -> s > 0)
                        .map(Instant::ofEpochSecond),
                optionalText(root, "comment"), optionalText(root, "created by"), optionalText(info, "source"));
    }

    private static long checkPieces(BDictionary info, List<TorrentFile> files, long pieceLength) {
        long total = 0;
        for (TorrentFile f : files) {
            total = Math.addExact(total, f.lengthBytes());
        }
        BString pieces = string(info.get("pieces").orElseThrow(), "info.pieces");
        long expected = total / pieceLength + (total % pieceLength == 0 ? 0 : 1);
        if (pieces.length() % SHA1_LENGTH != 0) {
            throw new TorrentFormatException("info.pieces has " + pieces.length() + " bytes, not a multiple of 20");
        }
        if (pieces.length() / SHA1_LENGTH != expected) {
            throw new TorrentFormatException("info.pieces has " + pieces.length() / SHA1_LENGTH + " hashes; " + total
                    + " bytes in pieces of " + pieceLength + " need " + expected);
        }
        return expected;
    }

    /** Checks each file's piece layer against its pieces root; returns the v2 piece count. */
    private static long checkPieceLayers(BDictionary root, List<V2File> files, long pieceLength) {
        Optional<BDictionary> layers = root.get("piece layers").map(v -> dict(v, "piece layers"));
        long count = 0;
        for (V2File f : files) {
            long length = f.file().lengthBytes();
            count += length / pieceLength + (length % pieceLength == 0 ? 0 : 1);
            if (length <= pieceLength) {
                continue; // a file of one piece has no layer: its root is the piece's hash
            }
            byte[] piecesRoot = f.piecesRoot().orElseThrow();
            String where = "piece layers[" + Hex.encode(piecesRoot) + "] (" + f.file().joinedPath() + ")";
            BDictionary all = layers.orElseThrow(() -> new TorrentFormatException("the .torrent has no 'piece layers',"
                    + " which a v2 torrent with files larger than one piece needs"));
            BString layer = all.get(BString.of(piecesRoot)).map(v -> string(v, where))
                    .orElseThrow(() -> new TorrentFormatException(where + " is missing"));
            long pieces = length / pieceLength + (length % pieceLength == 0 ? 0 : 1);
            if (layer.length() != pieces * SHA256_LENGTH) {
                throw new TorrentFormatException(where + " has " + layer.length() + " bytes; " + pieces + " pieces need "
                        + pieces * SHA256_LENGTH);
            }
            if (!Arrays.equals(MerkleTree.rootFromLayer(layer.toByteArray(), length, pieceLength), piecesRoot)) {
                throw new TorrentFormatException(where + " does not hash to the file's pieces root");
            }
        }
        return count;
    }

    private static void checkSameFiles(List<TorrentFile> v1Files, List<V2File> v2Files) {
        List<TorrentFile> v1 = v1Files.stream().filter(f -> !f.padding()).toList();
        if (v1.size() != v2Files.size()) {
            throw new TorrentFormatException("hybrid torrent: info.files lists " + v1.size() + " files (pad files aside)"
                    + " but info.file tree has " + v2Files.size());
        }
        for (int i = 0; i < v1.size(); i++) {
            TorrentFile a = v1.get(i);
            TorrentFile b = v2Files.get(i).file();
            if (!a.path().equals(b.path()) || a.lengthBytes() != b.lengthBytes()) {
                throw new TorrentFormatException("hybrid torrent: file " + i + " is '" + a.joinedPath() + "' ("
                        + a.lengthBytes() + " bytes) in info.files but '" + b.joinedPath() + "' (" + b.lengthBytes()
                        + " bytes) in info.file tree");
            }
        }
    }

    private static List<TorrentFile> v1Files(BDictionary info, String name) {
        Optional<BValue> length = info.get("length");
        if (length.isPresent()) {
            if (info.get("files").isPresent()) {
                throw new TorrentFormatException("the info dictionary has both 'length' and 'files'");
            }
            return List.of(new TorrentFile(List.of(name), nonNegative(integer(length.get(), "info.length"), "info.length"),
                    attributes(info, "info"), symlink(info, "info")));
        }
        BList list = info.get("files").map(v -> list(v, "info.files"))
                .orElseThrow(() -> new TorrentFormatException("the info dictionary has neither 'length' nor 'files'"));
        List<BValue> entries = list.values();
        TorrentFile[] files = new TorrentFile[entries.size()];
        for (int i = 0; i < files.length; i++) {
            // locations in messages are built only when something is wrong: this loop runs once per file
            if (!(entries.get(i) instanceof BDictionary f)) {
                throw wrongType(fileAt(i), "a dictionary", entries.get(i));
            }
            Optional<BValue> lengthValue = f.get("length");
            if (lengthValue.isEmpty()) {
                throw new TorrentFormatException(fileAt(i) + " has no 'length'");
            }
            if (!(lengthValue.get() instanceof BInteger fileLength)) {
                throw wrongType(fileAt(i) + ".length", "an integer", lengthValue.get());
            }
            if (fileLength.value() < 0) {
                throw new TorrentFormatException(fileAt(i) + ".length is negative: " + fileLength.value());
            }
            Optional<BValue> path = f.get("path.utf-8").or(() -> f.get("path"));
            if (path.isEmpty()) {
                throw new TorrentFormatException(fileAt(i) + " has no 'path'");
            }
            Set<FileAttribute> attributes = f.size() > 2 ? attributes(f, fileAt(i)) : Set.of();
            Optional<List<String>> symlink = f.size() > 2 ? symlink(f, fileAt(i)) : Optional.empty();
            int index = i;
            files[i] = new TorrentFile(path(path.get(), () -> fileAt(index) + ".path"), fileLength.value(), attributes,
                    symlink);
        }
        return List.of(files);
    }

    private static String fileAt(int index) {
        return "info.files[" + index + "]";
    }

    /**
     * A path: a non-empty list of text components, none unsafe.
     *
     * @param where names the field in messages; asked only when something is wrong
     */
    private static List<String> path(BValue value, Supplier<String> where) {
        if (!(value instanceof BList path)) {
            throw wrongType(where.get(), "a list", value);
        }
        List<BValue> values = path.values();
        if (values.isEmpty()) {
            throw new TorrentFormatException(where.get() + " is empty");
        }
        String[] components = new String[values.size()];
        for (int c = 0; c < components.length; c++) {
            if (!(values.get(c) instanceof BString s)) {
                throw wrongType(where.get(), "a string", values.get(c));
            }
            components[c] = s.utf8();
            if (!PathComponents.isSafe(components[c])) {
                checkPathComponent(components[c], where.get());
            }
        }
        return List.of(components);
    }

    private static Set<FileAttribute> attributes(BDictionary file, String where) {
        return file.get("attr").map(v -> FileAttribute.parse(text(v, where + ".attr"))).orElse(Set.of());
    }

    private static Optional<List<String>> symlink(BDictionary file, String where) {
        return file.get("symlink path").map(v -> path(v, () -> where + ".symlink path"));
    }

    private static List<V2File> v2Files(BDictionary info) {
        BDictionary tree = dict(info.get("file tree").orElseThrow(), "info.file tree");
        List<V2File> files = new ArrayList<>();
        walk(tree, new ArrayList<>(), files, 0);
        if (files.isEmpty()) {
            throw new TorrentFormatException("info.file tree has no files");
        }
        return files;
    }

    private static void walk(BDictionary node, List<String> path, List<V2File> out, int depth) {
        if (depth > MAX_TREE_DEPTH) {
            throw new TorrentFormatException("info.file tree nests deeper than " + MAX_TREE_DEPTH + " directories");
        }
        String where = "info.file tree/" + String.join("/", path);
        for (Map.Entry<BString, BValue> e : node.entries().entrySet()) {
            String component = e.getKey().utf8();
            BDictionary child = dict(e.getValue(), where + (path.isEmpty() ? "" : "/") + component);
            if (component.isEmpty()) {
                if (path.isEmpty()) {
                    throw new TorrentFormatException("info.file tree has a file entry without a name");
                }
                if (node.entries().size() != 1) {
                    throw new TorrentFormatException(where + " is both a file and a directory");
                }
                out.add(v2File(child, path, where));
            } else {
                checkPathComponent(component, where);
                List<String> next = new ArrayList<>(path);
                next.add(component);
                walk(child, next, out, depth + 1);
            }
        }
    }

    private static V2File v2File(BDictionary entry, List<String> path, String where) {
        long len = nonNegative(entry.get("length").map(v -> integer(v, where + ".length"))
                .orElseThrow(() -> new TorrentFormatException(where + " has no 'length'")), where + ".length");
        Optional<byte[]> piecesRoot = entry.get("pieces root").map(v -> string(v, where + ".pieces root").toByteArray());
        Set<FileAttribute> attributes = attributes(entry, where);
        if (len > 0 && piecesRoot.isEmpty() && !attributes.contains(FileAttribute.SYMLINK)) {
            throw new TorrentFormatException(where + " has no 'pieces root'");
        }
        if (piecesRoot.isPresent() && piecesRoot.get().length != SHA256_LENGTH) {
            throw new TorrentFormatException(where + ".pieces root has " + piecesRoot.get().length + " bytes, not 32");
        }
        return new V2File(new TorrentFile(path, len, attributes, symlink(entry, where)), piecesRoot);
    }

    private static List<List<String>> trackers(BDictionary root) {
        Optional<BValue> announceList = root.get("announce-list");
        if (announceList.isPresent()) {
            List<List<String>> tiers = new ArrayList<>();
            BList outer = list(announceList.get(), "announce-list");
            for (int i = 0; i < outer.values().size(); i++) {
                String where = "announce-list[" + i + "]";
                List<String> urls = new ArrayList<>();
                for (BValue v : list(outer.values().get(i), where).values()) {
                    String url = text(v, where).strip();
                    if (!url.isEmpty() && !urls.contains(url)) {
                        urls.add(url);
                    }
                }
                if (!urls.isEmpty()) {
                    tiers.add(urls);
                }
            }
            if (!tiers.isEmpty()) {
                return tiers;
            }
        }
        return root.get("announce").map(v -> text(v, "announce").strip()).filter(s -> !s.isEmpty())
                .map(s -> List.of(List.of(s))).orElse(List.of());
    }

    /** {@code url-list} and {@code httpseeds}: a single string or a list of strings. */
    private static List<String> urls(BDictionary root, String key) {
        Optional<BValue> value = root.get(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof BString s) {
            return s.length() == 0 ? List.of() : List.of(s.utf8());
        }
        List<String> out = new ArrayList<>();
        for (BValue v : list(value.get(), key).values()) {
            String url = text(v, key).strip();
            if (!url.isEmpty()) {
                out.add(url);
            }
        }
        return out;
    }

    private static List<DhtNode> nodes(BDictionary root) {
        Optional<BValue> value = root.get("nodes");
        if (value.isEmpty()) {
            return List.of();
        }
        List<DhtNode> out = new ArrayList<>();
        BList list = list(value.get(), "nodes");
        for (int i = 0; i < list.values().size(); i++) {
            String where = "nodes[" + i + "]";
            List<BValue> pair = list(list.values().get(i), where).values();
            if (pair.size() != 2) {
                throw new TorrentFormatException(where + " must be [host, port]");
            }
            long port = integer(pair.get(1), where + ".port");
            try {
                out.add(new DhtNode(text(pair.get(0), where + ".host"), (int) Math.max(0, Math.min(port, 65536))));
            } catch (IllegalArgumentException e) {
                throw new TorrentFormatException(where + " is not a node: " + e.getMessage());
            }
        }
        return out;
    }

    private static Optional<String> optionalText(BDictionary d, String key) {
        return d.get(key + ".utf-8").or(() -> d.get(key)).map(v -> text(v, key)).filter(s -> !s.isEmpty());
    }

    /** Rejects components that could escape a download folder. */
    static void checkPathComponent(String c, String where) {
        if (!PathComponents.isSafe(c)) {
            throw new TorrentFormatException(where + " has an unsafe path component '" + PathComponents.show(c) + "'");
        }
    }

    private static byte[] digest(MessageDigest md, byte[] in, BValue.Span span) {
        md.update(in, span.offset(), span.length());
        return md.digest();
    }

    private static long nonNegative(long v, String where) {
        if (v < 0) {
            throw new TorrentFormatException(where + " is negative: " + v);
        }
        return v;
    }

    private static TorrentFormatException wrongType(String where, String expected, BValue v) {
        return new TorrentFormatException(where + " must be " + expected + ", got " + kind(v));
    }

    private static BDictionary dict(BValue v, String where) {
        if (v instanceof BDictionary d) {
            return d;
        }
        throw new TorrentFormatException(where + " must be a dictionary, got " + kind(v));
    }

    private static BList list(BValue v, String where) {
        if (v instanceof BList l) {
            return l;
        }
        throw new TorrentFormatException(where + " must be a list, got " + kind(v));
    }

    private static long integer(BValue v, String where) {
        if (v instanceof BInteger i) {
            return i.value();
        }
        throw new TorrentFormatException(where + " must be an integer, got " + kind(v));
    }

    private static BString string(BValue v, String where) {
        if (v instanceof BString s) {
            return s;
        }
        throw new TorrentFormatException(where + " must be a string, got " + kind(v));
    }

    private static String text(BValue v, String where) {
        return string(v, where).utf8();
    }

    private static String kind(BValue v) {
        if (v instanceof BString) {
            return "a string";
        }
        if (v instanceof BInteger) {
            return "an integer";
        }
        return v instanceof BList ? "a list" : "a dictionary";
    }
}
