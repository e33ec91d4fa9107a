package dev.torrentctl.benchmarks;

import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.TorrentFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The peak heap a parse needs, measured as the smallest {@code -Xmx} (to 1 MiB) under which a
 * fresh JVM parses the file and goes through its files: a bisection over child JVMs. The JVM's own
 * needs (classes, JIT) are in it, so it is an upper bound on the parse's; {@code baseline} gives
 * the smallest heap the child needs for an empty run, to subtract.
 *
 * <pre>java -cp benchmarks.jar dev.torrentctl.benchmarks.HeapFloor FILE.torrent</pre>
 */
public final class HeapFloor {
    private HeapFloor() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--child")) {
            child(Path.of(args[1]));
            return;
        }
        Path file = Path.of(args[0]);
        long input = Files.size(file);
        int floor = floor(file.toString());
        int baseline = floor("--none");
        System.out.printf("{\"input_bytes\": %d, \"heap_floor_mib\": %d, \"baseline_mib\": %d,"
                + " \"floor_over_input\": %.1f, \"floor_minus_baseline_over_input\": %.1f}%n", input, floor, baseline,
                (floor << 20) / (double) input, ((floor - baseline) << 20) / (double) input);
    }

    private static void child(Path file) throws Exception {
        if (file.toString().equals("--none")) {
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        long n = 0;
        for (TorrentFile f : Metainfo.parse(bytes).files()) {
            n += f.lengthBytes();
        }
        if (n < 0) {
            throw new IllegalStateException();
        }
    }

    /** @return the smallest heap in MiB under which the child succeeds */
    private static int floor(String file) throws Exception {
        int low = 2; // fails (the JVM needs more to start)
        int high = 1024; // succeeds
        if (!runs(file, high)) {
            throw new IllegalStateException("does not parse even in " + high + " MiB");
        }
        while (high - low > 1) {
            int mid = (low + high) / 2;
            if (runs(file, mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    private static boolean runs(String file, int mib) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + mib + "m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                HeapFloor.class.getName(), "--child", file));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }
}
