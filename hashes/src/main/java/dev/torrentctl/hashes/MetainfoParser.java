package dev.torrentctl.hashes;

import dev.torrentctl.hashes.bencode.BDictionary;
import dev.torrentctl.hashes.bencode.BInteger;
import dev.torrentctl.hashes.bencode.BList;
import dev.torrentctl.hashes.bencode.BString;
import dev.torrentctl.hashes.bencode.BValue;
import dev.torrentctl.hashes.bencode.BencodeDecoder;
import dev.torrentctl.hashes.bencode.BencodeException;
import dev.torrentctl.hashes.internal.Digests;
import dev.torrentctl.hashes.internal.Hex;
import dev.torrentctl.hashes.internal.MerkleTree;
import dev.torrentctl.hashes.internal.PathComponents;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates a .torrent into the parts of a {@link Metainfo}, the way libtorrent 2.0 reads
 * it wherever the two could differ (each rule names its source). The v1 file list is read in place
 * ({@link BencodeCursor}, {@link V1FileList}); everything else is decoded.
 */
final class MetainfoParser {
    /** Deepest directory nesting accepted in a v2 file tree. */
    static final int MAX_TREE_DEPTH = 64;
    private static final int SHA1_LENGTH = 20;
    private static final int SHA256_LENGTH = 32;
    private static final String TORRENT = ".torrent";
    /** libtorrent 2.0.11's largest piece ({@code file_storage::max_piece_size}: 32,767 blocks of 16 KiB). */
    static final long MAX_PIECE_LENGTH = 32_767L * 16_384;
    /** libtorrent's default {@code load_torrent_limits::max_pieces}, which qBittorrent keeps. */
    static final long MAX_PIECES = 0x200000;
    /** libtorrent's largest file: fewer than 2^30 - 1 blocks of 16 KiB (about 16 TiB). */
    static final long MAX_FILE_LENGTH = 16_384L * ((1L << 30) - 1) - 1;

    record Parsed(byte[] raw, Fields root, Fields info, BValue.Span infoSpan, InfoHashes infoHashes, String name,
            long pieceLength, long pieceCount, List<TorrentFile> files, long totalSize, boolean privateTorrent,
            List<List<String>> trackers, List<String> webSeeds, List<String> httpSeeds, List<DhtNode> dhtNodes,
            Optional<Instant> creationDate, Optional<String> comment, Optional<String> createdBy,
            Optional<String> source, List<MetainfoWarning> warnings, boolean infoCanonical) {}

    /** A v2 file with its pieces root (absent for empty files and symlinks). */
    private record V2File(TorrentFile file, Optional<byte[]> piecesRoot) {}

    private final byte[] raw;
    private final BencodeDecoder decoder;
    private final boolean sanitize;
    private final Warnings warnings = new Warnings();
    // what the walk finds for the interpretation
    private V1FileList v1List; // the v1 file list, or null for a single-file torrent
    private int infoLength;
    private long singleLength; // a v1 single-file torrent's length
    private boolean singleAtRoot; // a v2 file tree of one file at its root

    private MetainfoParser(byte[] raw, BencodeDecoder decoder, boolean sanitize) {
        this.raw = raw;
        this.decoder = decoder;
        this.sanitize = sanitize;
    }

    static Parsed parse(byte[] torrent, BencodeDecoder decoder, boolean sanitizePaths) {
        return new MetainfoParser(torrent, decoder, sanitizePaths).parse();
    }

