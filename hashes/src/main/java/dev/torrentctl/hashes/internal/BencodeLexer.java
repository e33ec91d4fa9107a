package dev.torrentctl.hashes.internal;

import dev.torrentctl.hashes.bencode.BencodeException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The scalar tokens of bencode, read and checked in one place for both the tree decoder and the
 * one-pass infohash scanner: integers ({@code i...e}) and string headers ({@code N:}). Errors
 * carry the byte offset. Not API.
 *
 * <p>The common case (a well-formed token of at most 16 digits with 8 bytes to spare before the
 * end) is read eight bytes at a time: the digits are found and converted with arithmetic on one
 * {@code long} (SWAR), without a branch per digit. Anything else, every error included, takes the
 * byte-by-byte path, which alone decides what is rejected and how it is reported.
 */
public final class BencodeLexer {
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ZEROS = 0x3030303030303030L;
    private static final long HIGH_NIBBLES = 0xF0F0F0F0F0F0F0F0L;
    private static final long LOW_NIBBLES = 0x0F0F0F0F0F0F0F0FL;
    private static final long SIXES = 0x0606060606060606L;
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L};

    /** libtorrent's bound on an integer's digits, leading zeros included (its {@code check_integer}). */
    private static final int MAX_LENIENT_DIGITS = 20;

    private BencodeLexer() {}

    /** @return the eight bytes at {@code p}, the first in the lowest byte */
    private static long word(byte[] in, int p) {
        return (long) LONG_LE.get(in, p);
    }

    /** @return how many of the eight bytes of {@code word}, from the lowest, are ASCII digits in a row (0 to 8) */
    private static int digitCount(long word) {
        long nonDigit = ((word & HIGH_NIBBLES) ^ ZEROS) | (((word & LOW_NIBBLES) + SIXES) & HIGH_NIBBLES);
        long marks = (((nonDigit & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | nonDigit) & HIGH_BITS;
        return Long.numberOfTrailingZeros(marks) >>> 3;
    }

    /** @return the value of the first {@code count} (1 to 8) bytes of {@code word}, all digits */
    private static long digitsValue(long word, int count) {
        long v = (word - ZEROS) << ((8 - count) << 3); // the bytes after the digits drop out
        v = v * 10 + (v >>> 8);
        v = ((v & 0x000000FF000000FFL) * (100 + (1_000_000L << 32))
                + ((v >>> 16) & 0x000000FF000000FFL) * (1 + (10_000L << 32))) >>> 32;
        return v;
    }

    /** @return the byte at {@code index} (0 to 7) of {@code word} */
    private static int byteAt(long word, int index) {
        return (int) (word >>> (index << 3)) & 0xFF;
    }

    /**
     * Reads the integer whose {@code i} is at {@code start}.
     *
     * @param strict whether to reject a leading zero ({@code i03e}); negative zero and {@code i-03e}
     *     are rejected either way
     * @return its value; {@link #integerEnd} gives where it ends
     * @throws BencodeException if it is malformed or beyond 64 bits
     */
    public static long integer(byte[] in, int start, boolean strict) {
        int q = start + 1;
        boolean negative = q < in.length && in[q] == '-';
        if (negative) {
            q++;
        }
        int c = plainDigits(in, q);
        if (c > 0 && !(negative && in[q] == '0')) {
            long value = c <= 8 ? digitsValue(word(in, q), c)
                    : digitsValue(word(in, q), 8) * POWERS_OF_TEN[c - 8] + digitsValue(word(in, q + 8), c - 8);
            return negative ? -value : value;
        }
        return integerBytewise(in, start, strict);
    }

    /**
     * The common integer, for the fast paths: 1 to 15 digits without a leading zero (or a lone
     * {@code 0}) and then {@code e}, with 16 bytes to read at {@code q}.
     *
     * @param q where the digits start
     * @return how many digits there are, or -1 to leave the integer to the byte-by-byte reader
     */
    private static int plainDigits(byte[] in, int q) {
        if (q + 16 > in.length) {
            return -1;
        }
        long x = word(in, q);
        int c = digitCount(x);
        if (c < 8) {
            return c > 0 && byteAt(x, c) == 'e' && ((x & 0xFF) != '0' || c == 1) ? c : -1;
        }
        if ((x & 0xFF) == '0') {
            return -1;
        }
        long y = word(in, q + 8);
        int d = digitCount(y);
        return d < 8 && byteAt(y, d) == 'e' ? 8 + d : -1;
    }

    /** {@link #integer} a byte at a time: the reference the fast path must agree with. */
    static long integerBytewise(byte[] in, int start, boolean strict) {
        int pos = start + 1;
        boolean negative = pos < in.length && in[pos] == '-';
        if (negative) {
            pos++;
        }
        int digitsStart = pos;
        long value = 0;
        while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
            int digit = in[pos] - '0';
            // accumulate negatively so that Long.MIN_VALUE fits
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
        if (in[digitsStart] == '0' && (digits > 1 || negative) && (strict || negative)) {
            throw new BencodeException(digitsStart, negative && digits == 1 ? "negative zero (i-0e)"
                    : "integer with a leading zero");
        }
        if (digits > MAX_LENIENT_DIGITS) {
            throw new BencodeException(digitsStart, "integer of " + digits + " digits (at most "
                    + MAX_LENIENT_DIGITS + ", as libtorrent)");
        }
        if (!negative && value == Long.MIN_VALUE) {
            throw new BencodeException(digitsStart, "integer does not fit in 64 bits");
        }
        return negative ? value : -value;
    }

    /**
     * Checks the integer whose {@code i} is at {@code start} as {@link #integer} does, without
     * computing its value: the scanner's case, which only needs to know where it ends.
     *
     * @return the offset just after its {@code e}
     * @throws BencodeException if it is malformed or beyond 64 bits
     */
    public static int skipInteger(byte[] in, int start, boolean strict) {
        int c = plainDigits(in, start + 1); // a '-' takes the bytewise path
        if (c > 0) {
            return start + 1 + c + 1;
        }
        integerBytewise(in, start, strict);
        return integerEnd(in, start);
    }

    /**
     * @param start where an integer that {@link #integer} accepted starts
     * @return the offset just after its {@code e}
     */
    public static int integerEnd(byte[] in, int start) {
        int pos = start + 1;
        if (in[pos] == '-') {
            pos++;
        }
        int c = plainDigits(in, pos);
        if (c > 0) {
            return pos + c + 1;
        }
        while (in[pos] != 'e') {
            pos++;
        }
        return pos + 1;
    }

    /**
     * Reads a string's {@code N:} header at {@code start}, checking N against the bytes that remain
     * before anything is allocated.
     *
     * @param strict whether to reject a leading zero in the length ({@code 03:abc})
     * @return N in the high 32 bits, the offset of the string's first byte in the low 32 bits
     * @throws BencodeException if the header is malformed or the string truncated
     */
    public static long stringHeader(byte[] in, int start, boolean strict) {
        final int n = in.length;
        if (start + 2 < n) {
            // keys and most values have one or two digits: read them directly, which keeps the
            // offset of the next token a short computation away
            int d0 = in[start] - '0';
            byte b1 = in[start + 1];
            if (b1 == ':' && d0 >= 0 && d0 <= 9) {
                int p = start + 2;
                if (d0 <= n - p) {
                    return (long) d0 << 32 | p;
                }
            } else if (in[start + 2] == ':' && d0 > 0 && d0 <= 9 && b1 >= '0' && b1 <= '9') {
                int length = d0 * 10 + (b1 - '0');
                int p = start + 3;
                if (length <= n - p) {
                    return (long) length << 32 | p;
                }
            }
        }
        if (start + 8 <= n) {
            long x = word(in, start);
            int c = digitCount(x);
            if (c > 0 && c < 8 && byteAt(x, c) == ':' && (c == 1 || (x & 0xFF) != '0')) {
                long length = digitsValue(x, c);
                int p = start + c + 1;
                if (length <= n - p) {
                    return length << 32 | p;
                }
            }
        }
        return stringHeaderBytewise(in, start, strict);
    }

    /** {@link #stringHeader} a byte at a time: the reference the fast paths must agree with. */
    static long stringHeaderBytewise(byte[] in, int start, boolean strict) {
        final int n = in.length;
        int p = start;
        long length = 0;
        byte c;
        while (p < n && (c = in[p]) >= '0' && c <= '9') {
            length = length * 10 + (c - '0');
            if (length > n) {
                throw new BencodeException(start, "string length prefix exceeds the " + n + "-byte input");
            }
            p++;
        }
        if (p >= n) {
            throw new BencodeException(p, "unexpected end of input in a string length");
        }
        if (in[p] != ':') {
            throw new BencodeException(p, "expected ':' after a string length, found " + describe(in[p]));
        }
        if (strict && in[start] == '0' && p - start > 1) {
            throw new BencodeException(start, "string length with a leading zero");
        }
        p++;
        if (length > n - p) {
            throw new BencodeException(start, "string of " + length + " bytes is truncated: only " + (n - p)
                    + " bytes remain");
        }
        return length << 32 | p;
    }

    /** @return a byte as shown in error messages: {@code 'x'} when printable, else {@code byte 0x..} */
    public static String describe(byte b) {
        return b >= 0x20 && b < 0x7f ? "'" + (char) b + "'" : String.format("byte 0x%02x", b & 0xff);
    }
}
