package dev.torrentctl.hashes;

import dev.torrentctl.hashes.bencode.BencodeDecoder;
import dev.torrentctl.hashes.bencode.BencodeException;
import dev.torrentctl.hashes.internal.BencodeLexer;
import dev.torrentctl.hashes.internal.Digests;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

/**
 * The fast path to a .torrent's infohashes: one pass over the bytes that validates strict bencode
 * (the same rules and limits as {@link BencodeDecoder#strict()}) without building values, finds the
 * raw {@code info} span and whether it is v1 ({@code pieces}) and/or v2 ({@code meta version} 2
 * with a {@code file tree}), then hashes the span. Allocation does not grow with the input. It does
 * not validate the metainfo fields; {@link Metainfo#parse} does.
 *
 * <p>Large inputs are scanned on another core while the calling thread hashes ({@link OverlappedScan}).
 */
final class InfoHashScanner {
    private static final byte[] INFO = {'i', 'n', 'f', 'o'};
    private static final byte[] PIECES = {'p', 'i', 'e', 'c', 'e', 's'};
    private static final byte[] META_VERSION = {'m', 'e', 't', 'a', ' ', 'v', 'e', 'r', 's', 'i', 'o', 'n'};
    private static final byte[] FILE_TREE = {'f', 'i', 'l', 'e', ' ', 't', 'r', 'e', 'e'};

    private final byte[] in;
    private final BencodeDecoder.Limits limits;
    // scan results
    private int infoStart = -1;
    private int infoEnd = -1;
    private boolean hasPieces;
    private boolean hasFileTree;
    private long metaVersion = 1;
    /** {@link #infoEnd} as soon as it is known, for a thread hashing the span meanwhile; else -1. */
    private volatile int publishedInfoEnd = -1;

    InfoHashScanner(byte[] in, BencodeDecoder.Limits limits) {
        this.in = in;
        this.limits = limits;
    }

    static InfoHashes scan(byte[] torrent, BencodeDecoder.Limits limits) {
        if (torrent.length > limits.maxInputBytes()) {
            throw new BencodeException(limits.maxInputBytes(), "input of " + torrent.length
                    + " bytes exceeds the limit of " + limits.maxInputBytes() + " bytes");
        }
        if (OverlappedScan.worthwhile(torrent.length)) {
            return OverlappedScan.hashes(torrent, limits);
        }
        InfoHashScanner s = new InfoHashScanner(torrent, limits);
        s.run();
        return s.hashes(Optional.empty(), Optional.empty());
    }

    /** @return where the info dictionary ends, once the scan has passed it; else -1 */
    int publishedInfoEnd() {
        return publishedInfoEnd;
    }

    int infoStart() {
        return infoStart;
    }

    int infoEnd() {
        return infoEnd;
    }

