package dev.torrentctl.hashes.bencode;

import dev.torrentctl.hashes.internal.BencodeLexer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Decodes bencode into {@link BValue}s that remember their byte spans, so that a .torrent's
 * {@code info} dictionary can be hashed exactly as found.
 *
 * <p>{@linkplain #strict() Strict} decoding (the default) rejects everything BEP 3 forbids: leading
 * zeros ({@code i03e}, {@code 03:abc}), {@code i-0e}, empty integers, integers beyond 64 bits,
 * unsorted or duplicate dictionary keys, truncated values and trailing bytes after the root value.
 *
 * <p>{@linkplain #lenient() Lenient} decoding relaxes exactly what libtorrent's {@code bdecode}
 * (inside qBittorrent and Deluge) accepts and real .torrent files are found with, and nothing else:
 * <ul>
 *   <li>unsorted dictionary keys (private trackers ship them);
 *   <li>leading zeros in integers and string lengths ({@code i03e}, {@code 03:abc}), with at most
 *       20 digits to an integer, libtorrent's bound ({@code i-03e} and {@code i-0e} stay errors);
 *   <li>bytes after the root value (a trailing newline is common): they are ignored, and the root's
 *       {@link BValue#span()} shows where it ended.
 * </ul>
 * Both modes reject duplicate keys (libtorrent takes the first and ignores the rest, which lets a
 * file say two things), integers beyond 64 bits and everything malformed. Note that the meaning of
 * a non-canonical dictionary is the decoder's business only: BEP 52 requires a v2 {@code info}
 * dictionary to be canonical, which {@link dev.torrentctl.hashes.Metainfo} checks. Spans always
 * point at the raw bytes, so hashes are over what the file holds.
 *
 * <p>{@link Limits} bound the nesting depth (checked before descending), the number of values and
 * the input size; a length prefix is checked against the bytes that remain before anything is
 * allocated. No input makes the decoder overflow the stack or the heap, whatever the limits: it
 * reads with a loop rather than recursion, and the values' {@code equals}, {@code hashCode},
 * {@code toString} and {@link Bencode#encode} walk explicit stacks too.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class BencodeDecoder {
    private static final BencodeDecoder STRICT = new BencodeDecoder(true, Limits.DEFAULT);
    private static final BencodeDecoder LENIENT = new BencodeDecoder(false, Limits.DEFAULT);

    private final boolean strict;
    private final Limits limits;

    private BencodeDecoder(boolean strict, Limits limits) {
        this.strict = strict;
        this.limits = limits;
    }

    /** @return a strict decoder with {@link Limits#DEFAULT} */
    public static BencodeDecoder strict() {
        return STRICT;
    }

    /**
     * @return a decoder that also accepts what libtorrent accepts (unsorted keys, leading zeros,
     *     trailing bytes; see the class description), with {@link Limits#DEFAULT}
     */
    public static BencodeDecoder lenient() {
        return LENIENT;
    }

    /** @param newLimits the limits to apply @return a decoder of the same mode with those limits */
    public BencodeDecoder withLimits(Limits newLimits) {
        return new BencodeDecoder(strict, Objects.requireNonNull(newLimits, "limits"));
    }

    /** @return whether this decoder is strict */
    public boolean isStrict() {
        return strict;
    }

    /** @return the limits this decoder applies */
    public Limits limits() {
        return limits;
    }

    /**
     * @param input one complete bencoded value
     * @return the value, with spans into {@code input}
     * @throws BencodeException on malformed input or an exceeded limit
     */
    public BValue decode(byte[] input) {
        Objects.requireNonNull(input, "input");
        if (input.length > limits.maxInputBytes()) {
            throw new BencodeException(limits.maxInputBytes(),
                    "input of " + input.length + " bytes exceeds the limit of " + limits.maxInputBytes() + " bytes");
        }
        Reader reader = new Reader(input, 0);
        BValue root = reader.read();
        if (strict && reader.pos != input.length) {
            throw new BencodeException(reader.pos, (input.length - reader.pos) + " trailing bytes after the root value");
        }
        return root;
    }

    /**
     * Decodes the one value that starts at {@code offset} and ignores what follows it, as a
     * BitTorrent message that carries bencode and then binary data needs. The value's
     * {@link BValue#span()} tells where it ends; spans index {@code input}. The limits apply to this
     * value alone; the input is not copied, and the values do not refer to it.
     *
     * @param input bytes holding a bencoded value at {@code offset}
     * @param offset where the value starts
     * @return the value
     * @throws BencodeException on malformed input or an exceeded limit
     * @throws IndexOutOfBoundsException if the offset is outside the input
     */
    public BValue decodeFirst(byte[] input, int offset) {
        Objects.requireNonNull(input, "input");
        Objects.checkIndex(offset, input.length);
        return new Reader(input, offset).read();
    }

    /**
     * Reads the whole stream (at most {@link Limits#maxInputBytes()} bytes) and decodes it. The
     * stream is not closed.
     *
     * @param in the stream
     * @return the value
     * @throws BencodeException on malformed input or an exceeded limit
     * @throws UncheckedIOException if reading fails
     */
    public BValue decode(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            byte[] bytes = in.readNBytes(limits.maxInputBytes() + 1);
            return decode(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("reading bencode failed", e);
        }
    }

    /**
     * Resource limits. {@link #DEFAULT} matches libtorrent's: depth 100, 3,000,000 values, 10 MB
     * of input. qBittorrent raises the value count to 10,000,000 and the input size to 100 MiB
     * ({@link #QBITTORRENT}).
     *
     * @param maxDepth deepest nesting of lists and dictionaries, at least 1
     * @param maxTokens most values (of any type) in one document, at least 1
     * @param maxInputBytes largest input, at least 1
     */
    public record Limits(int maxDepth, int maxTokens, int maxInputBytes) {
        /** libtorrent's defaults. */
        public static final Limits DEFAULT = new Limits(100, 3_000_000, 10_000_000);
        /** The limits qBittorrent configures. */
        public static final Limits QBITTORRENT = new Limits(100, 10_000_000, 100 * 1024 * 1024);

        /** @throws IllegalArgumentException if a limit is not positive, or the input limit is the maximum int */
        public Limits {
            if (maxDepth < 1 || maxTokens < 1 || maxInputBytes < 1 || maxInputBytes == Integer.MAX_VALUE) {
                throw new IllegalArgumentException("limits must be positive (and maxInputBytes below Integer.MAX_VALUE): "
                        + "maxDepth=" + maxDepth + ", maxTokens=" + maxTokens + ", maxInputBytes=" + maxInputBytes);
            }
        }
    }

    /**
     * A loop, not recursion, so that no depth limit can overflow the thread's stack. The elements of
     * the lists and dictionaries being read wait on one shared stack (a dictionary's keys and values
     * alternate) and are copied out, exactly sized, when their container ends; the open containers
     * are frames on small growable arrays.
     */
    private final class Reader {
        private final byte[] in;
        private int pos;
        private int tokens;
        private BValue[] stack = new BValue[64];
        private int top;
        // the open containers, innermost at depth - 1
        private int depth;
        private int[] frameStart = new int[16];
        private int[] frameBase = new int[16];
        private boolean[] frameIsDict = new boolean[16];
        /** Per open dictionary: its keys once they are out of order (lenient only), else null. */
        private Object[] frameSeen = new Object[16];

        Reader(byte[] in, int start) {
            this.in = in;
            this.pos = start;
        }

        BValue read() {
            while (true) {
                if (depth > 0) {
                    int frame = depth - 1;
                    if (pos >= in.length) {
                        throw new BencodeException(pos, "unexpected end of input in a " + (frameIsDict[frame] ? "dictionary"
                                : "list") + " started at byte " + frameStart[frame]);
                    }
                    if (in[pos] == 'e') {
                        pos++;
                        BValue done = frameIsDict[frame] ? closeDictionary(frame) : closeList(frame);
                        depth--;
                        if (depth == 0) {
                            return done;
                        }
                        push(done);
                        continue;
                    }
                    if (frameIsDict[frame]) {
                        key(frame);
                    }
                }
                if (++tokens > limits.maxTokens()) {
                    throw new BencodeException(pos, "more than " + limits.maxTokens() + " values (token limit)");
                }
                if (pos >= in.length) {
                    throw new BencodeException(pos, "unexpected end of input, expected a value");
                }
                byte b = in[pos];
                BValue scalar;
                if (b == 'i') {
                    scalar = integer();
                } else if (b >= '0' && b <= '9') {
                    scalar = string();
                } else if (b == 'l' || b == 'd') {
                    if (depth >= limits.maxDepth()) {
                        throw new BencodeException(pos, "nesting deeper than " + limits.maxDepth() + " (depth limit)");
                    }
                    open(b == 'd');
                    continue;
                } else {
                    throw new BencodeException(pos, "expected a value (i, l, d or a digit), found "
                            + BencodeLexer.describe(b));
                }
                if (depth == 0) {
                    return scalar;
                }
                push(scalar);
            }
        }

        private void open(boolean dictionary) {
            if (depth == frameStart.length) {
                int size = depth * 2;
                frameStart = Arrays.copyOf(frameStart, size);
                frameBase = Arrays.copyOf(frameBase, size);
                frameIsDict = Arrays.copyOf(frameIsDict, size);
                frameSeen = Arrays.copyOf(frameSeen, size);
            }
            frameStart[depth] = pos;
            frameBase[depth] = top;
            frameIsDict[depth] = dictionary;
            frameSeen[depth] = null;
            depth++;
            pos++;
        }

        /** Reads the key of a dictionary's next entry and checks its order; its value comes next. */
        private void key(int frame) {
            int keyOffset = pos;
            if (in[pos] < '0' || in[pos] > '9') {
                throw new BencodeException(pos, "expected a string key or 'e' in a dictionary, found "
                        + BencodeLexer.describe(in[pos]));
            }
            if (++tokens > limits.maxTokens()) {
                throw new BencodeException(pos, "more than " + limits.maxTokens() + " values (token limit)");
            }
            BString key = string();
            int base = frameBase[frame];
            if (top > base) {
                BString previous = (BString) stack[top - 2];
                int order = previous.compareTo(key);
                if (order == 0) {
                    throw duplicate(keyOffset, key);
                }
                @SuppressWarnings("unchecked")
                Set<BString> seen = (Set<BString>) frameSeen[frame];
                if (order > 0 || seen != null) {
                    if (strict) {
                        if (contains(base, key)) {
                            throw duplicate(keyOffset, key);
                        }
                        throw new BencodeException(keyOffset, "dictionary key '" + key.utf8() + "' is not sorted (it"
                                + " follows '" + previous.utf8() + "')");
                    }
                    if (seen == null) { // unsorted from here on: find duplicates by hash, not by search
                        seen = new HashSet<>();
                        for (int i = base; i < top; i += 2) {
                            seen.add((BString) stack[i]);
                        }
                        frameSeen[frame] = seen;
                    }
                    if (!seen.add(key)) {
                        throw duplicate(keyOffset, key);
                    }
                }
            }
            push(key);
        }

        private BList closeList(int frame) {
            int base = frameBase[frame];
            BValue[] values = Arrays.copyOfRange(stack, base, top);
            Arrays.fill(stack, base, top, null);
            top = base;
            int start = frameStart[frame];
            return new BList(Collections.unmodifiableList(Arrays.asList(values)), start, pos - start);
        }

        private BDictionary closeDictionary(int frame) {
            int base = frameBase[frame];
            int n = (top - base) / 2;
            BString[] keys = new BString[n];
            BValue[] values = new BValue[n];
            for (int i = 0; i < n; i++) {
                keys[i] = (BString) stack[base + 2 * i];
                values[i] = stack[base + 2 * i + 1];
            }
            Arrays.fill(stack, base, top, null);
            top = base;
            int start = frameStart[frame];
            boolean sorted = frameSeen[frame] == null;
            frameSeen[frame] = null;
            return new BDictionary(keys, values, sorted, start, pos - start);
        }

        private BInteger integer() {
            int start = pos;
            long value = BencodeLexer.integer(in, pos, strict);
            pos = BencodeLexer.integerEnd(in, pos);
            return new BInteger(value, start, pos - start);
        }

        private BString string() {
            int start = pos;
            long header = BencodeLexer.stringHeader(in, pos, strict);
            int length = (int) (header >>> 32);
            pos = (int) header;
            byte[] bytes = Arrays.copyOfRange(in, pos, pos + length);
            pos += length;
            return new BString(bytes, start, pos - start);
        }

        private void push(BValue v) {
            if (top == stack.length) {
                stack = Arrays.copyOf(stack, stack.length * 2);
            }
            stack[top++] = v;
        }

        private BencodeException duplicate(int offset, BString key) {
            return new BencodeException(offset, "duplicate dictionary key '" + key.utf8() + "'");
        }

        /** @return whether the dictionary whose entries start at {@code base} already has {@code key} */
        private boolean contains(int base, BString key) {
            for (int i = base; i < top; i += 2) {
                if (stack[i].equals(key)) {
                    return true;
                }
            }
            return false;
        }
    }
}
