package dev.torrentctl.hashes.create;

import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.bencode.BDictionary;
import dev.torrentctl.hashes.bencode.BInteger;
import dev.torrentctl.hashes.bencode.BList;
import dev.torrentctl.hashes.bencode.BString;
import dev.torrentctl.hashes.bencode.BValue;
import dev.torrentctl.hashes.bencode.Bencode;
import dev.torrentctl.hashes.internal.Digests;
import dev.torrentctl.hashes.internal.MerkleTree;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Creates a .torrent from content held in memory: v1 (SHA-1 pieces), v2 (BEP 52 per-file merkle
 * roots and piece layers) or hybrid (both, with BEP 47 pad files aligning each file to a piece).
 *
 * <pre>{@code
 * byte[] torrent = TorrentCreator.builder("example", TorrentVersion.HYBRID)
 *         .addFile("docs/readme.txt", readme)
 *         .addFile("data.bin", data)
 *         .build();
 * }</pre>
 *
 * <p>With no creation date set the output is reproducible. The builder is not thread-safe.
 *
 * @since 0.1
 */
public final class TorrentCreator {
    private TorrentCreator() {}

    /**
     * @param name the torrent's name (its root folder, or the file name of a single-file torrent)
     * @param version the kind of torrent to create
     * @return a builder
     */
    public static Builder builder(String name, TorrentVersion version) {
        return new Builder(name, version);
    }

    /** Collects the content and options of a torrent. */
    public static final class Builder {
        private final String name;
        private final TorrentVersion version;
        private final Map<List<String>, byte[]> files = new LinkedHashMap<>();
        private byte[] singleFile;
        private int pieceLength = MerkleTree.BLOCK_SIZE;
        private final List<String> trackers = new ArrayList<>();
        private boolean privateTorrent;
        private Optional<String> comment = Optional.empty();
        private Optional<Instant> creationDate = Optional.empty();

        private Builder(String name, TorrentVersion version) {
            this.name = Objects.requireNonNull(name, "name");
            this.version = Objects.requireNonNull(version, "version");
            if (name.isEmpty() || name.contains("/")) {
                throw new IllegalArgumentException("name must be one non-empty path component: '" + name + "'");
            }
        }

        /** @param content the only file's content; the torrent is then a single-file torrent @return this */
        public Builder singleFile(byte[] content) {
            if (!files.isEmpty()) {
                throw new IllegalStateException("a single-file torrent cannot also have addFile() files");
            }
            this.singleFile = content.clone();
            return this;
        }

        /**
         * @param path a {@code /}-separated path below the torrent's root folder
         * @param content the file's content (copied)
         * @return this builder
         */
        public Builder addFile(String path, byte[] content) {
            if (singleFile != null) {
                throw new IllegalStateException("a single-file torrent cannot also have addFile() files");
            }
            List<String> components = List.of(path.split("/"));
            if (components.stream().anyMatch(c -> c.isEmpty() || c.equals(".") || c.equals(".."))) {
                throw new IllegalArgumentException("unsafe or empty path component in '" + path + "'");
            }
            files.put(components, content.clone());
            return this;
        }

        /** @param bytes a power of two, at least 16 KiB @return this builder */
        public Builder pieceLength(int bytes) {
            if (bytes < MerkleTree.BLOCK_SIZE || Integer.bitCount(bytes) != 1) {
                throw new IllegalArgumentException("piece length must be a power of two of at least 16 KiB: " + bytes);
            }
            this.pieceLength = bytes;
            return this;
        }

