package dev.torrentctl.hashes;

import dev.torrentctl.hashes.bencode.BDictionary;
import dev.torrentctl.hashes.bencode.BInteger;
import dev.torrentctl.hashes.bencode.BList;
import dev.torrentctl.hashes.bencode.BString;
import dev.torrentctl.hashes.bencode.BValue;
import dev.torrentctl.hashes.bencode.BencodeDecoder;
import dev.torrentctl.hashes.internal.Digests;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed .torrent file (metainfo): v1, v2 or hybrid, detected from its content. The infohashes are
 * computed over the exact bytes of the {@code info} dictionary as found in the file, never over a
 * re-encoding.
 *
 * @param infoHashes the torrent's v1 and/or v2 infohash
 * @param name the torrent's name ({@code name.utf-8} preferred over {@code name})
 * @param pieceLengthBytes the piece size
 * @param files the files, pad files included (see {@link TorrentFile#padding()})
 * @param privateTorrent the BEP 27 private flag
 * @param trackers announce URLs in tiers ({@code announce-list}, else {@code announce})
 * @since 0.1
 */
public record Metainfo(InfoHashes infoHashes, String name, long pieceLengthBytes, List<TorrentFile> files,
        boolean privateTorrent, List<List<String>> trackers) {

    /** Copies the lists. */
    public Metainfo {
        Objects.requireNonNull(infoHashes, "infoHashes");
        Objects.requireNonNull(name, "name");
        files = List.copyOf(files);
        trackers = trackers.stream().map(List::copyOf).toList();
    }

    /**
     * Parses a .torrent with the strict bencode decoder.
     *
     * @param torrent the file's bytes
     * @return the metainfo
     * @throws TorrentFormatException if the bytes are not a valid .torrent
     */
    public static Metainfo parse(byte[] torrent) {
        return parse(torrent, BencodeDecoder.strict());
    }

    /**
     * @param torrent the file's bytes
     * @param decoder the bencode decoder to use (for lenient decoding or other limits)
     * @return the metainfo
     * @throws TorrentFormatException if the bytes are not a valid .torrent
     */
    public static Metainfo parse(byte[] torrent, BencodeDecoder decoder) {
        BValue root = decoder.decode(torrent);
        if (!(root instanceof BDictionary rootDict)) {
            throw new TorrentFormatException("a .torrent is a bencoded dictionary, got " + kind(root));
        }
        BDictionary info = rootDict.get("info").map(v -> dict(v, "info"))
                .orElseThrow(() -> new TorrentFormatException("the .torrent has no 'info' dictionary"));
        BValue.Span span = info.span().orElseThrow();
        boolean hasV2 = info.get("meta version").map(v -> integer(v, "info.meta version")).orElse(1L) >= 2
                && info.get("file tree").isPresent();
        boolean hasV1 = info.get("pieces").isPresent();
        if (!hasV1 && !hasV2) {
            throw new TorrentFormatException("the info dictionary has neither 'pieces' (v1) nor 'meta version' 2 with"
                    + " a 'file tree' (v2)");
        }
        Optional<InfoHashV1> v1 = hasV1 ? Optional.of(InfoHashV1.of(digest(Digests.sha1(), torrent, span)))
                : Optional.empty();
        Optional<InfoHashV2> v2 = hasV2 ? Optional.of(InfoHashV2.of(digest(Digests.sha256(), torrent, span)))
                : Optional.empty();
        String name = info.get("name.utf-8").or(() -> info.get("name")).map(v -> text(v, "info.name"))
                .orElseThrow(() -> new TorrentFormatException("the info dictionary has no 'name'"));
        checkPathComponent(name, "info.name");
        long pieceLength = info.get("piece length").map(v -> integer(v, "info.piece length"))
                .orElseThrow(() -> new TorrentFormatException("the info dictionary has no 'piece length'"));
        if (pieceLength <= 0) {
            throw new TorrentFormatException("info.piece length must be positive, got " + pieceLength);
        }
        List<TorrentFile> files = hasV1 ? v1Files(info, name) : v2Files(info);
        if (hasV1) {
            long total = files.stream().mapToLong(TorrentFile::lengthBytes).sum();
            long pieces = bytes(info.get("pieces").orElseThrow(), "info.pieces").length;
            long expected = (total + pieceLength - 1) / pieceLength;
            if (pieces % 20 != 0 || pieces / 20 != expected) {
                throw new TorrentFormatException("info.pieces has " + pieces + " bytes; " + total + " bytes in pieces of "
                        + pieceLength + " need " + expected * 20);
            }
        }
        boolean isPrivate = info.get("private").map(v -> integer(v, "info.private") == 1).orElse(false);
        return new Metainfo(new InfoHashes(v1, v2), name, pieceLength, files, isPrivate, trackers(rootDict));
    }

    /** @return the protocol generation of this torrent */
    public TorrentVersion version() {
        return infoHashes.version();
    }

    /** @return the sum of all file lengths, pad files excluded */
    public long totalSizeBytes() {
        return files.stream().filter(f -> !f.padding()).mapToLong(TorrentFile::lengthBytes).sum();
    }

    /** @return a magnet link for this torrent, with its name and trackers */
    public MagnetLink toMagnet() {
        return MagnetLink.builder(infoHashes).displayName(name)
                .trackers(trackers.stream().flatMap(List::stream).toList()).build();
    }

    private static List<TorrentFile> v1Files(BDictionary info, String name) {
        Optional<BValue> length = info.get("length");
        if (length.isPresent()) {
            return List.of(new TorrentFile(List.of(name), nonNegative(integer(length.get(), "info.length"), "info.length"),
                    false));
        }
        BList list = info.get("files").map(v -> list(v, "info.files"))
                .orElseThrow(() -> new TorrentFormatException("the info dictionary has neither 'length' nor 'files'"));
        List<TorrentFile> files = new ArrayList<>();
        for (int i = 0; i < list.values().size(); i++) {
            String where = "info.files[" + i + "]";
            BDictionary f = dict(list.values().get(i), where);
            long len = nonNegative(f.get("length").map(v -> integer(v, where + ".length"))
                    .orElseThrow(() -> new TorrentFormatException(where + " has no 'length'")), where + ".length");
            BList path = f.get("path.utf-8").or(() -> f.get("path")).map(v -> list(v, where + ".path"))
                    .orElseThrow(() -> new TorrentFormatException(where + " has no 'path'"));
            List<String> components = new ArrayList<>();
            for (BValue c : path.values()) {
                String component = text(c, where + ".path");
                checkPathComponent(component, where + ".path");
                components.add(component);
            }
            if (components.isEmpty()) {
                throw new TorrentFormatException(where + ".path is empty");
            }
            boolean pad = f.get("attr").map(v -> text(v, where + ".attr").contains("p")).orElse(false);
            files.add(new TorrentFile(components, len, pad));
        }
        return files;
    }

    private static List<TorrentFile> v2Files(BDictionary info) {
        BDictionary tree = dict(info.get("file tree").orElseThrow(), "info.file tree");
        List<TorrentFile> files = new ArrayList<>();
        walk(tree, new ArrayList<>(), files, 0);
        if (files.isEmpty()) {
            throw new TorrentFormatException("info.file tree has no files");
        }
        return files;
    }

    private static void walk(BDictionary node, List<String> path, List<TorrentFile> out, int depth) {
        if (depth > 64) {
            throw new TorrentFormatException("info.file tree nests deeper than 64 directories");
        }
        for (Map.Entry<BString, BValue> e : node.entries().entrySet()) {
            String component = e.getKey().utf8();
            String where = "info.file tree/" + String.join("/", path);
            BDictionary child = dict(e.getValue(), where);
            if (component.isEmpty()) {
                if (path.isEmpty()) {
                    throw new TorrentFormatException("info.file tree has a file entry without a name");
                }
                long len = child.get("length").map(v -> integer(v, where + ".length"))
                        .orElseThrow(() -> new TorrentFormatException(where + " has no 'length'"));
                out.add(new TorrentFile(path, nonNegative(len, where + ".length"), false));
            } else {
                checkPathComponent(component, where);
                List<String> next = new ArrayList<>(path);
                next.add(component);
                walk(child, next, out, depth + 1);
            }
        }
    }

    private static List<List<String>> trackers(BDictionary root) {
        Optional<BValue> announceList = root.get("announce-list");
        if (announceList.isPresent()) {
            List<List<String>> tiers = new ArrayList<>();
            for (BValue tier : list(announceList.get(), "announce-list").values()) {
                List<String> urls = list(tier, "announce-list tier").values().stream()
                        .map(v -> text(v, "announce-list url")).filter(s -> !s.isEmpty()).toList();
                if (!urls.isEmpty()) {
                    tiers.add(urls);
                }
            }
            if (!tiers.isEmpty()) {
                return tiers;
            }
        }
        return root.get("announce").map(v -> text(v, "announce")).filter(s -> !s.isEmpty())
                .map(s -> List.of(List.of(s))).orElse(List.of());
    }

    /** Rejects components that could escape a download folder. */
    private static void checkPathComponent(String c, String where) {
        if (c.isEmpty() || c.equals(".") || c.equals("..") || c.indexOf('/') >= 0 || c.indexOf('\\') >= 0
                || c.indexOf('\0') >= 0) {
            throw new TorrentFormatException(where + " has an unsafe path component '" + c.replace("\0", "\\0") + "'");
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

    private static byte[] bytes(BValue v, String where) {
        if (v instanceof BString s) {
            return s.toByteArray();
        }
        throw new TorrentFormatException(where + " must be a string, got " + kind(v));
    }

    private static String text(BValue v, String where) {
        if (v instanceof BString s) {
            return s.utf8();
        }
        throw new TorrentFormatException(where + " must be a string, got " + kind(v));
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
