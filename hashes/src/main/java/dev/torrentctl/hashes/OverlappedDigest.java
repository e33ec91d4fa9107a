package dev.torrentctl.hashes;

import dev.torrentctl.hashes.internal.Digests;
import java.security.MessageDigest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hashes a byte range on another core while the range is still being scanned: the scanner
 * {@linkplain #advance advances} a limit as it validates, a task in the common pool hashes up to
 * it, and {@link #finish} fixes the end. If the pool has not started the task by then, the caller
 * takes the work over and hashes serially, so a busy pool never delays the result. Used only for
 * large inputs on machines with more than one core.
 */
final class OverlappedDigest implements Runnable {
    /** Inputs smaller than this are hashed serially: the hand-over costs more than it saves. */
    static final int MIN_INPUT_BYTES = 1 << 20;
    /** How far the scanner moves between two publications of its progress. */
    static final int STEP = 128 << 10;

    private static final int NEW = 0;
    private static final int HELPER = 1;
    private static final int CALLER = 2;

    private final byte[] in;
    private final int start;
    private final boolean sha256;
    private final AtomicInteger owner = new AtomicInteger(NEW);
    private final CompletableFuture<byte[][]> result = new CompletableFuture<>();
    private volatile int limit;
    private volatile boolean finished;
    private volatile boolean abandoned;

    private OverlappedDigest(byte[] in, int start, boolean sha256) {
        this.in = in;
        this.start = start;
        this.limit = start;
        this.sha256 = sha256;
    }

    /** @return whether overlapping pays for an input of this size on this machine */
    static boolean worthwhile(int inputBytes) {
        return inputBytes >= MIN_INPUT_BYTES && Runtime.getRuntime().availableProcessors() > 1
                && ForkJoinPool.getCommonPoolParallelism() >= 1;
    }

    /** Starts hashing {@code in} from {@code start}: SHA-1, and SHA-256 too if asked. */
    static OverlappedDigest start(byte[] in, int start, boolean sha256) {
        OverlappedDigest d = new OverlappedDigest(in, start, sha256);
        ForkJoinPool.commonPool().execute(d);
        return d;
    }

    /** The bytes before {@code position} are part of the range. */
    void advance(int position) {
        limit = position;
    }

    /** The range ends at {@code end}. */
    void finish(int end) {
        limit = end;
        finished = true;
    }

    /** The scan failed: stop hashing. */
    void abandon() {
        abandoned = true;
        owner.compareAndSet(NEW, CALLER);
    }

    @Override
    public void run() {
        if (!owner.compareAndSet(NEW, HELPER)) {
            return;
        }
        try {
            MessageDigest sha1 = Digests.sha1();
            MessageDigest sha2 = sha256 ? Digests.sha256() : null;
            int hashed = start;
            while (!abandoned) {
                boolean last = finished; // read before limit: a finished range's limit is final
                int l = limit;
                if (l > hashed) {
                    sha1.update(in, hashed, l - hashed);
                    if (sha2 != null) {
                        sha2.update(in, hashed, l - hashed);
                    }
                    hashed = l;
                } else if (last) {
                    result.complete(new byte[][] {sha1.digest(), sha2 == null ? null : sha2.digest()});
                    return;
                } else {
                    Thread.onSpinWait();
                }
            }
            result.cancel(false);
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }

    /**
     * @return the SHA-1 and (if asked for, else null) SHA-256 of the finished range
     */
    byte[][] digests() {
        if (owner.compareAndSet(NEW, CALLER)) {
            int end = limit;
            MessageDigest sha1 = Digests.sha1();
            sha1.update(in, start, end - start);
            byte[] two = null;
            if (sha256) {
                MessageDigest sha2 = Digests.sha256();
                sha2.update(in, start, end - start);
                two = sha2.digest();
            }
            return new byte[][] {sha1.digest(), two};
        }
        return result.join();
    }
}
