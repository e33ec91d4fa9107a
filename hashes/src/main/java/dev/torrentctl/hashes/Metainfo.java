package dev.torrentctl.hashes;

import dev.torrentctl.hashes.bencode.BValue;
import dev.torrentctl.hashes.bencode.BencodeDecoder;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed and validated .torrent file (metainfo): v1, v2 or hybrid, detected from its content.
 * The infohashes are computed over the exact bytes of the {@code info} dictionary as found in the
 * file, never over a re-encoding.
 *
 * <p>It reads a torrent the way libtorrent 2.0 (inside qBittorrent and Deluge) does wherever the
 * two could differ, and rejects with a {@link TorrentFormatException} that names the field what
 * libtorrent rejects:
 * <ul>
 *   <li>the piece length (positive, at most libtorrent's 32,767 blocks of 16 KiB; for v2 and hybrid
 *       a power of two of at least 16 KiB), at most 2,097,152 pieces and no file of 16 TiB or more
 *       (libtorrent's load limits);
 *   <li>{@code pieces}: a multiple of 20 bytes, one hash per piece of the files' total size;
 *   <li>a torrent without files, or whose files are all empty;
 *   <li>v2 {@code piece layers}: one layer per file larger than a piece, of the right length and
 *       hashing up to the file's {@code pieces root}; a non-empty file's root is never all zeros;
 *   <li>v2 and hybrid: an {@code info} dictionary that is not canonical bencode (BEP 52); a file of
 *       the v2 tree with the pad attribute; hybrid: the v1 file list (pad files aside) describes the
 *       same files as the v2 file tree;
 *   <li>paths, by default: no component that could escape a download folder ({@code ..}, {@code .},
 *       empty, containing {@code /}, {@code \} or NUL), as a security boundary for apps that write
 *       files. {@link #parseLenient} makes them safe the way libtorrent does instead;
 *   <li>file paths that repeat so often that libtorrent 2.1 refuses the torrent (more than 500
 *       collisions while renaming them).
 * </ul>
 * BEP 47 attributes are honoured: a symlink's length is 0 whatever the file says, and it needs
 * none; a file BitComet named {@code _____padding_file_…} is a pad file, as libtorrent takes it.
 * A v2 torrent of a single file at the root of its tree is named after that file, as libtorrent
 * names (and saves) it.
 *
 * <p>What clients read past is read past, with a {@link MetainfoWarning} in {@link #warnings()}:
 * optional keys outside {@code info} of the wrong type ({@code announce-list}, {@code url-list},
 * {@code httpseeds}, {@code nodes}, {@code creation date}, {@code comment}...) and their bad
 * entries, repeated web seeds (listed once), repeated file paths (with the name libtorrent saves
 * them under), a symlink's non-zero length.
 *
 * <p>Every other key, known or not, stays reachable as raw bencode through {@link #field} and
 * {@link #infoField}. A large file list is kept compact and its {@link TorrentFile}s are made as
 * they are asked for. Instances are immutable; equality is by the file's bytes.
 *
 * @since 0.1
 */
public final class Metainfo {
    private final byte[] raw;
    private final Fields root;
    private final Fields info;
    private final BValue.Span infoSpan;
    private final InfoHashes infoHashes;
    private final String name;
    private final long pieceLength;
    private final long pieceCount;
    private final List<TorrentFile> files;
    private final long totalSize;
    private final boolean privateTorrent;
    private final List<List<String>> trackers;
    private final List<String> webSeeds;
    private final List<String> httpSeeds;
    private final List<DhtNode> dhtNodes;
    private final Optional<Instant> creationDate;
    private final Optional<String> comment;
    private final Optional<String> createdBy;
    private final Optional<String> source;
    private final List<MetainfoWarning> warnings;
    private final boolean infoCanonical;

    Metainfo(MetainfoParser.Parsed p) {
        this.raw = p.raw();
        this.root = p.root();
        this.info = p.info();
        this.infoSpan = p.infoSpan();
        this.infoHashes = p.infoHashes();
        this.name = p.name();
        this.pieceLength = p.pieceLength();
        this.pieceCount = p.pieceCount();
        this.files = p.files() instanceof V1FileList compact ? compact : List.copyOf(p.files());
        this.totalSize = p.totalSize();
        this.privateTorrent = p.privateTorrent();
        this.trackers = p.trackers().stream().map(List::copyOf).toList();
        this.webSeeds = List.copyOf(p.webSeeds());
        this.httpSeeds = List.copyOf(p.httpSeeds());
        this.dhtNodes = List.copyOf(p.dhtNodes());
        this.creationDate = p.creationDate();
        this.comment = p.comment();
        this.createdBy = p.createdBy();
        this.source = p.source();
        this.warnings = p.warnings();
        this.infoCanonical = p.infoCanonical();
    }

    /**
     * Parses a .torrent with the strict bencode decoder and the strict path rules.
     *
     * @param torrent the file's bytes (copied)
     * @return the metainfo
     * @throws TorrentFormatException if the bytes are not a valid .torrent; a
     *     {@link dev.torrentctl.hashes.bencode.BencodeException} (a subclass) carries the byte offset
     */
    public static Metainfo parse(byte[] torrent) {
        return parse(torrent, BencodeDecoder.strict());
    }

    /**
     * Parses a .torrent with the given decoder (its relaxations and limits) and the strict path
     * rules.
     *
     * @param torrent the file's bytes (copied)
     * @param decoder the bencode decoder to use (lenient decoding, other limits)
     * @return the metainfo
     * @throws TorrentFormatException if the bytes are not a valid .torrent
     */
    public static Metainfo parse(byte[] torrent, BencodeDecoder decoder) {
        Objects.requireNonNull(torrent, "torrent");
        Objects.requireNonNull(decoder, "decoder");
        return new Metainfo(MetainfoParser.parse(torrent.clone(), decoder, false));
    }

    /**
     * Parses a .torrent as leniently as libtorrent reads it: {@link BencodeDecoder#lenient()} bencode
     * (unsorted keys, leading zeros, bytes after the root dictionary), and path components that the
     * strict rules refuse ({@code ..}, {@code .}, empty, containing {@code /} or {@code \}) made safe
     * the way libtorrent does. Each relaxation that applied is a {@link #warnings() warning}. A v2
     * or hybrid {@code info} dictionary must still be canonical, as libtorrent requires.
     *
     * @param torrent the file's bytes (copied)
     * @param limits the bencode limits to apply ({@link BencodeDecoder.Limits#DEFAULT}, or
     *     {@link BencodeDecoder.Limits#QBITTORRENT} to read what qBittorrent reads)
     * @return the metainfo
     * @throws TorrentFormatException if even libtorrent would refuse the bytes
     * @since 0.2
     */
    public static Metainfo parseLenient(byte[] torrent, BencodeDecoder.Limits limits) {
        Objects.requireNonNull(torrent, "torrent");
        Objects.requireNonNull(limits, "limits");
        return new Metainfo(MetainfoParser.parse(torrent.clone(), BencodeDecoder.lenient().withLimits(limits), true));
    }

    /**
     * The fast path to a .torrent's infohashes: validates the bencode strictly (the rules and limits
     * of {@link BencodeDecoder#strict()}) in one pass without building values, and hashes the raw
     * {@code info} span. It does not validate the metainfo's fields, as {@link #parse} does; use it
     * where only the identity of a torrent is needed.
     *
     * <p>From 64 KiB of input, on a machine with more than one core, the bytes are validated by a
     * task in the {@linkplain java.util.concurrent.ForkJoinPool#commonPool() common pool} while the
     * calling thread hashes, so the call takes about as long as the hash alone. The result is
     * the same either way; if the pool is busy the calling thread does both.
     *
     * @param torrent the file's bytes (not copied, not kept)
     * @return the v1 and/or v2 infohash
     * @throws TorrentFormatException if the bytes are not strict bencode or hold no v1/v2 info dictionary
     */
    public static InfoHashes infoHashesOf(byte[] torrent) {
        return infoHashesOf(torrent, BencodeDecoder.Limits.DEFAULT);
    }

    /**
     * @param torrent the file's bytes (not copied, not kept)
     * @param limits the bencode limits to apply
     * @return the v1 and/or v2 infohash
     * @throws TorrentFormatException as {@link #infoHashesOf(byte[])}
     */
    public static InfoHashes infoHashesOf(byte[] torrent, BencodeDecoder.Limits limits) {
        Objects.requireNonNull(torrent, "torrent");
        return InfoHashScanner.scan(torrent, Objects.requireNonNull(limits, "limits"));
    }

    /** @return the torrent's v1 and/or v2 infohash */
    public InfoHashes infoHashes() {
        return infoHashes;
    }

    /** @return the protocol generation of this torrent */
    public TorrentVersion version() {
        return infoHashes.version();
    }

    /** @return the torrent's name ({@code name.utf-8} preferred over {@code name}) */
    public String name() {
        return name;
    }

    /** @return the piece size in bytes */
    public long pieceLengthBytes() {
        return pieceLength;
    }

    /** @return the number of pieces (v1: of {@code pieces}; v2: the sum over files, each piece-aligned) */
    public long pieceCount() {
        return pieceCount;
    }

    /** @return the files in the torrent's order, pad files included (see {@link TorrentFile#padding()}) */
    public List<TorrentFile> files() {
        return files;
    }

    /** @return the sum of all file lengths, pad files excluded (a symlink's length is 0) */
    public long totalSizeBytes() {
        return totalSize;
    }

    /**
     * @return what was read past or changed while parsing, in the order found; empty for a clean
     *     file. At most 100, and then one that says how many more there were.
     * @since 0.2
     */
    public List<MetainfoWarning> warnings() {
        return warnings;
    }

    /**
     * @return whether the {@code info} dictionary is canonical bencode (sorted keys, no leading
     *     zeros): always for a strict parse; a lenient one may read a v1 torrent that is not, which a
     *     client that re-encodes the dictionary to hash it (Transmission before 4.0) would list
     *     under another hash
     * @since 0.2
     */
    public boolean infoIsCanonical() {
        return infoCanonical;
    }

    /** @return the BEP 27 private flag */
    public boolean privateTorrent() {
        return privateTorrent;
    }

    /** @return announce URLs in tiers (BEP 12 {@code announce-list}, else {@code announce}); may be empty */
    public List<List<String>> trackers() {
        return trackers;
    }

    /** @return BEP 19 web seeds ({@code url-list}) */
    public List<String> webSeeds() {
        return webSeeds;
    }

    /** @return BEP 17 HTTP seeds ({@code httpseeds}) */
    public List<String> httpSeeds() {
        return httpSeeds;
    }

    /** @return DHT bootstrap nodes ({@code nodes}) */
    public List<DhtNode> dhtNodes() {
        return dhtNodes;
    }

    /** @return {@code creation date} */
    public Optional<Instant> creationDate() {
        return creationDate;
    }

    /** @return {@code comment} ({@code comment.utf-8} preferred) */
    public Optional<String> comment() {
        return comment;
    }

    /** @return {@code created by} */
    public Optional<String> createdBy() {
        return createdBy;
    }

    /** @return {@code info.source}, which private trackers use to make a torrent's infohash their own */
    public Optional<String> source() {
        return source;
    }

    /**
     * @param key a key of the top-level dictionary, such as {@code "publisher"}
     * @return its value as parsed bencode (with its span in {@link #bytes()}); the {@code info}
     *     dictionary is decoded anew on each call
     */
    public Optional<BValue> field(String key) {
        return root.get(key);
    }

    /**
     * @param key a key of the {@code info} dictionary
     * @return its value as parsed bencode (with its span in {@link #bytes()}); a v1 {@code files}
     *     list is decoded anew on each call
     */
    public Optional<BValue> infoField(String key) {
        return info.get(key);
    }

    /** @return the keys of the top-level dictionary */
    public Set<String> fieldNames() {
        return root.names();
    }

    /** @return the keys of the {@code info} dictionary */
    public Set<String> infoFieldNames() {
        return info.names();
    }

    /** @return a copy of the .torrent's bytes, as parsed */
    public byte[] bytes() {
        return raw.clone();
    }

    /** @return a copy of the exact bytes of the {@code info} dictionary (what the infohashes hash) */
    public byte[] infoBytes() {
        return Arrays.copyOfRange(raw, infoSpan.offset(), infoSpan.end());
    }

    /** @return a magnet link for this torrent, with its name, trackers and web seeds */
    public MagnetLink toMagnet() {
        return MagnetLink.builder(infoHashes).displayName(name)
                .trackers(trackers.stream().flatMap(List::stream).toList())
                .webSeeds(webSeeds)
                .build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Metainfo other && Arrays.equals(raw, other.raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "Metainfo[" + version() + " '" + name + "' " + infoHashes + ", " + files.size() + " files, "
                + totalSizeBytes() + " bytes]";
    }
}
