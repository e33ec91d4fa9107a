package dev.torrentctl.hashes.create;

import dev.torrentctl.hashes.TorrentVersion;
import dev.torrentctl.hashes.internal.Digests;
import dev.torrentctl.hashes.internal.MerkleTree;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Plans the pieces of a torrent and hashes them on several threads. Each piece is read on its own
 * (positional reads), so memory holds only the pieces in flight (two per thread), whatever the
 * content's size. Results come back in piece order.
 */
final class PieceHasher {
    private PieceHasher() {}

    /** Bytes of one content file that belong to a piece. */
    record Segment(ContentFile file, long position, int length) {}

    /**
     * One piece to hash.
     *
     * @param segments the content bytes, in order
     * @param zeroTail zero bytes after the content (a hybrid's pad file), part of the v1 hash only
     * @param v1 whether to compute the SHA-1 piece hash
     * @param v2Width the leaf width of the v2 subtree over the content, 0 for no v2 hash
     */
    record Piece(List<Segment> segments, int zeroTail, boolean v1, int v2Width) {
        int contentLength() {
            int n = 0;
            for (Segment s : segments) {
                n += s.length();
            }
            return n;
        }
    }

    /** A piece's hashes: SHA-1 (v1) and the v2 subtree root, each null when not asked for. */
    record Hashed(byte[] sha1, byte[] v2) {}

    /** The pieces of {@code files} (sorted, as they appear in the torrent) in torrent order. */
    static List<Piece> plan(List<ContentFile> files, TorrentVersion version, int pieceLength) {
        List<Piece> pieces = new ArrayList<>();
        if (version == TorrentVersion.V1) {
            List<Segment> current = new ArrayList<>();
            int filled = 0;
            for (ContentFile f : files) {
                long position = 0;
                while (position < f.length) {
                    int take = (int) Math.min(pieceLength - filled, f.length - position);
                    current.add(new Segment(f, position, take));
                    position += take;
                    filled += take;
                    if (filled == pieceLength) {
                        pieces.add(new Piece(current, 0, true, 0));
                        current = new ArrayList<>();
                        filled = 0;
                    }
                }
            }
            if (filled > 0) {
                pieces.add(new Piece(current, 0, true, 0));
            }
            return pieces;
        }
        boolean hybrid = version == TorrentVersion.HYBRID;
        for (int i = 0; i < files.size(); i++) {
            ContentFile f = files.get(i);
            if (f.length == 0) {
                continue;
            }
            long count = (f.length + pieceLength - 1) / pieceLength;
            int width = f.length > pieceLength ? pieceLength / MerkleTree.BLOCK_SIZE
                    : MerkleTree.width((f.length + MerkleTree.BLOCK_SIZE - 1) / MerkleTree.BLOCK_SIZE);
            boolean padAfter = hybrid && i != files.size() - 1 && f.length % pieceLength != 0;
            for (long k = 0; k < count; k++) {
                int length = (int) Math.min(pieceLength, f.length - k * pieceLength);
                int zeroTail = k == count - 1 && padAfter ? pieceLength - length : 0;
                pieces.add(new Piece(List.of(new Segment(f, k * pieceLength, length)), zeroTail, hybrid, width));
            }
        }
        return pieces;
    }

    static Hashed hash(Piece piece) {
        int content = piece.contentLength();
        byte[] buffer = new byte[content + piece.zeroTail()];
        int at = 0;
        for (Segment s : piece.segments()) {
            s.file().read(s.position(), buffer, at, s.length());
            at += s.length();
        }
        byte[] sha1 = null;
        if (piece.v1()) {
            MessageDigest md = Digests.sha1();
            md.update(buffer);
            sha1 = md.digest();
        }
        byte[] v2 = piece.v2Width() > 0 ? MerkleTree.subtreeRoot(buffer, 0, content, piece.v2Width()) : null;
        return new Hashed(sha1, v2);
    }

    /** Hashes every piece on {@code threads} threads; results in piece order. */
    static List<Hashed> hashAll(List<Piece> pieces, int threads, CreationProgress progress, long totalBytes) {
        List<Hashed> results = new ArrayList<>(pieces.size());
        long done = 0;
        if (threads <= 1) {
            for (Piece p : pieces) {
                results.add(hash(p));
                done += p.contentLength();
                progress.hashed(done, totalBytes);
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "torrentctl-hasher");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Hashed>> window = new ArrayDeque<>();
            int next = 0;
            while (next < pieces.size() || !window.isEmpty()) {
                while (next < pieces.size() && window.size() < threads * 2) {
                    Piece p = pieces.get(next++);
                    window.add(pool.submit(() -> hash(p)));
                }
                results.add(await(window.poll()));
                done += pieces.get(results.size() - 1).contentLength();
                progress.hashed(done, totalBytes);
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Hashed await(Future<Hashed> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while hashing"));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("hashing failed", e.getCause());
        }
    }
}