    private Parsed parse() {
        BencodeCursor c = new BencodeCursor(raw, decoder);
        if (c.peek() != 'd') {
            BValue v = c.value();
            checkEnd(c);
            throw new TorrentFormatException("a .torrent is a bencoded dictionary, got " + kind(v));
        }
        Fields root = new Fields(raw, decoder);
        Fields info = null;
        int infoStart = -1;
        boolean infoCanonical = true;
        boolean outsideCanonical = true;
        c.resetCanonical();
        c.open();
        BencodeCursor.KeyOrder order = c.newKeyOrder();
        while (c.more()) {
            int k = c.key(order);
            BString key = BString.of(Arrays.copyOfRange(raw, k, k + c.length()));
            if (c.keyIs(k, "info") && c.peek() == 'd') {
                infoStart = c.position();
                outsideCanonical = c.canonical();
                c.resetCanonical();
                info = readInfo(c);
                infoCanonical = c.canonical();
                c.resetCanonical();
                root.putInPlace(key, infoStart);
            } else {
                root.put(key, c.value());
            }
        }
        if (!(outsideCanonical && c.canonical())) {
            warnings.add(TORRENT, "keys outside 'info' are unsorted or have leading zeros: read as libtorrent reads"
                    + " them (the infohash is not affected)");
        }
        checkEnd(c);
        if (info == null) {
            BValue wrong = root.decoded("info");
            throw wrong != null ? wrongType("info", "a dictionary", wrong)
                    : new TorrentFormatException("the .torrent has no 'info' dictionary");
        }
        return interpret(root, info, new BValue.Span(infoStart, infoLength), infoCanonical);
    }

    private void checkEnd(BencodeCursor c) {
        int end = c.position();
        if (end != raw.length) {
            if (decoder.isStrict()) {
                throw new BencodeException(end, (raw.length - end) + " trailing bytes after the root value");
            }
            warnings.add(TORRENT, (raw.length - end) + " bytes after the root dictionary are ignored, as libtorrent"
                    + " ignores them");
        }
    }

    private Fields readInfo(BencodeCursor c) {
        int start = c.position();
        Fields info = new Fields(raw, decoder);
        c.open();
        BencodeCursor.KeyOrder order = c.newKeyOrder();
        while (c.more()) {
            int k = c.key(order);
            BString key = BString.of(Arrays.copyOfRange(raw, k, k + c.length()));
            if (c.keyIs(k, "files") && c.peek() == 'l') {
                info.putInPlace(key, c.position());
                v1List = readFiles(c);
            } else {
                info.put(key, c.value());
            }
        }
        infoLength = c.position() - start;
        return info;
    }

    // ---- the v1 file list, read in place

    private V1FileList readFiles(BencodeCursor c) {
        V1FileList list = new V1FileList(raw, sanitize);
        BencodeCursor.KeyOrder order = c.newKeyOrder();
        c.open();
        for (int i = 0; c.more(); i++) {
            if (c.peek() != 'd') {
                throw wrongType(fileAt(i), "a dictionary", c.value());
            }
            c.open();
            order.reset();
            long length = 0;
            boolean hasLength = false;
            BValue badLength = null;
            int path = -1;
            int pathUtf8 = -1;
            BValue badPath = null;
            Set<FileAttribute> attributes = Set.of();
            int symlink = -1;
            while (c.more()) {
                int k = c.key(order);
                if (c.keyIs(k, "length")) {
                    if (c.peek() == 'i') {
                        length = c.integer();
                        hasLength = true;
                    } else {
                        badLength = c.value();
                    }
                } else if (c.keyIs(k, "path") || c.keyIs(k, "path.utf-8")) {
                    boolean utf8 = c.length() == 10;
                    if (c.peek() == 'l') {
                        int at = pathList(c, i, utf8 ? ".path.utf-8" : ".path");
                        if (utf8) {
                            pathUtf8 = at;
                        } else {
                            path = at;
                        }
                    } else {
                        badPath = c.value();
                    }
                } else if (c.keyIs(k, "attr")) {
                    if (c.atString()) {
                        int s = c.string();
                        attributes = FileAttribute.parse(new String(raw, s, c.length(), StandardCharsets.ISO_8859_1));
                    } else {
                        warnings.add(fileAt(i) + ".attr", "is " + kind(c.value()) + ", not a string: ignored, as"
                                + " libtorrent ignores it");
                    }
                } else if (c.keyIs(k, "symlink path")) {
                    if (c.peek() != 'l') {
                        throw wrongType(fileAt(i) + ".symlink path", "a list", c.value());
                    }
                    symlink = pathList(c, i, ".symlink path");
                } else {
                    c.skip();
                }
            }
            if (attributes.contains(FileAttribute.SYMLINK)) {
                // BEP 47: a symlink takes no room in the torrent's data; libtorrent reads its length as 0
                if (symlink < 0) {
                    warnings.add(fileAt(i), "is a symlink (attr 'l') without a 'symlink path': read as an empty"
                            + " file, as libtorrent reads it");
                    attributes = without(attributes, FileAttribute.SYMLINK);
                } else if (hasLength && length != 0) {
                    warnings.add(fileAt(i) + ".length", "is " + length + " for a symlink, whose length is 0"
                            + " (BEP 47): read as 0");
                }
                length = 0;
            } else {
                if (badLength != null) {
                    throw wrongType(fileAt(i) + ".length", "an integer", badLength);
                }
                if (!hasLength) {
                    throw new TorrentFormatException(fileAt(i) + " has no 'length'");
                }
                if (length < 0) {
                    throw new TorrentFormatException(fileAt(i) + ".length is negative: " + length);
                }
            }
            int chosen = pathUtf8 >= 0 ? pathUtf8 : path;
            if (chosen < 0 || raw[chosen + 1] == 'e') { // absent or empty
                if (!attributes.contains(FileAttribute.PADDING)) {
                    if (chosen >= 0) {
                        throw new TorrentFormatException(fileAt(i) + ".path is empty");
                    }
                    throw badPath != null ? wrongType(fileAt(i) + ".path", "a list", badPath)
                            : new TorrentFormatException(fileAt(i) + " has no 'path'");
                }
                chosen = -1; // libtorrent's .pad/<length>
            }
            list.add(length, chosen, attributes, symlink);
        }
        return list;
    }

