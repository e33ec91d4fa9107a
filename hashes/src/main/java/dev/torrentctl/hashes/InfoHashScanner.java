package dev.torrentctl.hashes;

import dev.torrentctl.hashes.bencode.BencodeDecoder;
import dev.torrentctl.hashes.bencode.BencodeException;
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
    private int pos;
    private int tokens;
    // scan results
    private int infoStart = -1;
    private int infoEnd = -1;
    private boolean hasPieces;
    private boolean hasFileTree;
    private long metaVersion = 1;

    private InfoHashScanner(byte[] in, BencodeDecoder.Limits limits) {
        this.in = in;
        this.limits = limits;
    }

    static InfoHashes scan(byte[] torrent, BencodeDecoder.Limits limits) {
        if (torrent.length > limits.maxInputBytes()) {
            throw new BencodeException(limits.maxInputBytes(), "input of " + torrent.length
                    + " bytes exceeds the limit of " + limits.maxInputBytes() + " bytes");
        }
        InfoHashScanner s = new InfoHashScanner(torrent, limits);
        s.run();
        return s.hashes();
    }

    private void run() {
        int cap = Math.min(limits.maxDepth(), in.length) + 2;
        boolean[] isDict = new boolean[cap];
        boolean[] keyNext = new boolean[cap];
        int[] prevKeyStart = new int[cap];
        int[] prevKeyLength = new int[cap];
        int depth = 0;
        int lastKeyStart = 0; // the key whose value comes next, at the current depth
        int lastKeyLength = -1;
        do {
            if (depth > 0) {
                if (pos >= in.length) {
                    throw new BencodeException(pos, "unexpected end of input in a " + (isDict[depth] ? "dictionary" : "list"));
                }
                if (in[pos] == 'e') {
                    if (isDict[depth] && !keyNext[depth]) {
                        throw new BencodeException(pos, "a dictionary key has no value");
                    }
                    pos++;
                    if (depth == 2 && infoStart >= 0 && infoEnd < 0) {
                        infoEnd = pos;
                    }
                    depth--;
                    if (depth > 0 && isDict[depth]) {
                        keyNext[depth] = true;
                    }
                    continue;
                }
                if (isDict[depth] && keyNext[depth]) {
                    int keyOffset = pos;
                    if (in[pos] < '0' || in[pos] > '9') {
                        throw new BencodeException(pos, "expected a string key or 'e' in a dictionary, found "
                                + describe(in[pos]));
                    }
                    countToken();
                    int length = stringLength();
                    int keyStart = pos;
                    pos += length;
                    if (prevKeyLength[depth] >= 0) {
                        int c = compare(prevKeyStart[depth], prevKeyLength[depth], keyStart, length);
                        if (c == 0) {
                            throw new BencodeException(keyOffset, "duplicate dictionary key");
                        }
                        if (c > 0) {
                            throw new BencodeException(keyOffset, "dictionary key is not sorted");
                        }
                    }
                    prevKeyStart[depth] = keyStart;
                    prevKeyLength[depth] = length;
                    lastKeyStart = keyStart;
                    lastKeyLength = length;
                    keyNext[depth] = false;
                    continue;
                }
            }
            // a value
            countToken();
            if (pos >= in.length) {
                throw new BencodeException(pos, "unexpected end of input, expected a value");
            }
            boolean inRoot = depth == 1;
            boolean inInfo = depth == 2 && infoStart >= 0 && infoEnd < 0;
            byte b = in[pos];
            if (b == 'd' || b == 'l') {
                if (depth >= limits.maxDepth()) {
                    throw new BencodeException(pos, "nesting deeper than " + limits.maxDepth() + " (depth limit)");
                }
                if (inRoot && b == 'd' && is(lastKeyStart, lastKeyLength, INFO)) {
                    infoStart = pos;
                } else if (inInfo && is(lastKeyStart, lastKeyLength, FILE_TREE)) {
                    hasFileTree = true;
                }
                pos++;
                depth++;
                isDict[depth] = b == 'd';
                keyNext[depth] = true;
                prevKeyLength[depth] = -1;
                continue;
            }
            if (b == 'i') {
                long value = integer();
                if (inInfo && is(lastKeyStart, lastKeyLength, META_VERSION)) {
                    metaVersion = value;
                }
            } else if (b >= '0' && b <= '9') {
                int length = stringLength();
                pos += length;
                if (inInfo && is(lastKeyStart, lastKeyLength, PIECES)) {
                    hasPieces = true;
                }
            } else {
                throw new BencodeException(pos, "expected a value (i, l, d or a digit), found " + describe(b));
            }
            if (depth > 0 && isDict[depth]) {
                keyNext[depth] = true;
            }
        } while (depth > 0);
        if (pos != in.length) {
            throw new BencodeException(pos, (in.length - pos) + " trailing bytes after the root value");
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

    private void countToken() {
        if (++tokens > limits.maxTokens()) {
            throw new BencodeException(pos, "more than " + limits.maxTokens() + " values (token limit)");
        }
    }

    /** Reads {@code N:} at pos, leaving pos at the first content byte; checks N against what remains. */
    private int stringLength() {
        int start = pos;
        long length = 0;
        while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
            length = length * 10 + (in[pos] - '0');
            if (length > in.length) {
                throw new BencodeException(start, "string length prefix exceeds the " + in.length + "-byte input");
            }
            pos++;
        }
        if (pos >= in.length) {
            throw new BencodeException(pos, "unexpected end of input in a string length");
        }
        if (in[pos] != ':') {
            throw new BencodeException(pos, "expected ':' after a string length, found " + describe(in[pos]));
        }
        if (in[start] == '0' && pos - start > 1) {
            throw new BencodeException(start, "string length with a leading zero");
        }
        pos++;
        if (length > in.length - pos) {
            throw new BencodeException(start, "string of " + length + " bytes is truncated: only " + (in.length - pos)
                    + " bytes remain");
        }
        return (int) length;
    }

    private long integer() {
        pos++;
        boolean negative = pos < in.length && in[pos] == '-';
        if (negative) {
            pos++;
        }
        int digitsStart = pos;
        long value = 0;
        while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
            int digit = in[pos] - '0';
            if (value < (Long.MIN_VALUE + digit) / 10) {
                throw new BencodeException(digitsStart, "integer does not fit in 64 bits");
            }
            value = value * 10 - digit;
            pos++;
        }
        int digits = pos - digitsStart;
        if (pos >= in.length) {
            throw new BencodeException(pos, "unexpected end of input inside an integer");
        }
        if (in[pos] != 'e') {
            throw new BencodeException(pos, "expected a digit or 'e' in an integer, found " + describe(in[pos]));
        }
        if (digits == 0) {
            throw new BencodeException(digitsStart, "empty integer");
        }
        if (in[digitsStart] == '0' && (digits > 1 || negative)) {
            throw new BencodeException(digitsStart, negative && digits == 1 ? "negative zero (i-0e)"
                    : "integer with a leading zero");
        }
        if (!negative && value == Long.MIN_VALUE) {
            throw new BencodeException(digitsStart, "integer does not fit in 64 bits");
        }
        pos++;
        return negative ? value : -value;
    }

    private int compare(int aStart, int aLength, int bStart, int bLength) {
        return java.util.Arrays.compareUnsigned(in, aStart, aStart + aLength, in, bStart, bStart + bLength);
    }

    private boolean is(int start, int length, byte[] word) {
        return length == word.length && java.util.Arrays.equals(in, start, start + length, word, 0, word.length);
    }

    private static String describe(byte b) {
        return b >= 0x20 && b < 0x7f ? "'" + (char) b + "'" : String.format("byte 0x%02x", b & 0xff);
    }
}
