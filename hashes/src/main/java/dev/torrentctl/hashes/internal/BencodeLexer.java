package dev.torrentctl.hashes.internal;

import dev.torrentctl.hashes.bencode.BencodeException;

/**
 * The scalar tokens of bencode, read and checked in one place for both the tree decoder and the
 * one-pass infohash scanner: integers ({@code i...e}) and string headers ({@code N:}). Errors
 * carry the byte offset. Not API.
 */
public final class BencodeLexer {
    private BencodeLexer() {}

    /**
     * Reads the integer whose {@code i} is at {@code start}.
     *
     * @param strict whether to reject a leading zero ({@code i03e}); negative zero and {@code i-03e}
     *     are rejected either way
     * @return its value; {@link #integerEnd} gives where it ends
     * @throws BencodeException if it is malformed or beyond 64 bits
     */
    public static long integer(byte[] in, int start, boolean strict) {
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
        if (!negative && value == Long.MIN_VALUE) {
            throw new BencodeException(digitsStart, "integer does not fit in 64 bits");
        }
        return negative ? value : -value;
    }

    /**
     * @param start where an integer that {@link #integer} accepted starts
     * @return the offset just after its {@code e}
     */
    public static int integerEnd(byte[] in, int start) {
        int pos = start + 1;
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