    /**
     * Checks a path list of strings at the cursor; each component must be safe (strict) or is
     * sanitized as libtorrent does (lenient, with a warning).
     *
     * @return the offset of the list
     */
    private int pathList(BencodeCursor c, int file, String suffix) {
        int at = c.position();
        c.open();
        while (c.more()) {
            if (!c.atString()) {
                throw wrongType(fileAt(file) + suffix, "a list of strings", c.value());
            }
            int s = c.string();
            int length = c.length();
            if (sanitize) {
                if (!PathComponents.isPlain(raw, s, length) && warnings.room()) {
                    sanitized(raw, s, length, fileAt(file) + suffix, "component "); // V1FileList sanitizes again
                }
            } else if (!PathComponents.isSafe(raw, s, length)) {
                checkPathComponent(new String(raw, s, length, StandardCharsets.UTF_8), fileAt(file) + suffix);
            }
        }
        if (suffix.equals(".symlink path") && raw[at + 1] == 'e') {
            throw new TorrentFormatException(fileAt(file) + suffix + " is empty");
        }
        return at;
    }

    /**
     * A path component or name made safe as libtorrent makes it (lenient reading), with a warning
     * when that changes it.
     *
     * @param what how the warning names it ({@code "component "}, or nothing for the name)
     * @return the safe text, or empty when libtorrent drops it
     */
    private Optional<String> sanitized(byte[] in, int start, int length, String field, String what) {
        String was = new String(in, start, length, StandardCharsets.UTF_8);
        if (PathComponents.isPlain(in, start, length)) {
            return Optional.of(was);
        }
        Optional<String> safe = PathComponents.sanitize(in, start, length);
        if (safe.isEmpty() || !safe.get().equals(was)) {
            warnings.add(field, what + "'" + PathComponents.show(was) + "' "
                    + safe.map(x -> "read as '" + x + "'").orElse("dropped") + ", as libtorrent does");
        }
        return safe;
    }

    private static Set<FileAttribute> without(Set<FileAttribute> set, FileAttribute a) {
        Set<FileAttribute> out = EnumSet.noneOf(FileAttribute.class);
        out.addAll(set);
        out.remove(a);
        return out;
    }

    private static String fileAt(int index) {
        return "info.files[" + index + "]";
    }

    // ---- the meaning of it all

