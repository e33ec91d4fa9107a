package dev.torrentctl.hashes.create;

import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.bencode.BDictionary;
import dev.torrentctl.hashes.bencode.BList;
import dev.torrentctl.hashes.bencode.BString;
import dev.torrentctl.hashes.bencode.BValue;
import dev.torrentctl.hashes.bencode.Bencode;
import dev.torrentctl.hashes.internal.MerkleTree;
import dev.torrentctl.hashes.internal.PathComponents;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Creates .torrent files: v1 (SHA-1 pieces), v2 (BEP 52 per-file merkle roots and piece layers) or
 * hybrid (both, with BEP 47 pad files aligning each file to a piece), from files on disk or from
 * bytes in memory.
 *
 * <pre>{@code
 * byte[] torrent = TorrentCreator.fromPath(Path.of("/data/album"), TorrentVersion.HYBRID)
 *         .tracker("udp://tracker.example:1337/announce")
 *         .progress((done, total) -> System.out.printf("%d%%%n", 100 * done / total))
 *         .build();
 * }</pre>
 *
 * <p>Files are read piece by piece on {@link Builder#threads(int) several threads} (by default
 * one per core), so memory is bounded by a few pieces per thread whatever the content's size. The
 * piece length is chosen from the total size unless {@linkplain Builder#pieceLength(int) given}.
 * Output is deterministic: files are ordered by path, and with no creation date set the same
 * content gives the same bytes. Builders are not thread-safe.
 *
 * @since 0.1
 */
public final class TorrentCreator {
    /** Smallest automatic piece length: 16 KiB, the v2 minimum. */
    public static final int MIN_PIECE_LENGTH = MerkleTree.BLOCK_SIZE;
    /** Largest automatic piece length: 16 MiB. */
    public static final int MAX_AUTO_PIECE_LENGTH = 16 * 1024 * 1024;
    /** The automatic piece length aims at about this many pieces. */
    public static final int TARGET_PIECE_COUNT = 1500;

    private TorrentCreator() {}

    /**
     * @param name the torrent's name (its root folder, or the file name of a single-file torrent)
     * @param version the kind of torrent to create
     * @return a builder for content added with {@code addFile} or {@code singleFile}
     */
    public static Builder builder(String name, TorrentVersion version) {
        return new Builder(name, version);
    }

    /**
     * A torrent of a file (a single-file torrent) or of a directory (every regular file below it;
     * symbolic links are not followed), named after it.
     *
     * @param path a file or directory
     * @param version the kind of torrent to create
     * @return a builder holding that content
     * @throws UncheckedIOException if the path cannot be read
     * @throws IllegalArgumentException if it is neither a file nor a directory, or holds no file
     */
    public static Builder fromPath(Path path, TorrentVersion version) {
        Path absolute = path.toAbsolutePath().normalize();
        Path fileName = absolute.getFileName();
        if (fileName == null) {
            throw new IllegalArgumentException("cannot name a torrent after " + path);
        }
        Builder b = new Builder(fileName.toString(), version);
        try {
            if (Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
                return b.singleFile(absolute);
            }
            if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalArgumentException(path + " is neither a regular file nor a directory");
            }
            try (Stream<Path> walk = Files.walk(absolute)) {
                for (Path p : (Iterable<Path>) walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))::iterator) {
                    List<String> components = new ArrayList<>();
                    absolute.relativize(p).forEach(c -> components.add(c.toString()));
                    b.addFile(String.join("/", components), p);
                }
            }
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param totalBytes the content's size
     * @return the piece length chosen for it: a power of two giving about {@value #TARGET_PIECE_COUNT}
     *     pieces, between 16 KiB and 16 MiB
     */
    public static int autoPieceLength(long totalBytes) {
        long target = Math.max(1, totalBytes / TARGET_PIECE_COUNT);
        long length = Long.highestOneBit(target);
        if (length < target) {
            length <<= 1;
        }
        return (int) Math.max(MIN_PIECE_LENGTH, Math.min(MAX_AUTO_PIECE_LENGTH, length));
    }

    /** Collects the content and options of a torrent. */
    public static final class Builder {
        private final String name;
        private final TorrentVersion version;
        private final Map<List<String>, ContentFile> files = new TreeMap<>(PATH_ORDER);
        private ContentFile singleFile;
        private int pieceLength;
        private final List<List<String>> trackerTiers = new ArrayList<>();
        private final List<String> webSeeds = new ArrayList<>();
        private boolean privateTorrent;
        private Optional<String> comment = Optional.empty();
        private Optional<String> source = Optional.empty();
        private Optional<Instant> creationDate = Optional.empty();
        private String createdBy = "torrentctl";
        private int threads = Runtime.getRuntime().availableProcessors();
        private CreationProgress progress = CreationProgress.NONE;

        private Builder(String name, TorrentVersion version) {
            this.name = Objects.requireNonNull(name, "name");
            this.version = Objects.requireNonNull(version, "version");
            checkComponent(name, "name");
        }

        /** @param content the only file's content; the torrent is then a single-file torrent @return this */
        public Builder singleFile(byte[] content) {
            checkNoFiles();
            this.singleFile = ContentFile.ofBytes(List.of(name), content);
            return this;
        }

        /** @param file the only file; the torrent is then a single-file torrent @return this */
        public Builder singleFile(Path file) {
            checkNoFiles();
            this.singleFile = ContentFile.ofFile(List.of(name), file, size(file));
            return this;
        }

        /**
         * @param path a {@code /}-separated path below the torrent's root folder
         * @param content the file's content (copied)
         * @return this builder
         */
        public Builder addFile(String path, byte[] content) {
            List<String> components = components(path);
            files.put(components, ContentFile.ofBytes(components, content));
            return this;
        }

        /**
         * @param path a {@code /}-separated path below the torrent's root folder
         * @param file the file whose bytes to use (read when {@link #build()} runs)
         * @return this builder
         */
        public Builder addFile(String path, Path file) {
            List<String> components = components(path);
            files.put(components, ContentFile.ofFile(components, file, size(file)));
            return this;
        }

        private List<String> components(String path) {
            if (singleFile != null) {
                throw new IllegalStateException("a single-file torrent cannot also have addFile() files");
            }
            List<String> components = List.of(path.split("/", -1));
            components.forEach(c -> checkComponent(c, "path '" + path + "'"));
            return components;
        }

        private void checkNoFiles() {
            if (!files.isEmpty() || singleFile != null) {
                throw new IllegalStateException("a single-file torrent has exactly one file");
            }
        }

        private static long size(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }

        /** @param bytes a power of two, at least 16 KiB (by default chosen from the size) @return this builder */
        public Builder pieceLength(int bytes) {
            if (bytes < MIN_PIECE_LENGTH || Integer.bitCount(bytes) != 1) {
                throw new IllegalArgumentException("piece length must be a power of two of at least 16 KiB: " + bytes);
            }
            this.pieceLength = bytes;
            return this;
        }

        /** @param url an announce URL, in a tier of its own @return this builder */
        public Builder tracker(String url) {
            return trackerTier(List.of(url));
        }

        /** @param urls announce URLs forming one tier (BEP 12) @return this builder */
        public Builder trackerTier(List<String> urls) {
            if (urls.isEmpty()) {
                throw new IllegalArgumentException("a tracker tier needs at least one URL");
            }
            trackerTiers.add(List.copyOf(urls));
            return this;
        }

        /** @param url a BEP 19 web seed URL @return this builder */
        public Builder webSeed(String url) {
            webSeeds.add(Objects.requireNonNull(url, "url"));
            return this;
        }

        /** @param value the BEP 27 private flag @return this builder */
        public Builder privateTorrent(boolean value) {
            this.privateTorrent = value;
            return this;
        }

        /** @param text a comment @return this builder */
        public Builder comment(String text) {
            this.comment = Optional.of(text);
            return this;
        }

        /** @param text {@code info.source}, which changes the infohash (private trackers use it) @return this */
        public Builder source(String text) {
            this.source = Optional.of(text);
            return this;
        }

        /** @param text the {@code created by} value ({@code torrentctl} by default) @return this builder */
        public Builder createdBy(String text) {
            this.createdBy = Objects.requireNonNull(text, "text");
            return this;
        }

        /** @param date the creation date to record (none by default, for reproducible output) @return this */
        public Builder creationDate(Instant date) {
            this.creationDate = Optional.of(date);
            return this;
        }

        /** @param count hashing threads, at least 1 (by default one per core) @return this builder */
        public Builder threads(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + count);
            }
            this.threads = count;
            return this;
        }

        /** @param listener told of hashing progress @return this builder */
        public Builder progress(CreationProgress listener) {
            this.progress = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Hashes the content and encodes the torrent.
         *
         * @return the bencoded .torrent
         * @throws UncheckedIOException if a file cannot be read or changes size while being hashed
         */
        public byte[] build() {
            if (singleFile == null && files.isEmpty()) {
                throw new IllegalStateException("a torrent needs at least one file");
            }
            List<ContentFile> ordered = singleFile != null ? List.of(singleFile) : List.copyOf(files.values());
            long total = 0;
            for (ContentFile f : ordered) {
                total = Math.addExact(total, f.length);
            }
            int pl = pieceLength > 0 ? pieceLength : autoPieceLength(total);
            List<PieceHasher.Piece> pieces = PieceHasher.plan(ordered, version, pl);
            List<PieceHasher.Hashed> hashed = PieceHasher.hashAll(pieces, threads, progress, total);

            BDictionary.Builder info = BDictionary.builder().put("name", name).put("piece length", pl);
            Map<BString, BValue> pieceLayers = new TreeMap<>();
            if (version != TorrentVersion.V1) {
                info.put("meta version", 2).put("file tree", fileTree(ordered, pl, hashed, pieceLayers));
            }
            if (version != TorrentVersion.V2) {
                v1(info, ordered, pl, hashed);
            }
            if (privateTorrent) {
                info.put("private", 1);
            }
            source.ifPresent(s -> info.put("source", s));
            BDictionary.Builder root = BDictionary.builder();
            if (!trackerTiers.isEmpty()) {
                root.put("announce", trackerTiers.get(0).get(0));
                if (trackerTiers.size() > 1 || trackerTiers.get(0).size() > 1) {
                    root.put("announce-list", BList.of(trackerTiers.stream().map(Builder::strings).toList()));
                }
            }
            if (!webSeeds.isEmpty()) {
                root.put("url-list", strings(webSeeds));
            }
            comment.ifPresent(c -> root.put("comment", c));
            root.put("created by", createdBy);
            creationDate.ifPresent(d -> root.put("creation date", d.getEpochSecond()));
            root.put("info", info.build());
            if (version != TorrentVersion.V1) {
                root.put("piece layers", BDictionary.of(pieceLayers));
            }
            return Bencode.encode(root.build());
        }

        private BDictionary fileTree(List<ContentFile> ordered, int pl, List<PieceHasher.Hashed> hashed,
                Map<BString, BValue> layers) {
            Map<BString, Object> tree = new TreeMap<>();
            int next = 0; // v2 pieces come file by file, in order
            for (ContentFile f : ordered) {
                BDictionary.Builder leaf = BDictionary.builder().put("length", f.length);
                if (f.length > 0) {
                    int count = (int) ((f.length + pl - 1) / pl);
                    byte[] root;
                    if (count == 1) {
                        root = hashed.get(next).v2();
                    } else {
                        ByteArrayOutputStream layer = new ByteArrayOutputStream(count * 32);
                        for (int k = 0; k < count; k++) {
                            layer.writeBytes(hashed.get(next + k).v2());
                        }
                        root = MerkleTree.rootFromLayer(layer.toByteArray(), f.length, pl);
                        layers.put(BString.of(root), BString.of(layer.toByteArray()));
                    }
                    leaf.put("pieces root", root);
                    next += count;
                }
                insert(tree, f.path, leaf.build());
            }
            return toDictionary(tree);
        }

        @SuppressWarnings("unchecked")
        private static void insert(Map<BString, Object> tree, List<String> path, BDictionary leaf) {
            Map<BString, Object> node = tree;
            for (String component : path) {
                node = (Map<BString, Object>) node.computeIfAbsent(BString.of(component), k -> new TreeMap<>());
            }
            node.put(BString.of(""), leaf);
        }

        @SuppressWarnings("unchecked")
        private static BDictionary toDictionary(Map<BString, Object> node) {
            Map<BString, BValue> out = new TreeMap<>();
            node.forEach((k, v) -> out.put(k, v instanceof BDictionary d ? d : toDictionary((Map<BString, Object>) v)));
            return BDictionary.of(out);
        }

        private void v1(BDictionary.Builder info, List<ContentFile> ordered, int pl, List<PieceHasher.Hashed> hashed) {
            if (singleFile != null) {
                info.put("length", singleFile.length);
            } else {
                List<BValue> list = new ArrayList<>();
                for (int i = 0; i < ordered.size(); i++) {
                    ContentFile f = ordered.get(i);
                    list.add(BDictionary.builder().put("length", f.length).put("path", strings(f.path)).build());
                    long tail = f.length % pl;
                    if (version == TorrentVersion.HYBRID && i != ordered.size() - 1 && tail != 0) {
                        long pad = pl - tail;
                        list.add(BDictionary.builder().put("attr", "p").put("length", pad)
                                .put("path", strings(List.of(".pad", Long.toString(pad)))).build());
                    }
                }
                info.put("files", BList.of(list));
            }
            ByteArrayOutputStream pieces = new ByteArrayOutputStream(hashed.size() * 20);
            hashed.forEach(h -> pieces.writeBytes(h.sha1()));
            info.put("pieces", pieces.toByteArray());
        }

        private static BList strings(List<String> values) {
            return BList.of(values.stream().map(BString::of).toList());
        }
    }

    private static void checkComponent(String c, String where) {
        if (!PathComponents.isSafe(c)) {
            throw new IllegalArgumentException("unsafe or empty path component '" + PathComponents.show(c) + "' in "
                    + where);
        }
    }

    private static final Comparator<List<String>> PATH_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Arrays.compareUnsigned(a.get(i).getBytes(StandardCharsets.UTF_8),
                    b.get(i).getBytes(StandardCharsets.UTF_8));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };
}
