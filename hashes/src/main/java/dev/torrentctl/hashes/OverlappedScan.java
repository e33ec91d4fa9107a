package dev.torrentctl.hashes;

import dev.torrentctl.hashes.bencode.BencodeDecoder;
import dev.torrentctl.hashes.internal.Digests;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The infohash of a large input in about the time of the hash alone: a pool thread validates the
 * whole input ({@link InfoHashScanner#run()}) while the calling thread hashes the {@code info}
 * dictionary.
 *
 * <p>The caller cannot wait for the scan to say where the dictionary is, so it guesses: it starts
 * at the first {@code 4:infod} and hashes towards the end of the input (the usual layout, where
 * {@code info} is the last key), stopping early as soon as the scan publishes where the dictionary
 * really ends. The result is used only if the scan, which alone decides, found the dictionary
 * exactly where it was hashed; otherwise the span the scan found is hashed again. A scan that
 * fails fails the call, with the scanner's exception. If the pool has not started the scan by the
 * time the hash is done, the caller runs it, so a busy pool makes the call serial, never slower.
 */
final class OverlappedScan implements Runnable {
    /** Smaller inputs are scanned and hashed serially: handing over costs more than it saves. */
    static final int MIN_INPUT_BYTES = 64 << 10;
    /** How much is hashed between two looks at whether the scan has found the end. */
    private static final int CHUNK = 16 << 10;
    /** How far into the input the {@code info} key is looked for. */
    private static final int SEARCH_LIMIT = 64 << 10;
    /** How long the caller spins for a scan still running before it parks. */
    private static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(200);

    private static final int NEW = 0;
    private static final int HELPER = 1;
    private static final int CALLER = 2;

    /** Dropped by a caller that takes the scan over, so a task still queued does not keep the input. */
    private InfoHashScanner scanner;
    private final AtomicInteger owner = new AtomicInteger(NEW);
    private final CompletableFuture<Void> scanned = new CompletableFuture<>();

    private OverlappedScan(InfoHashScanner scanner) {
        this.scanner = scanner;
    }

    /** @return whether overlapping pays for an input of this size on this machine */
    static boolean worthwhile(int inputBytes) {
        return inputBytes >= MIN_INPUT_BYTES && Runtime.getRuntime().availableProcessors() > 1
                && ForkJoinPool.getCommonPoolParallelism() > 0;
    }

    static InfoHashes hashes(byte[] in, BencodeDecoder.Limits limits) {
        InfoHashScanner scanner = new InfoHashScanner(in, limits);
        int start = guessInfoStart(in);
        if (start < 0) {
            scanner.run();
            return scanner.hashes(Optional.empty(), Optional.empty());
        }
        OverlappedScan scan = new OverlappedScan(scanner);
        ForkJoinPool.commonPool().execute(scan);
        boolean v2 = InfoHashScanner.startsWithFileTree(in, start);
        MessageDigest md = v2 ? Digests.sha256() : Digests.sha1();
        int end = in.length - 1; // the guess: info is the root's last value
        int hashed = start;
        boolean overshot = false;
        while (hashed < end) {
            int found = scanner.publishedInfoEnd();
            if (found >= 0) {
                overshot = found < hashed;
                end = found;
                if (hashed >= end) {
                    break;
                }
            }
            int next = Math.min(end, hashed + CHUNK);
            md.update(in, hashed, next - hashed);
            hashed = next;
        }
        scan.awaitScan(scanner);
        if (overshot || scanner.infoStart() != start || scanner.infoEnd() != hashed) {
            return scanner.hashes(Optional.empty(), Optional.empty()); // guessed wrong: hash what the scan found
        }
        byte[] digest = md.digest();
        return v2 ? scanner.hashes(Optional.empty(), Optional.of(digest))
                : scanner.hashes(Optional.of(digest), Optional.empty());
    }

    /** @return where the value of the first {@code 4:info} key begins, or -1 if there is none near the start */
    private static int guessInfoStart(byte[] in) {
        int last = Math.min(in.length, SEARCH_LIMIT) - 7;
        for (int i = 1; i <= last; i++) {
            if (in[i] == '4' && in[i + 1] == ':' && in[i + 2] == 'i' && in[i + 3] == 'n' && in[i + 4] == 'f'
                    && in[i + 5] == 'o' && in[i + 6] == 'd') {
                return i + 6;
            }
        }
        return -1;
    }

    @Override
    public void run() {
        if (!owner.compareAndSet(NEW, HELPER)) {
            return;
        }
        try {
            scanner.run();
            scanned.complete(null);
        } catch (RuntimeException | Error e) {
            scanned.completeExceptionally(e);
        }
    }

    /** Waits for the scan, or runs it here if the pool has not started it; throws what it threw. */
    private void awaitScan(InfoHashScanner mine) {
        if (owner.compareAndSet(NEW, CALLER)) {
            scanner = null; // the task loses the race and never reads it
            mine.run();
            return;
        }
        long deadline = System.nanoTime() + SPIN_NANOS;
        while (!scanned.isDone() && System.nanoTime() - deadline < 0) {
            Thread.onSpinWait();
        }
        try {
            scanned.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }
}
