package dev.torrentctl.hashes.internal;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** BEP 52 per-file SHA-256 merkle trees over 16 KiB blocks. Not API. */
public final class MerkleTree {
    /** The leaf size of BEP 52 trees. */
    public static final int BLOCK_SIZE = 16 * 1024;
    private static final byte[] ZERO = new byte[32];

    private MerkleTree() {}

    private static List<byte[]> leaves(byte[] content, int from, int to) {
        List<byte[]> leaves = new ArrayList<>();
        MessageDigest sha256 = Digests.sha256();
        for (int offset = from; offset < to; offset += BLOCK_SIZE) {
            sha256.update(content, offset, Math.min(BLOCK_SIZE, to - offset));
            leaves.add(sha256.digest());
        }
        return leaves;
    }

    /**
     * The pieces root that a file's piece layer implies (to check a .torrent's {@code piece layers}).
     *
     * @param layer the piece layer: 32 bytes per piece
     * @param fileLength the file's length, larger than one piece
     * @param pieceLength the piece length, a power of two of at least 16 KiB
     * @return the root of the file's merkle tree
     */
    public static byte[] rootFromLayer(byte[] layer, long fileLength, long pieceLength) {
        long blocks = (fileLength + BLOCK_SIZE - 1) / BLOCK_SIZE;
        long leafWidth = Long.highestOneBit(blocks) == blocks ? blocks : Long.highestOneBit(blocks) * 2;
        long blocksPerPiece = pieceLength / BLOCK_SIZE;
        List<byte[]> pieces = new ArrayList<>();
        for (int i = 0; i < layer.length; i += 32) {
            pieces.add(Arrays.copyOfRange(layer, i, i + 32));
        }
        byte[] pad = ZERO;
        MessageDigest sha256 = Digests.sha256();
        for (long w = blocksPerPiece; w > 1; w /= 2) {
            sha256.update(pad);
            sha256.update(pad);
            pad = sha256.digest();
        }
        return reduce(pieces, (int) Math.max(1, leafWidth / blocksPerPiece), pad);
    }

    /**
     * Hashes {@code data[offset, offset+length)} in 16 KiB blocks and reduces them to the root of a
     * tree {@code width} leaves wide (missing leaves are zero hashes).
     *
     * @param data the bytes
     * @param offset where the blocks start
     * @param length how many bytes, at most {@code width} blocks
     * @param width the tree's leaf count, a power of two
     * @return the subtree root
     */
    public static byte[] subtreeRoot(byte[] data, int offset, int length, int width) {
        return reduce(leaves(data, offset, offset + length), width);
    }

    /**
     * @param blocks a number of blocks, at least 1
     * @return the leaf count of a tree over that many blocks: the next power of two
     */
    public static int width(long blocks) {
        long w = Long.highestOneBit(Math.max(1, blocks));
        return (int) (w == blocks || blocks <= 1 ? Math.max(1, w) : w * 2);
    }

    /** Root of a tree of {@code width} leaves (a power of two): {@code leaves} then zero hashes. */
    private static byte[] reduce(List<byte[]> leaves, int width) {
        return reduce(leaves, width, ZERO);
    }

    /** As {@link #reduce(List, int)}, where a missing leaf is {@code leafPad}. */
    private static byte[] reduce(List<byte[]> leaves, int width, byte[] leafPad) {
        List<byte[]> level = new ArrayList<>(leaves);
        byte[] pad = leafPad;
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
