package dev.torrentctl.hashes;

import dev.torrentctl.hashes.bencode.BDictionary;
import dev.torrentctl.hashes.bencode.BValue;
import dev.torrentctl.hashes.bencode.BencodeDecoder;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed and validated .torrent file (metainfo): v1, v2 or hybrid, detected from its content.
 * The infohashes are computed over the exact bytes of the {@code info} dictionary as found in the
 * file, never over a re-encoding.
 *
 * <p>Parsing validates what a client relies on, and rejects with a {@link TorrentFormatException}
 * that names the field:
 * <ul>
 *   <li>the piece length (positive; for v2 and hybrid a power of two of at least 16 KiB);
 *   <li>{@code pieces}: a multiple of 20 bytes, one hash per piece of the total size;
 *   <li>v2 {@code piece layers}: one layer per file larger than a piece, of the right length and
 *       hashing up to the file's {@code pieces root};
 *   <li>hybrid: the v1 file list (pad files aside) describes the same files as the v2 file tree;
 *   <li>paths: no component that could escape a download folder ({@code ..}, {@code .}, empty,
 *       containing {@code /}, {@code \} or NUL), as a security boundary for apps that write files.
 * </ul>
 *
 * <p>Every other key, known or not, stays reachable as raw bencode through {@link #field} and
 * {@link #infoField}. Instances are immutable; equality is by the file's bytes.
 *
 * @since 0.1
 */
public final class Metainfo {
    private final byte[] raw;
    private final BDictionary root;
    private final BDictionary info;
    private final InfoHashes infoHashes;
    private final String name;
    private final long pieceLength;
    private final long pieceCount;
    private final List<TorrentFile> files;
    private final boolean privateTorrent;
    private final List<List<String>> trackers;
    private final List<String> webSeeds;
    private final List<String> httpSeeds;
    private final List<DhtNode> dhtNodes;
    private final Optional<Instant> creationDate;
    private final Optional<String> comment;
    private final Optional<String> createdBy;
    private final Optional<String> source;

    Metainfo(MetainfoParser.Parsed p) {
        this.raw = p.raw();
        this.root = p.root();
        this.info = p.info();
        this.infoHashes = p.infoHashes();
        this.name = p.name();
        this.pieceLength = p.pieceLength();
        this.pieceCount = p.pieceCount();
        this.files = List.copyOf(p.files());
        this.privateTorrent = p.privateTorrent();
        this.trackers = p.trackers().stream().map(List::copyOf).toList();
        this.webSeeds = List.copyOf(p.webSeeds());
        this.httpSeeds = List.copyOf(p.httpSeeds());
        this.dhtNodes = List.copyOf(p.dhtNodes());
        this.creationDate = p.creationDate();
        this.comment = p.comment();
        this.createdBy = p.createdBy();
        this.source = p.source();
    }

    /**
     * Parses a .torrent with the strict bencode decoder.
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
     * @param torrent the file's bytes (copied)
     * @param decoder the bencode decoder to use (lenient decoding, other limits)
     * @return the metainfo
     * @throws TorrentFormatException if the bytes are not a valid .torrent
     */
    public static Metainfo parse(byte[] torrent, BencodeDecoder decoder) {
        Objects.requireNonNull(torrent, "torrent");
        Objects.requireNonNull(decoder, "decoder");
        return new Metainfo(MetainfoParser.parse(torrent.clone(), decoder));
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

    /** @return the sum of all file lengths, pad files excluded */
    public long totalSizeBytes() {
        return files.stream().filter(f -> !f.padding()).mapToLong(TorrentFile::lengthBytes).sum();
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
     * @return its value as parsed bencode (with its span in {@link #bytes()})
     */
    public Optional<BValue> field(String key) {
        return root.get(key);
    }

    /**
     * @param key a key of the {@code info} dictionary
     * @return its value as parsed bencode (with its span in {@link #bytes()})
     */
    public Optional<BValue> infoField(String key) {
        return info.get(key);
    }

    /** @return the keys of the top-level dictionary, sorted */
    public Set<String> fieldNames() {
        return names(root);
    }

    /** @return the keys of the {@code info} dictionary, sorted */
    public Set<String> infoFieldNames() {
        return names(info);
    }

    private static Set<String> names(BDictionary d) {
        Set<String> out = new TreeSet<>();
        d.entries().keySet().forEach(k -> out.add(k.utf8()));
        return Set.copyOf(out);
    }

    /** @return a copy of the .torrent's bytes, as parsed */
    public byte[] bytes() {
        return raw.clone();
    }

    /** @return a copy of the exact bytes of the {@code info} dictionary (what the infohashes hash) */
    public byte[] infoBytes() {
        BValue.Span span = info.span().orElseThrow();
        return Arrays.copyOfRange(raw, span.offset(), span.end());
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
