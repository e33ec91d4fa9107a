package dev.torrentctl.hashes;

import dev.torrentctl.hashes.bencode.BDictionary;
import dev.torrentctl.hashes.bencode.BList;
import dev.torrentctl.hashes.bencode.BValue;
import dev.torrentctl.hashes.bencode.Bencode;
import dev.torrentctl.hashes.bencode.BencodeDecoder;
import dev.torrentctl.hashes.bencode.BencodeException;
import dev.torrentctl.hashes.internal.BencodeLexer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a .torrent's bencode in place, with the rules and limits of a {@link BencodeDecoder}, so
 * that the parts a torrent can have hundreds of thousands of (the v1 file list) are read without
 * building a value for each. What the metainfo reader does not walk itself it decodes with the
 * decoder ({@link #value()}), under the same depth and token budget.
 *
 * <p>It also notes whether what it read since {@link #resetCanonical()} was canonical bencode
 * (sorted keys, no leading zeros), which BEP 52 requires of a v2 {@code info} dictionary.
 */
final class BencodeCursor {
    private final byte[] in;
    private final BencodeDecoder decoder;
    private final boolean strict;
    private final BencodeDecoder.Limits limits;
    private int pos;
    private int depth;
    private int tokens;
    private boolean canonical = true;
    private int lastLength;

    BencodeCursor(byte[] in, BencodeDecoder decoder) {
        this.in = in;
        this.decoder = decoder;
        this.strict = decoder.isStrict();
        this.limits = decoder.limits();
        if (in.length > limits.maxInputBytes()) {
            throw new BencodeException(limits.maxInputBytes(), "input of " + in.length + " bytes exceeds the limit of "
                    + limits.maxInputBytes() + " bytes");
        }
    }

    int position() {
        return pos;
    }

    byte[] bytes() {
        return in;
    }

    /** @return the next value's first byte: {@code i}, {@code l}, {@code d} or a digit (not checked further) */
    byte peek() {
        if (pos >= in.length) {
            throw new BencodeException(pos, depth == 0 ? "unexpected end of input, expected a value"
                    : "unexpected end of input in a container");
        }
        return in[pos];
    }

    boolean atString() {
        byte b = peek();
        return b >= '0' && b <= '9';
    }

    private void token() {
        if (++tokens > limits.maxTokens()) {
            throw new BencodeException(pos, "more than " + limits.maxTokens() + " values (token limit)");
        }
    }

    /** Reads an integer; the caller has seen {@code i}. */
    long integer() {
        token();
        long v = BencodeLexer.integer(in, pos, strict);
        int end = BencodeLexer.integerEnd(in, pos);
        if (in[pos + 1] == '0' && end - pos > 3) {
            canonical = false; // a leading zero the lenient decoder let through
        }
        pos = end;
        return v;
    }

    /** Reads a string; the caller has seen a digit. @return where its bytes start ({@link #length()} long) */
    int string() {
        token();
        long header = BencodeLexer.stringHeader(in, pos, strict);
        lastLength = (int) (header >>> 32);
        int start = (int) header;
        if (in[pos] == '0' && start - pos > 2) {
            canonical = false; // a leading zero in the length
        }
        pos = start + lastLength;
        return start;
    }

    /** @return the length of the string {@link #string()} read last */
    int length() {
        return lastLength;
    }

    /** Enters the list or dictionary whose first byte is next. */
    void open() {
        token();
        if (depth >= limits.maxDepth()) {
            throw new BencodeException(pos, "nesting deeper than " + limits.maxDepth() + " (depth limit)");
        }
        depth++;
        pos++;
    }

    /** @return true if the open container has another element; at its {@code e}, leaves it and returns false */
    boolean more() {
        if (pos >= in.length) {
            throw new BencodeException(pos, "unexpected end of input in a container");
        }
        if (in[pos] == 'e') {
            pos++;
            depth--;
            return false;
        }
        return true;
    }

    /**
     * Reads a dictionary key and checks its order with the decoder's rules.
     *
     * @return where the key's bytes start ({@link #length()} long)
     */
    int key(KeyOrder order) {
        byte b = in[pos];
        if (b < '0' || b > '9') {
            throw new BencodeException(pos, "expected a string key or 'e' in a dictionary, found "
                    + BencodeLexer.describe(b));
        }
        int offset = pos;
        int start = string();
        order.add(offset, start, lastLength);
        if (pos >= in.length || in[pos] == 'e') {
            throw new BencodeException(pos, pos >= in.length ? "unexpected end of input in a dictionary"
                    : "a dictionary key has no value");
        }
        return start;
    }

    /** @return whether the key just read is the ASCII text {@code word} */
    boolean keyIs(int start, String word) {
        if (lastLength != word.length()) {
            return false;
        }
        for (int i = 0; i < lastLength; i++) {
            if (in[start + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Decodes the value here with the decoder, within what remains of the depth and token budget. */
    BValue value() {
        int depthLeft = limits.maxDepth() - depth;
        int tokensLeft = limits.maxTokens() - tokens;
        byte b = peek();
        if (depthLeft < 1 && (b == 'l' || b == 'd')) {
            throw new BencodeException(pos, "nesting deeper than " + limits.maxDepth() + " (depth limit)");
        }
        if (tokensLeft < 1) {
            throw new BencodeException(pos, "more than " + limits.maxTokens() + " values (token limit)");
        }
        BValue v = decoder.withLimits(new BencodeDecoder.Limits(Math.max(1, depthLeft), tokensLeft,
                limits.maxInputBytes())).decodeFirst(in, pos);
        BValue.Span span = v.span().orElseThrow();
        tokens += count(v);
        if (!strict && canonical) {
            byte[] again = Bencode.encode(v); // a non-canonical value encodes to other bytes, often fewer
            canonical = again.length == span.length() && Arrays.equals(again, 0, again.length, in, span.offset(),
                    span.end());
        }
        pos = span.end();
        return v;
    }

    /** Validates and passes over the value here. */
    void skip() {
        value();
    }

    void resetCanonical() {
        canonical = true;
    }

    /** @return whether everything read since {@link #resetCanonical()} was canonical bencode */
    boolean canonical() {
        return canonical;
    }

    private static int count(BValue root) {
        int n = 0;
        Deque<BValue> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            BValue v = todo.pop();
            n++;
            if (v instanceof BList l) {
                l.values().forEach(todo::push);
            } else if (v instanceof BDictionary d) {
                n += d.size(); // the keys
                d.entries().values().forEach(todo::push);
            }
        }
        return n;
    }

    /**
     * The keys of one dictionary as they are read: strictly ascending for a strict decoder; for a
     * lenient one, any order but no key twice. Reusable: {@link #reset()} before each dictionary.
     */
    final class KeyOrder {
        private static final int LINEAR_LIMIT = 32;
        private int previousStart = -1;
        private int previousLength;
        private boolean unsorted;
        /** Lenient only: the key spans so far (start, length pairs), to find a repeat once out of order. */
        private int[] spans = new int[16];
        private int count;
        private Set<String> seen; // lenient, once out of order with many keys

        void reset() {
            previousStart = -1;
            unsorted = false;
            count = 0;
            seen = null;
        }

        void add(int offset, int start, int length) {
            if (previousStart >= 0) {
                int order = Arrays.compareUnsigned(in, previousStart, previousStart + previousLength, in, start,
                        start + length);
                if (order == 0) {
                    throw duplicate(offset, start, length);
                }
                if (order > 0 && strict) {
                    throw new BencodeException(offset, "dictionary key '" + utf8(start, length)
                            + "' is not sorted (it follows '" + utf8(previousStart, previousLength) + "')");
                }
                if (order > 0) {
                    unsorted = true;
                    canonical = false;
                }
                if (unsorted && isRepeat(start, length)) {
                    throw duplicate(offset, start, length);
                }
            }
            previousStart = start;
            previousLength = length;
            if (!strict) {
                remember(start, length);
            }
        }

        private boolean isRepeat(int start, int length) {
            if (seen == null && count > LINEAR_LIMIT) {
                seen = new HashSet<>();
                for (int i = 0; i < count; i++) {
                    seen.add(latin1(spans[2 * i], spans[2 * i + 1]));
                }
            }
            if (seen != null) {
                return seen.contains(latin1(start, length));
            }
            for (int i = 0; i < count; i++) {
                if (spans[2 * i + 1] == length
                        && Arrays.equals(in, spans[2 * i], spans[2 * i] + length, in, start, start + length)) {
                    return true;
                }
            }
            return false;
        }

        private void remember(int start, int length) {
            if (seen != null) {
                seen.add(latin1(start, length));
                return;
            }
            if (2 * count + 2 > spans.length) {
                spans = Arrays.copyOf(spans, spans.length * 2);
            }
            spans[2 * count] = start;
            spans[2 * count + 1] = length;
            count++;
        }

        private BencodeException duplicate(int offset, int start, int length) {
            return new BencodeException(offset, "duplicate dictionary key '" + utf8(start, length) + "'");
        }
    }

    KeyOrder newKeyOrder() {
        return new KeyOrder();
    }

    /** One char per byte: distinct keys stay distinct. */
    private String latin1(int start, int length) {
        return new String(in, start, length, StandardCharsets.ISO_8859_1);
    }

    String utf8(int start, int length) {
        return new String(in, start, length, StandardCharsets.UTF_8);
    }
}
