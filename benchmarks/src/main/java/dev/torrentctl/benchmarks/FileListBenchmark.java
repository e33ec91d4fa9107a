package dev.torrentctl.benchmarks;

import dev.torrentctl.hashes.InfoHashes;
import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.TorrentFile;
import dev.torrentctl.hashes.bencode.BencodeDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A .torrent with a huge file list (issue 14: 320,000 files in 9.9 MB): parsing it, parsing it
 * and going through every file, and its infohash alone. Setup writes the torrent to
 * {@code benchmarks/target/filelist-<files>.torrent} (or where {@code torrentctl.bench.dir} says),
 * so that {@code scripts/libtorrent-parse-time.py} times libtorrent on the same bytes and
 * {@link HeapFloor} finds the smallest heap each call needs. The heap is 256 MB, as the issue's
 * CLI run had.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FileListBenchmark {
    @Param({"320000"})
    public int files;

    private byte[] torrent;

    @Setup
    public void setUp() throws Exception {
        torrent = TorrentInputs.fileList(files);
        Path dir = Path.of(System.getProperty("torrentctl.bench.dir", "benchmarks/target"));
        Files.createDirectories(dir);
        Files.write(dir.resolve("filelist-" + files + ".torrent"), torrent);
        if (torrentctl_parse_everyFile() != files) {
            throw new IllegalStateException("the file list did not parse to " + files + " files");
        }
    }

    @Benchmark
    public Metainfo torrentctl_parse() {
        return Metainfo.parse(torrent);
    }

    /** Parse, then make every {@link TorrentFile}: what a caller listing the files pays. */
    @Benchmark
    public long torrentctl_parse_everyFile() {
        long n = 0;
        for (TorrentFile f : Metainfo.parse(torrent).files()) {
            n += f.path().size();
        }
        return n;
    }

    @Benchmark
    public Metainfo torrentctl_parseLenient() {
        return Metainfo.parseLenient(torrent, BencodeDecoder.Limits.DEFAULT);
    }

    @Benchmark
    public InfoHashes torrentctl_infoHashesOf() {
        return Metainfo.infoHashesOf(torrent);
    }
}