    private Parsed interpret(Fields root, Fields info, BValue.Span infoSpan, boolean infoCanonical) {
        long metaVersion = info.get("meta version").map(v -> integer(v, "info.meta version")).orElse(1L);
        boolean hasV2 = metaVersion == 2;
        if (metaVersion != 1 && metaVersion != 2) {
            throw new TorrentFormatException("info.meta version " + metaVersion + " is not supported (1 or 2)");
        }
        if (hasV2 && !info.has("file tree")) {
            throw new TorrentFormatException("info.meta version is 2 but there is no 'file tree'");
        }
        boolean hasV1 = info.has("pieces");
        if (!hasV1 && !hasV2) {
            throw new TorrentFormatException("the info dictionary has neither 'pieces' (v1) nor 'meta version' 2 with"
                    + " a 'file tree' (v2)");
        }
        if (!infoCanonical) {
            if (hasV2) {
                // libtorrent refuses any "soft error" in a v2 info dictionary (torrent_info.cpp, has_soft_error)
                throw new TorrentFormatException("the info dictionary is not canonical bencode (unsorted keys or"
                        + " leading zeros), which BEP 52 requires of a v2 or hybrid torrent");
            }
            warnings.add("info", "is not canonical bencode (unsorted keys or leading zeros); clients accept it,"
                    + " and its infohash is over the bytes as they are");
        }
        String name = name(info);
        long pieceLength = info.get("piece length").map(v -> integer(v, "info.piece length"))
                .orElseThrow(() -> new TorrentFormatException("the info dictionary has no 'piece length'"));
        if (pieceLength <= 0) {
            throw new TorrentFormatException("info.piece length must be positive, got " + pieceLength);
        }
        if (pieceLength > MAX_PIECE_LENGTH) {
            throw new TorrentFormatException("info.piece length " + pieceLength + " is larger than libtorrent loads ("
                    + MAX_PIECE_LENGTH + " bytes, 32,767 blocks of 16 KiB)");
        }
        if (hasV2 && (pieceLength < MerkleTree.BLOCK_SIZE || Long.bitCount(pieceLength) != 1)) {
            throw new TorrentFormatException("info.piece length of a v2 torrent must be a power of two of at least"
                    + " 16 KiB, got " + pieceLength);
        }

        List<TorrentFile> v1Files = hasV1 ? v1Files(info, name) : List.of();
        List<V2File> v2Files = hasV2 ? v2Files(info, hasV1 && v1List != null) : List.of();
        if (singleAtRoot) {
            // libtorrent names a v2 torrent of one file at the tree's root after the file (extract_files2)
            name = v2Files.get(0).file().path().get(0);
        }
        List<TorrentFile> files = hasV1 ? v1Files : v2Files.stream().map(V2File::file).toList();
        if (files.isEmpty()) {
            throw new TorrentFormatException("the torrent has no files; clients refuse it (libtorrent: no files in"
                    + " torrent)");
        }
        long total = 0;
        if (files instanceof V1FileList compact) {
            total = compact.contentBytes(); // without making a TorrentFile of each
        } else {
            for (TorrentFile f : files) {
                if (!f.padding()) {
                    total = Math.addExact(total, f.lengthBytes());
                }
            }
        }
        if (total == 0) {
            throw new TorrentFormatException("the torrent's " + (files.size() == 1 ? "file is" : "files are all")
                    + " empty: 0 bytes, 0 pieces; clients refuse it (libtorrent: invalid length)");
        }
        if (files instanceof V1FileList compact) {
            compact.checkLengths(MAX_FILE_LENGTH, i -> new TorrentFormatException(fileAt(i) + ".length is larger than"
                    + " libtorrent loads (about 16 TiB)"));
        } else {
            for (int i = 0; i < files.size(); i++) {
                checkFileLength(files.get(i).lengthBytes(), i);
            }
        }
        long pieceCount = 0;
        if (hasV1) {
            pieceCount = checkPieces(info, pieceLength);
        }
        if (hasV2) {
            long v2Pieces = checkPieceLayers(root, v2Files, pieceLength);
            if (!hasV1) {
                pieceCount = v2Pieces;
            }
        }
        if (pieceCount > MAX_PIECES) {
            throw new TorrentFormatException("the torrent has " + pieceCount + " pieces, more than libtorrent loads ("
                    + MAX_PIECES + ", its default load_torrent_limits.max_pieces)");
        }
        if (hasV1 && hasV2) {
            checkSameFiles(v1Files, v2Files);
        }
        boolean multiFile = hasV1 ? v1List != null : !singleAtRoot;
        DuplicatePaths.find(files, name, multiFile, r -> warnings.add(
                hasV1 ? fileAt(r.index()) + ".path" : "info.file tree/" + r.path(),
                "'" + r.path() + "' repeats an earlier path (libtorrent compares them ignoring ASCII case): libtorrent"
                        + " saves it as '" + r.savedAs() + "'"));

        Optional<InfoHashV1> v1 = hasV1 ? Optional.of(InfoHashV1.of(digest(Digests.sha1(), infoSpan)))
                : Optional.empty();
        Optional<InfoHashV2> v2 = hasV2 ? Optional.of(InfoHashV2.of(digest(Digests.sha256(), infoSpan)))
                : Optional.empty();
        boolean isPrivate = info.get("private").map(v -> integer(v, "info.private") == 1).orElse(false);
        return new Parsed(raw, root, info, infoSpan, new InfoHashes(v1, v2), name, pieceLength, pieceCount, files,
                total, isPrivate, trackers(root), urls(root, "url-list"), urls(root, "httpseeds"), nodes(root),
                creationDate(root), optionalText(root, "comment"), optionalText(root, "created by"),
                infoText(info, "source"), warnings.toList(), infoCanonical);
    }

