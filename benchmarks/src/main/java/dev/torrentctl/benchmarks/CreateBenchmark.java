package dev.torrentctl.benchmarks;

import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.create.TorrentCreator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Hashing throughput of torrent creation over a 1 GiB directory (16 files of 64 MiB, random bytes,
 * read from the page cache after the warm-up), next to GNU coreutils' {@code sha1sum} and then
 * {@code sha256sum} over the same files: the two digests a hybrid torrent needs, computed by
 * native tools one after the other. Each operation is one whole run (single-shot).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class CreateBenchmark {
    static final int FILES = 16;
    static final int FILE_BYTES = 64 << 20;

    private Path dir;
    private List<String> files;

    @Setup(Level.Trial)
    public void writeContent() throws IOException {
        dir = Files.createTempDirectory("torrentctl-bench");
        Random random = new Random(42);
        byte[] block = new byte[1 << 20];
        files = new ArrayList<>();
        for (int f = 0; f < FILES; f++) {
            Path file = dir.resolve(String.format("part-%02d.bin", f));
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int written = 0; written < FILE_BYTES; written += block.length) {
                    random.nextBytes(block);
                    out.write(block);
                }
            }
            files.add(file.toString());
        }
    }

    @TearDown(Level.Trial)
    public void deleteContent() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public byte[] torrentctl_create_hybrid() {
        return TorrentCreator.fromPath(dir, TorrentVersion.HYBRID).pieceLength(1 << 20).build();
    }

    @Benchmark
    public byte[] torrentctl_create_v1() {
        return TorrentCreator.fromPath(dir, TorrentVersion.V1).pieceLength(1 << 20).build();
    }

    @Benchmark
    public byte[] torrentctl_create_v2() {
        return TorrentCreator.fromPath(dir, TorrentVersion.V2).pieceLength(1 << 20).build();
    }

    @Benchmark
    public String coreutils_sha1sum_then_sha256sum() throws Exception {
        return run("sha1sum") + run("sha256sum");
    }

    private String run(String tool) throws Exception {
        List<String> command = new ArrayList<>(List.of(tool, "--"));
        command.addAll(files);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(tool + " failed: " + out);
        }
        return out;
    }
}
