package dev.torrentctl.hashes.internal;

import java.util.Optional;

/** RFC 4648 base32 (the alphabet of {@code btih} magnets), case-insensitive, no padding. Not API. */
public final class Base32 {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {}

    /** Decodes unpadded base32 whose length is a multiple of 8 characters; empty if not base32. */
    public static Optional<byte[]> decode(CharSequence s) {
        if (s.length() % 8 != 0) {
            return Optional.empty();
        }
        byte[] out = new byte[s.length() * 5 / 8];
        long buffer = 0;
        int bits = 0;
        int pos = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = ALPHABET.indexOf(Character.toUpperCase(s.charAt(i)));
            if (v < 0) {
                return Optional.empty();
            }
            buffer = buffer << 5 | v;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                out[pos++] = (byte) (buffer >> bits);
            }
        }
        return Optional.of(out);
    }

    public static String encode(byte[] bytes) {
        StringBuilder sb = new StringBuilder((bytes.length * 8 + 4) / 5);
        long buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = buffer << 8 | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                sb.append(ALPHABET.charAt((int) (buffer >> bits) & 31));
            }
        }
        if (bits > 0) {
            sb.append(ALPHABET.charAt((int) (buffer << (5 - bits)) & 31));
        }
        return sb.toString();
    }
}
