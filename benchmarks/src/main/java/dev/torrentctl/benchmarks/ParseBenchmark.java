package dev.torrentctl.benchmarks;

import bt.metainfo.MetadataService;
import com.dampcake.bencode.Bencode;
import com.dampcake.bencode.Type;
import com.turn.ttorrent.common.Torrent;
import dev.torrentctl.hashes.InfoHashV1;
import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.bencode.BDictionary;
import dev.torrentctl.hashes.bencode.BValue;
import dev.torrentctl.hashes.bencode.BencodeDecoder;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse a v1 .torrent held in memory and get its v1 infohash, for each library, next to the floor:
 * SHA-1 over the raw info bytes alone (located beforehand). dampcake has no torrent model; its
 * users decode, re-encode {@code info} and hash that, so the benchmark does the same. Setup checks
 * that every library gets the same hash. {@code infoHashesOf} validates on a second core while the
 * caller hashes; {@code infoHashesOf_oneCore} shows it without that core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx4g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ParseBenchmark {
    @Param({"small", "medium", "large"})
    public String size;

    private byte[] torrent;
    private int infoOffset;
    private int infoLength;
    private final MetadataService bt = new MetadataService();

    @Setup
    public void setUp() throws Exception {
        torrent = TorrentInputs.v1(size);
        BValue info = ((BDictionary) BencodeDecoder.strict().decode(torrent)).get("info").orElseThrow();
        infoOffset = info.span().orElseThrow().offset();
        infoLength = info.span().orElseThrow().length();
        InfoHashV1 expected = InfoHashV1.of(floor_sha1InfoSpan());
        check("torrentctl_infoHashesOf", torrentctl_infoHashesOf(), expected);
        check("torrentctl_infoHashesOf_oneCore", torrentctl_infoHashesOf_oneCore(), expected);
        check("torrentctl_parse", torrentctl_parse(), expected);
        check("ttorrent", InfoHashV1.of(ttorrent()), expected);
        check("bt", InfoHashV1.of(bt()), expected);
        check("dampcake", InfoHashV1.of(dampcake_decode_reencode_sha1()), expected);
    }

    private static void check(String who, InfoHashV1 actual, InfoHashV1 expected) {
        if (!actual.equals(expected)) {
            throw new IllegalStateException(who + " computed another v1 infohash");
        }
    }

    @Benchmark
    public byte[] floor_sha1InfoSpan() throws Exception {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        sha1.update(torrent, infoOffset, infoLength);
        return sha1.digest();
    }

    @Benchmark
    public InfoHashV1 torrentctl_infoHashesOf() {
        return Metainfo.infoHashesOf(torrent).v1().orElseThrow();
    }

    /**
     * The same call on a JVM that sees one processor: the scan and the hash run one after the other,
     * as on a machine with a single core or a busy common pool.
     */
    @Benchmark
    @Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx4g", "-XX:ActiveProcessorCount=1"})
    public InfoHashV1 torrentctl_infoHashesOf_oneCore() {
        return Metainfo.infoHashesOf(torrent).v1().orElseThrow();
    }

    @Benchmark
    public InfoHashV1 torrentctl_parse() {
        return Metainfo.parse(torrent).infoHashes().v1().orElseThrow();
    }

    @Benchmark
    public byte[] ttorrent() throws Exception {
        return new Torrent(torrent, false).getInfoHash();
    }

    @Benchmark
    public byte[] bt() {
        return bt.fromByteArray(torrent).getTorrentId().getBytes();
    }

    @Benchmark
    public byte[] dampcake_decode_reencode_sha1() throws Exception {
        Bencode bencode = new Bencode(true);
        Map<String, Object> root = bencode.decode(torrent, Type.DICTIONARY);
        byte[] info = bencode.encode((Map<?, ?>) root.get("info"));
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        sha1.update(ByteBuffer.wrap(info));
        return sha1.digest();
    }
}