    /**
     * One pass, no recursion, no values built. The current container's state lives in locals; the
     * enclosing ones are pushed on small arrays only when nesting deepens. A dictionary's key and
     * its value are read in the same turn of the loop.
     */
    void run() {
        final byte[] in = this.in;
        final int n = in.length;
        final int maxDepth = limits.maxDepth();
        final int maxTokens = limits.maxTokens();
        // each value takes at least two bytes (an open container one so far), so a short input
        // cannot reach the limit and need not count
        final boolean countTokens = (long) n / 2 + maxDepth >= maxTokens;
        final int cap = Math.min(maxDepth, n) + 2;
        final boolean[] stackIsDict = new boolean[cap];
        final int[] stackPrevStart = new int[cap];
        final int[] stackPrevLength = new int[cap];
        int p = 0;
        int tokens = 0;
        int depth = 0;
        boolean isDict = false;
        int prevStart = 0; // the previous key of the current dictionary, for the order check
        int prevLength = -1;
        int keyStart = 0; // the key of the value at hand
        int keyLength = -1;
        while (true) {
            if (p >= n) {
                throw new BencodeException(p, depth == 0 ? "unexpected end of input, expected a value"
                        : "unexpected end of input in a " + (isDict ? "dictionary" : "list"));
            }
            byte b = in[p];
            if (b == 'e' && depth > 0) {
                p++;
                if (depth == 2 && infoStart >= 0 && infoEnd < 0) {
                    infoEnd = p;
                    publishedInfoEnd = p;
                }
                if (--depth == 0) {
                    break;
                }
                isDict = stackIsDict[depth];
                prevStart = stackPrevStart[depth];
                prevLength = stackPrevLength[depth];
                continue;
            }
            if (isDict) {
                if (b < '0' || b > '9') {
                    throw new BencodeException(p, "expected a string key or 'e' in a dictionary, found "
                            + BencodeLexer.describe(b));
                }
                if (countTokens && ++tokens > maxTokens) {
                    throw new BencodeException(p, "more than " + maxTokens + " values (token limit)");
                }
                int keyOffset = p;
                long sl = BencodeLexer.stringHeader(in, p, true);
                int length = (int) (sl >>> 32);
                p = (int) sl;
                if (prevLength >= 0) {
                    int order = compare(prevStart, prevLength, p, length);
                    if (order >= 0) {
                        throw new BencodeException(keyOffset, order == 0 ? "duplicate dictionary key"
                                : "dictionary key is not sorted");
                    }
                }
                prevStart = p;
                prevLength = length;
                keyStart = p;
                keyLength = length;
                p += length;
                if (p >= n) {
                    throw new BencodeException(p, "unexpected end of input in a dictionary");
                }
                b = in[p];
                if (b == 'e') {
                    throw new BencodeException(p, "a dictionary key has no value");
                }
            }
            if (countTokens && ++tokens > maxTokens) {
                throw new BencodeException(p, "more than " + maxTokens + " values (token limit)");
            }
            if (b >= '0' && b <= '9') {
                long sl = BencodeLexer.stringHeader(in, p, true);
                p = (int) sl + (int) (sl >>> 32);
                if (depth == 2 && infoStart >= 0 && infoEnd < 0 && is(keyStart, keyLength, PIECES)) {
                    hasPieces = true;
                }
            } else if (b == 'd' || b == 'l') {
                if (depth >= maxDepth) {
                    throw new BencodeException(p, "nesting deeper than " + maxDepth + " (depth limit)");
                }
                if (depth == 1 && b == 'd' && is(keyStart, keyLength, INFO)) {
                    infoStart = p;
                } else if (depth == 2 && infoStart >= 0 && infoEnd < 0 && is(keyStart, keyLength, FILE_TREE)) {
                    hasFileTree = true;
                }
                if (depth > 0) {
                    stackIsDict[depth] = isDict;
                    stackPrevStart[depth] = prevStart;
                    stackPrevLength[depth] = prevLength;
                }
                depth++;
                p++;
                isDict = b == 'd';
                prevLength = -1;
                continue;
            } else if (b == 'i') {
                if (depth == 2 && infoStart >= 0 && infoEnd < 0 && is(keyStart, keyLength, META_VERSION)) {
                    metaVersion = BencodeLexer.integer(in, p, true);
                }
                p = BencodeLexer.skipInteger(in, p, true);
            } else {
                throw new BencodeException(p, "expected a value (i, l, d or a digit), found " + BencodeLexer.describe(b));
            }
            if (depth == 0) {
                break;
            }
        }
        if (p != n) {
            throw new BencodeException(p, (n - p) + " trailing bytes after the root value");
        }
        if (in[0] != 'd') { // valid bencode, but not a dictionary
            throw new TorrentFormatException("a .torrent is a bencoded dictionary");
        }
    }

    /** @return whether the info dictionary's first key is {@code file tree}: a v2 or hybrid torrent */
    static boolean startsWithFileTree(byte[] in, int infoStart) {
        int key = infoStart + 1;
        return key + 11 <= in.length && in[key] == '9' && in[key + 1] == ':'
                && Arrays.equals(in, key + 2, key + 11, FILE_TREE, 0, FILE_TREE.length);
    }

    /**
     * @param sha1 the SHA-1 of the info span, if already computed
     * @param sha256 its SHA-256, if already computed
     * @return the infohashes the scanned torrent has, computing those not given
     */
    InfoHashes hashes(Optional<byte[]> sha1, Optional<byte[]> sha256) {
        if (infoStart < 0) {
            throw new TorrentFormatException("the .torrent has no 'info' dictionary");
        }
        if (metaVersion != 1 && metaVersion != 2) {
            throw new TorrentFormatException("info.meta version " + metaVersion + " is not supported (1 or 2)");
        }
        boolean v2 = metaVersion == 2;
        if (v2 && !hasFileTree) {
            throw new TorrentFormatException("info.meta version is 2 but there is no 'file tree'");
        }
        if (!hasPieces && !v2) {
            throw new TorrentFormatException("the info dictionary has neither 'pieces' (v1) nor 'meta version' 2 with"
                    + " a 'file tree' (v2)");
        }
        Optional<InfoHashV1> h1 = hasPieces
                ? Optional.of(InfoHashV1.of(sha1.orElseGet(() -> digest(Digests.sha1()))))
                : Optional.empty();
        Optional<InfoHashV2> h2 = v2
                ? Optional.of(InfoHashV2.of(sha256.orElseGet(() -> digest(Digests.sha256()))))
                : Optional.empty();
        return new InfoHashes(h1, h2);
    }

    private byte[] digest(MessageDigest md) {
        md.update(in, infoStart, infoEnd - infoStart);
        return md.digest();
    }

    private int compare(int aStart, int aLength, int bStart, int bLength) {
        if (aLength > 0 && bLength > 0 && in[aStart] != in[bStart]) {
            return (in[aStart] & 0xff) - (in[bStart] & 0xff); // the usual case: keys differ at once
        }
        return Arrays.compareUnsigned(in, aStart, aStart + aLength, in, bStart, bStart + bLength);
    }

    private boolean is(int start, int length, byte[] word) {
        return length == word.length && Arrays.equals(in, start, start + length, word, 0, word.length);
    }
}
