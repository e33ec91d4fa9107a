package dev.torrentctl.hashes;

import dev.torrentctl.hashes.bencode.BencodeDecoder;
import dev.torrentctl.hashes.bencode.BencodeException;
import dev.torrentctl.hashes.internal.BencodeLexer;
import dev.torrentctl.hashes.internal.Digests;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The fast path to a .torrent's infohashes: one pass over the bytes that validates strict bencode
 * (the same rules and limits as {@link BencodeDecoder#strict()}) without building values, finds the
 * raw {@code info} span and whether it is v1 ({@code pieces}) and/or v2 ({@code meta version} 2
 * with a {@code file tree}), then hashes the span. Allocation does not grow with the input. It does
 * not validate the metainfo fields; {@link Metainfo#parse} does.
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
    /** Hashes the info span on another core while it is scanned (large inputs only); else null. */
    private OverlappedDigest overlap;
    private final boolean mayOverlap;

    private InfoHashScanner(byte[] in, BencodeDecoder.Limits limits) {
        this.in = in;
        this.limits = limits;
        this.mayOverlap = OverlappedDigest.worthwhile(in.length);
    }

    static InfoHashes scan(byte[] torrent, BencodeDecoder.Limits limits) {
        if (torrent.length > limits.maxInputBytes()) {
            throw new BencodeException(limits.maxInputBytes(), "input of " + torrent.length
                    + " bytes exceeds the limit of " + limits.maxInputBytes() + " bytes");
        }
        InfoHashScanner s = new InfoHashScanner(torrent, limits);
        try {
            s.run();
        } catch (RuntimeException e) {
            if (s.overlap != null) {
                s.overlap.abandon();
            }
            throw e;
        }
        return s.hashes();
    }

    /**
     * One pass, no recursion, no values built. The current container's state lives in locals; the
     * enclosing ones are pushed on small arrays only when nesting deepens.
     */
    private void run() {
        final byte[] in = this.in;
        final int n = in.length;
        final int maxDepth = limits.maxDepth();
        final int maxTokens = limits.maxTokens();
        final int cap = Math.min(maxDepth, n) + 2;
        final boolean[] stackIsDict = new boolean[cap];
        final int[] stackPrevStart = new int[cap];
        final int[] stackPrevLength = new int[cap];
        int p = 0;
        int tokens = 0;
        int depth = 0;
        boolean isDict = false;
        boolean expectKey = false;
        int prevStart = 0; // the previous key of the current dictionary, for the order check
        int prevLength = -1;
        int keyStart = 0; // the key of the value that comes next
        int keyLength = -1;
        int nextPublish = Integer.MAX_VALUE; // where to tell the overlapped digest of progress next
        while (true) {
            if (p >= nextPublish) {
                overlap.advance(p);
                nextPublish = p + OverlappedDigest.STEP;
            }
            if (depth > 0) {
                if (p >= n) {
                    throw new BencodeException(p, "unexpected end of input in a " + (isDict ? "dictionary" : "list"));
                }
                byte c = in[p];
                if (c == 'e') {
                    if (isDict && !expectKey) {
                        throw new BencodeException(p, "a dictionary key has no value");
                    }
                    p++;
                    if (depth == 2 && infoStart >= 0 && infoEnd < 0) {
                        infoEnd = p;
                        if (overlap != null) {
                            overlap.finish(p);
                            nextPublish = Integer.MAX_VALUE;
                        }
                    }
                    if (--depth == 0) {
                        break;
                    }
                    isDict = stackIsDict[depth];
                    prevStart = stackPrevStart[depth];
                    prevLength = stackPrevLength[depth];
                    expectKey = isDict;
                    continue;
                }
                if (expectKey) {
                    if (c < '0' || c > '9') {
                        throw new BencodeException(p, "expected a string key or 'e' in a dictionary, found " + BencodeLexer.describe(c));
                    }
                    if (++tokens > maxTokens) {
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
                    if (mayOverlap && overlap == null && depth == 2 && infoStart >= 0 && infoEnd < 0) {
                        // the info dictionary's first key: a v2 torrent's is "file tree"
                        overlap = OverlappedDigest.start(in, infoStart, is(p, length, FILE_TREE));
                        nextPublish = p + OverlappedDigest.STEP;
                    }
                    prevStart = p;
                    prevLength = length;
                    keyStart = p;
                    keyLength = length;
                    p += length;
                    expectKey = false;
                    continue;
                }
            }
            if (++tokens > maxTokens) {
                throw new BencodeException(p, "more than " + maxTokens + " values (token limit)");
            }
            if (p >= n) {
                throw new BencodeException(p, "unexpected end of input, expected a value");
            }
            byte b = in[p];
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
                expectKey = isDict;
                prevLength = -1;
                continue;
            } else if (b == 'i') {
                long value = BencodeLexer.integer(in, p, true);
                p = BencodeLexer.integerEnd(in, p);
                if (depth == 2 && infoStart >= 0 && infoEnd < 0 && is(keyStart, keyLength, META_VERSION)) {
                    metaVersion = value;
                }
            } else {
                throw new BencodeException(p, "expected a value (i, l, d or a digit), found " + BencodeLexer.describe(b));
            }
            if (depth == 0) {
                break;
            }
            expectKey = isDict;
        }
        if (p != n) {
            throw new BencodeException(p, (n - p) + " trailing bytes after the root value");
        }
        if (in[0] != 'd') { // valid bencode, but not a dictionary
            throw new TorrentFormatException("a .torrent is a bencoded dictionary");
        }
    }

    private InfoHashes hashes() {
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
        Optional<InfoHashV1> h1 = Optional.empty();
        Optional<InfoHashV2> h2 = Optional.empty();
        if (overlap != null) {
            byte[][] digests = overlap.digests();
            if (hasPieces) {
                h1 = Optional.of(InfoHashV1.of(digests[0]));
            }
            if (v2 && digests[1] != null) {
                return new InfoHashes(h1, Optional.of(InfoHashV2.of(digests[1])));
            }
            hasPieces = false; // v1 done; fall through for a v2 hash the overlap did not compute
        }
        if (hasPieces) {
            MessageDigest md = Digests.sha1();
            md.update(in, infoStart, infoEnd - infoStart);
            h1 = Optional.of(InfoHashV1.of(md.digest()));
        }
        if (v2) {
            MessageDigest md = Digests.sha256();
            md.update(in, infoStart, infoEnd - infoStart);
            h2 = Optional.of(InfoHashV2.of(md.digest()));
        }
        return new InfoHashes(h1, h2);
    }

    private int compare(int aStart, int aLength, int bStart, int bLength) {
        if (aLength > 0 && bLength > 0 && in[aStart] != in[bStart]) {
            return (in[aStart] & 0xff) - (in[bStart] & 0xff); // the usual case: keys differ at once
        }
        return java.util.Arrays.compareUnsigned(in, aStart, aStart + aLength, in, bStart, bStart + bLength);
    }

    private boolean is(int start, int length, byte[] word) {
        return length == word.length && java.util.Arrays.equals(in, start, start + length, word, 0, word.length);
    }
}
