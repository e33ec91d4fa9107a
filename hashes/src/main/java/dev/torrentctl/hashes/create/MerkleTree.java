package dev.torrentctl.hashes.create;

import dev.torrentctl.hashes.internal.Digests;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** BEP 52 per-file SHA-256 merkle trees over 16 KiB blocks. */
final class MerkleTree {
    static final int BLOCK_SIZE = 16 * 1024;
    private static final byte[] ZERO = new byte[32];

    private MerkleTree() {}

    /** The file's pieces root; the file must not be empty. */
    static byte[] root(byte[] content) {
        List<byte[]> leaves = leaves(content, 0, content.length);
        return reduce(leaves, Integer.highestOneBit(Math.max(1, leaves.size() * 2 - 1)));
    }

    /** The piece layer: one subtree root per piece, for a file larger than one piece. */
    static byte[] pieceLayer(byte[] content, int pieceLength) {
        int blocksPerPiece = pieceLength / BLOCK_SIZE;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int offset = 0; offset < content.length; offset += pieceLength) {
            List<byte[]> leaves = leaves(content, offset, Math.min(content.length, offset + pieceLength));
            out.writeBytes(reduce(leaves, blocksPerPiece));
        }
        return out.toByteArray();
    }

    private static List<byte[]> leaves(byte[] content, int from, int to) {
        List<byte[]> leaves = new ArrayList<>();
        MessageDigest sha256 = Digests.sha256();
        for (int offset = from; offset < to; offset += BLOCK_SIZE) {
            sha256.update(content, offset, Math.min(BLOCK_SIZE, to - offset));
            leaves.add(sha256.digest());
        }
        return leaves;
    }

    /** Root of a tree of {@code width} leaves (a power of two): {@code leaves} then zero hashes. */
    private static byte[] reduce(List<byte[]> leaves, int width) {
        List<byte[]> level = new ArrayList<>(leaves);
        byte[] pad = ZERO;
        MessageDigest sha256 = Digests.sha256();
        while (width > 1) {
            List<byte[]> next = new ArrayList<>();
            for (int i = 0; i < width; i += 2) {
                byte[] left = i < level.size() ? level.get(i) : pad;
                byte[] right = i + 1 < level.size() ? level.get(i + 1) : pad;
                if (left == pad && right == pad) {
                    break;
                }
                sha256.update(left);
                sha256.update(right);
                next.add(sha256.digest());
            }
            sha256.update(pad);
            sha256.update(pad);
            pad = sha256.digest();
            level = next;
            width /= 2;
        }
        return level.isEmpty() ? Arrays.copyOf(pad, 32) : level.get(0);
    }
}