    private static void checkFileLength(long length, int index) {
        if (length > MAX_FILE_LENGTH) {
            throw new TorrentFormatException("file " + index + " has " + length + " bytes, larger than libtorrent loads"
                    + " (about 16 TiB)");
        }
    }

    private String name(Fields info) {
        BValue value = info.get("name.utf-8").filter(v -> v instanceof BString).or(() -> info.get("name"))
                .orElseThrow(() -> new TorrentFormatException("the info dictionary has no 'name'"));
        BString s = string(value, "info.name");
        String name = s.utf8();
        if (sanitize) {
            byte[] b = s.toByteArray();
            return sanitized(b, 0, b.length, "info.name", "").orElse("_");
        }
        checkPathComponent(name, "info.name");
        return name;
    }

    private long checkPieces(Fields info, long pieceLength) {
        // v1 pieces cover every file but symlinks, pad files included
        long total = v1List != null ? v1List.pieceBytes() : singleLength;
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
    private static long checkPieceLayers(Fields root, List<V2File> files, long pieceLength) {
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

    private List<TorrentFile> v1Files(Fields info, String name) {
        Optional<BValue> length = info.get("length");
        if (length.isPresent()) {
            if (info.has("files")) {
                throw new TorrentFormatException("the info dictionary has both 'length' and 'files'");
            }
            v1List = null;
            singleLength = nonNegative(integer(length.get(), "info.length"), "info.length");
            return List.of(new TorrentFile(List.of(name), singleLength, Set.of(), Optional.empty()));
        }
        if (v1List == null) {
            BValue files = info.decoded("files");
            throw files != null ? wrongType("info.files", "a list", files)
                    : new TorrentFormatException("the info dictionary has neither 'length' nor 'files'");
        }
        v1List.finish(name);
        return v1List;
    }

    // ---- the v2 file tree

    private List<V2File> v2Files(Fields info, boolean hasFilesList) {
        BDictionary tree = dict(info.get("file tree").orElseThrow(), "info.file tree");
        List<V2File> files = new ArrayList<>();
        singleAtRoot = !hasFilesList && tree.size() == 1 && isLeaf(tree.entries().values().iterator().next());
        walk(tree, new ArrayList<>(), files, 0);
        return files;
    }

    private static boolean isLeaf(BValue node) {
        return node instanceof BDictionary d && d.size() == 1 && d.get("").isPresent();
    }

    private void walk(BDictionary node, List<String> path, List<V2File> out, int depth) {
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
                List<String> next = new ArrayList<>(path);
                if (sanitize) {
                    byte[] b = e.getKey().toByteArray();
                    sanitized(b, 0, b.length, where, "component ").ifPresent(next::add);
                } else {
                    checkPathComponent(component, where);
                    next.add(component);
                }
                walk(child, next, out, depth + 1);
            }
        }
    }

