package dev.torrentctl.cli;

import dev.torrentctl.hashes.Metainfo;
import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.create.CreationProgress;
import dev.torrentctl.hashes.create.TorrentCreator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code torrentctl create [--v1|--v2|--hybrid] ... -o OUT.torrent PATH}. Writes through a temporary
 * file and a rename, so a failed run never leaves a half-written torrent.
 */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Create a .torrent of a file or directory (hybrid v1+v2 by default).")
final class CreateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    static final class Kind {
        @Option(names = "--v1", description = "v1 only (SHA-1).")
        boolean v1;
        @Option(names = "--v2", description = "v2 only (BEP 52).")
        boolean v2;
        @Option(names = "--hybrid", description = "v1 and v2 (the default).")
        boolean hybrid;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Kind kind = new Kind();

    @Option(names = "--piece-length", paramLabel = "N", description = "Piece length in bytes: a power of two of at"
            + " least 16384 (chosen from the size by default).")
    Integer pieceLength;

    @Option(names = "--tracker", paramLabel = "URL", description = "An announce URL, in a tier of its own; repeat"
            + " for more. Separate URLs of one tier with commas.")
    List<String> trackers = new ArrayList<>();

    @Option(names = "--web-seed", paramLabel = "URL", description = "A web seed (BEP 19); repeat for more.")
    List<String> webSeeds = new ArrayList<>();

    @Option(names = "--private", description = "Set the private flag (BEP 27).")
    boolean privateTorrent;

    @Option(names = "--comment", paramLabel = "TEXT", description = "A comment.")
    String comment;

    @Option(names = "--source", paramLabel = "TEXT", description = "info.source (changes the infohash).")
    String source;

    @Option(names = "--no-date", description = "Record no creation date, for reproducible output.")
    boolean noDate;

    @Option(names = "--threads", paramLabel = "N", description = "Hashing threads (one per core by default).")
    Integer threads;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.torrent", required = true, description = "Where to write.")
    Path output;

    @Parameters(paramLabel = "PATH", description = "The file or directory.")
    Path path;

    @Override
    public Integer call() {
        if (!Files.exists(path)) {
            throw new BadInputException(path.toString(), "no such file or directory", null);
        }
        TorrentVersion version = kind.v1 ? TorrentVersion.V1 : kind.v2 ? TorrentVersion.V2 : TorrentVersion.HYBRID;
        TorrentCreator.Builder b;
        try {
            b = TorrentCreator.fromPath(path, version);
            if (pieceLength != null) {
                b.pieceLength(pieceLength);
            }
            for (String tier : trackers) {
                b.trackerTier(List.of(tier.split(",")));
            }
            webSeeds.forEach(b::webSeed);
            b.privateTorrent(privateTorrent);
            if (comment != null) {
                b.comment(comment);
            }
            if (source != null) {
                b.source(source);
            }
            if (!noDate) {
                b.creationDate(Instant.now());
            }
            if (threads != null) {
                b.threads(threads);
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BadInputException(path.toString(), e.getMessage(), e);
        }
        ProgressBar bar = ProgressBar.forTerminal(spec.commandLine().getErr());
        byte[] torrent = b.progress(bar).build();
        bar.finish();
        write(torrent);
        Metainfo m = Metainfo.parse(torrent);
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + output + ": " + m);
        return 0;
    }

    private void write(byte[] torrent) {
        Path target = output.toAbsolutePath();
        try {
            Path tmp = Files.createTempFile(target.getParent(), ".torrentctl-", ".part");
            try {
                Files.write(tmp, torrent);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        }
    }

    /** A one-line progress bar on stderr, drawn only when stderr is a terminal. */
    static final class ProgressBar implements CreationProgress {
        private final PrintWriter err;
        private final boolean enabled;
        private int lastPercent = -1;

        private ProgressBar(PrintWriter err, boolean enabled) {
            this.err = err;
            this.enabled = enabled;
        }

        static ProgressBar forTerminal(PrintWriter err) {
            return new ProgressBar(err, System.console() != null);
        }

        @Override
        public void hashed(long done, long total) {
            int percent = total == 0 ? 100 : (int) (100 * done / total);
            if (!enabled || percent == lastPercent) {
                return;
            }
            lastPercent = percent;
            int width = 40;
            int filled = percent * width / 100;
            err.print("\rhashing [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + percent + "%");
            err.flush();
        }

        void finish() {
            if (enabled && lastPercent >= 0) {
                err.println();
            }
        }
    }
}