        /** @param url an announce URL, in a tier of its own @return this builder */
        public Builder tracker(String url) {
            trackers.add(Objects.requireNonNull(url, "url"));
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

        /** @param date the creation date to record (none by default, for reproducible output) @return this */
        public Builder creationDate(Instant date) {
            this.creationDate = Optional.of(date);
            return this;
        }

        /** @return the bencoded .torrent */
        public byte[] build() {
            if (singleFile == null && files.isEmpty()) {
                throw new IllegalStateException("a torrent needs at least one file");
            }
            List<Map.Entry<List<String>, byte[]>> ordered = new ArrayList<>(files.entrySet());
            // v2 file trees are dictionaries, so their files are in sorted order; v1 lists follow it.
            ordered.sort(Map.Entry.comparingByKey(PATH_ORDER));
            BDictionary.Builder info = BDictionary.builder().put("name", name).put("piece length", pieceLength);
            Map<BString, BValue> pieceLayers = new TreeMap<>();
            if (version != TorrentVersion.V1) {
                info.put("meta version", 2).put("file tree", fileTree(ordered, pieceLayers));
            }
            if (version != TorrentVersion.V2) {
                v1(info, ordered);
            }
            if (privateTorrent) {
                info.put("private", 1);
            }
            BDictionary.Builder root = BDictionary.builder();
            if (!trackers.isEmpty()) {
                root.put("announce", trackers.get(0));
                if (trackers.size() > 1) {
                    root.put("announce-list", BList.of(trackers.stream().map(t -> BList.of(List.of(BString.of(t))))
                            .toList()));
                }
            }
            comment.ifPresent(c -> root.put("comment", c));
            root.put("created by", "torrentctl");
            creationDate.ifPresent(d -> root.put("creation date", d.getEpochSecond()));
            root.put("info", info.build());
            if (version != TorrentVersion.V1) {
                root.put("piece layers", BDictionary.of(pieceLayers));
            }
            return Bencode.encode(root.build());
        }

        private BDictionary fileTree(List<Map.Entry<List<String>, byte[]>> ordered, Map<BString, BValue> layers) {
            Map<BString, Object> tree = new TreeMap<>();
            List<Map.Entry<List<String>, byte[]>> entries = singleFile != null
                    ? List.of(Map.entry(List.of(name), singleFile)) : ordered;
            for (Map.Entry<List<String>, byte[]> e : entries) {
                byte[] content = e.getValue();
                BDictionary.Builder leaf = BDictionary.builder().put("length", content.length);
                if (content.length > 0) {
                    byte[] root = MerkleTree.root(content);
                    leaf.put("pieces root", root);
                    if (content.length > pieceLength) {
                        layers.put(BString.of(root), BString.of(MerkleTree.pieceLayer(content, pieceLength)));
                    }
                }
                insert(tree, e.getKey(), leaf.build());
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

        private void v1(BDictionary.Builder info, List<Map.Entry<List<String>, byte[]>> ordered) {
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            if (singleFile != null) {
                info.put("length", singleFile.length);
                stream.writeBytes(singleFile);
            } else {
                List<BValue> list = new ArrayList<>();
                for (int i = 0; i < ordered.size(); i++) {
                    byte[] content = ordered.get(i).getValue();
                    list.add(BDictionary.builder().put("length", content.length)
                            .put("path", strings(ordered.get(i).getKey())).build());
                    stream.writeBytes(content);
                    int tail = content.length % pieceLength;
                    boolean last = i == ordered.size() - 1;
                    if (version == TorrentVersion.HYBRID && !last && tail != 0) {
                        int pad = pieceLength - tail;
                        list.add(BDictionary.builder().put("attr", "p").put("length", pad)
                                .put("path", strings(List.of(".pad", Integer.toString(pad)))).build());
                        stream.writeBytes(new byte[pad]);
                    }
                }
                info.put("files", BList.of(list));
            }
            info.put("pieces", sha1Pieces(stream.toByteArray()));
        }

        private byte[] sha1Pieces(byte[] data) {
            MessageDigest sha1 = Digests.sha1();
            ByteArrayOutputStream pieces = new ByteArrayOutputStream();
            for (int offset = 0; offset < data.length; offset += pieceLength) {
                sha1.update(data, offset, Math.min(pieceLength, data.length - offset));
                pieces.writeBytes(sha1.digest());
            }
            return pieces.toByteArray();
        }

        private static BList strings(List<String> values) {
            return BList.of(values.stream().map(BString::of).toList());
        }
    }

    private static final Comparator<List<String>> PATH_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Arrays.compareUnsigned(a.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    b.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };
}