    private V2File v2File(BDictionary entry, List<String> path, String where) {
        Set<FileAttribute> attributes = entry.get("attr").filter(v -> v instanceof BString)
                .map(v -> FileAttribute.parse(((BString) v).utf8())).orElse(Set.of());
        if (attributes.contains(FileAttribute.PADDING)) {
            // BEP 52 aligns v2 files implicitly; libtorrent: "a file in the v2 metadata has the pad attribute set"
            throw new TorrentFormatException(where + " has the pad attribute (attr 'p'), which a v2 file tree cannot"
                    + " have: v2 aligns files to pieces without pad files (BEP 52, BEP 47)");
        }
        Optional<List<String>> target = entry.get("symlink path").map(v -> v2SymlinkTarget(v, where));
        long len;
        if (attributes.contains(FileAttribute.SYMLINK)) {
            len = 0; // BEP 47: a symlink's length is 0, and need not be given
        } else {
            len = nonNegative(entry.get("length").map(v -> integer(v, where + ".length"))
                    .orElseThrow(() -> new TorrentFormatException(where + " has no 'length'")), where + ".length");
        }
        Optional<byte[]> piecesRoot = entry.get("pieces root").map(v -> string(v, where + ".pieces root").toByteArray());
        if (len > 0) {
            if (piecesRoot.isEmpty()) {
                throw new TorrentFormatException(where + " has no 'pieces root'");
            }
            if (piecesRoot.get().length != SHA256_LENGTH) {
                throw new TorrentFormatException(where + ".pieces root has " + piecesRoot.get().length
                        + " bytes, not 32");
            }
            if (allZero(piecesRoot.get())) {
                throw new TorrentFormatException(where + ".pieces root is all zeros, which no data hashes to"
                        + " (libtorrent: a v2 file entry has no root hash)");
            }
        }
        List<String> filePath = path.isEmpty() ? List.of("_") : path;
        return new V2File(new TorrentFile(filePath, len, attributes, target), len > 0 ? piecesRoot : Optional.empty());
    }

    private List<String> v2SymlinkTarget(BValue v, String where) {
        BList list = list(v, where + ".symlink path");
        if (list.values().isEmpty()) {
            throw new TorrentFormatException(where + ".symlink path is empty");
        }
        List<String> out = new ArrayList<>();
        for (BValue c : list.values()) {
            String s = string(c, where + ".symlink path").utf8();
            if (!sanitize) {
                checkPathComponent(s, where + ".symlink path");
            }
            out.add(s);
        }
        return out;
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    // ---- optional keys outside info: a wrong type is skipped with a warning, as libtorrent and Transmission do

    private List<List<String>> trackers(Fields root) {
        BValue announceList = root.decoded("announce-list");
        if (announceList != null) {
            List<List<String>> tiers = new ArrayList<>();
            if (announceList instanceof BList outer) {
                for (int i = 0; i < outer.values().size(); i++) {
                    String where = "announce-list[" + i + "]";
                    if (!(outer.values().get(i) instanceof BList tier)) {
                        skipped(where, "a list of URLs", outer.values().get(i));
                        continue;
                    }
                    Set<String> urls = new LinkedHashSet<>();
                    for (int j = 0; j < tier.values().size(); j++) {
                        BValue v = tier.values().get(j);
                        if (v instanceof BString s) {
                            String url = s.utf8().strip();
                            if (!url.isEmpty()) {
                                urls.add(url);
                            }
                        } else {
                            skipped(where + "[" + j + "]", "a string", v);
                        }
                    }
                    if (!urls.isEmpty()) {
                        tiers.add(List.copyOf(urls));
                    }
                }
            } else {
                skipped("announce-list", "a list of tiers", announceList);
            }
            if (!tiers.isEmpty()) {
                return tiers;
            }
        }
        BValue announce = root.decoded("announce");
        if (announce == null) {
            return List.of();
        }
        if (!(announce instanceof BString s)) {
            skipped("announce", "a string", announce);
            return List.of();
        }
        String url = s.utf8().strip();
        return url.isEmpty() ? List.of() : List.of(List.of(url));
    }

    /** {@code url-list} and {@code httpseeds}: a single string or a list of strings; repeats listed once. */
    private List<String> urls(Fields root, String key) {
        BValue value = root.decoded(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof BString s) {
            return s.length() == 0 ? List.of() : List.of(s.utf8().strip());
        }
        if (!(value instanceof BList list)) {
            skipped(key, "a string or a list of strings", value);
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < list.values().size(); i++) {
            BValue v = list.values().get(i);
            if (!(v instanceof BString s)) {
                skipped(key + "[" + i + "]", "a string", v);
                continue;
            }
            String url = s.utf8().strip();
            if (!url.isEmpty() && !out.add(url)) {
                warnings.add(key + "[" + i + "]", "repeats '" + url + "': listed once, as libtorrent lists it");
            }
        }
        return List.copyOf(out);
    }

    private List<DhtNode> nodes(Fields root) {
        BValue value = root.decoded("nodes");
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof BList list)) {
            skipped("nodes", "a list of [host, port]", value);
            return List.of();
        }
        List<DhtNode> out = new ArrayList<>();
        for (int i = 0; i < list.values().size(); i++) {
            String where = "nodes[" + i + "]";
            if (!(list.values().get(i) instanceof BList pair) || pair.values().size() != 2
                    || !(pair.values().get(0) instanceof BString host)
                    || !(pair.values().get(1) instanceof BInteger port)) {
                skipped(where, "[host, port]", list.values().get(i));
                continue;
            }
            try {
                out.add(new DhtNode(host.utf8(), (int) Math.max(0, Math.min(port.value(), 65536))));
            } catch (IllegalArgumentException e) {
                warnings.add(where, "is not a node (" + e.getMessage() + "): skipped");
            }
        }
        return out;
    }

    private Optional<Instant> creationDate(Fields root) {
        BValue v = root.decoded("creation date");
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof BInteger i)) {
            skipped("creation date", "an integer", v);
            return Optional.empty();
        }
        return i.value() > 0 ? Optional.of(Instant.ofEpochSecond(Math.min(i.value(), Instant.MAX.getEpochSecond())))
                : Optional.empty();
    }

    private Optional<String> optionalText(Fields root, String key) {
        BValue v = root.decoded(key + ".utf-8");
        if (!(v instanceof BString)) {
            if (v != null) {
                skipped(key + ".utf-8", "a string", v);
            }
            v = root.decoded(key);
        }
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof BString s)) {
            skipped(key, "a string", v);
            return Optional.empty();
        }
        return Optional.of(s.utf8()).filter(t -> !t.isEmpty());
    }

    private static Optional<String> infoText(Fields info, String key) {
        return info.get(key).map(v -> string(v, "info." + key).utf8()).filter(s -> !s.isEmpty());
    }

    private void skipped(String where, String expected, BValue got) {
        warnings.add(where, "is " + kind(got) + ", not " + expected + ": skipped, as libtorrent and Transmission"
                + " skip it");
    }

    // ---- helpers

    /** Rejects components that could escape a download folder. */
    static void checkPathComponent(String c, String where) {
        if (!PathComponents.isSafe(c)) {
            throw new TorrentFormatException(where + " has an unsafe path component '" + PathComponents.show(c) + "'");
        }
    }

    private byte[] digest(MessageDigest md, BValue.Span span) {
        md.update(raw, span.offset(), span.length());
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
        throw wrongType(where, "a dictionary", v);
    }

    private static BList list(BValue v, String where) {
        if (v instanceof BList l) {
            return l;
        }
        throw wrongType(where, "a list", v);
    }

    private static long integer(BValue v, String where) {
        if (v instanceof BInteger i) {
            return i.value();
        }
        throw wrongType(where, "an integer", v);
    }

    private static BString string(BValue v, String where) {
        if (v instanceof BString s) {
            return s;
        }
        throw wrongType(where, "a string", v);
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
