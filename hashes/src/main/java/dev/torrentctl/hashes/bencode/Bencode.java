package dev.torrentctl.hashes.bencode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Entry points: {@link #decode(byte[])} with the strict default decoder, and the canonical
 * {@link #encode(BValue)}.
 *
 * @since 0.1
 */
public final class Bencode {
    private Bencode() {}

    /**
     * Decodes with {@link BencodeDecoder#strict()}.
     *
     * @param input one complete bencoded value
     * @return the value, with spans into {@code input}
     * @throws BencodeException if the input is not strict bencode or exceeds the default limits
     */
    public static BValue decode(byte[] input) {
        return BencodeDecoder.strict().decode(input);
    }

    /**
     * Encodes canonically: dictionary keys sorted by raw bytes, integers without leading zeros.
     *
     * @param value the value
     * @return its encoding
     */
    public static byte[] encode(BValue value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(value, out, 0);
        return out.toByteArray();
    }

    private static void write(BValue value, ByteArrayOutputStream out, int depth) {
        if (depth > BencodeDecoder.Limits.DEFAULT.maxDepth()) {
            throw new IllegalArgumentException("value nests deeper than " + BencodeDecoder.Limits.DEFAULT.maxDepth());
        }
        if (value instanceof BString s) {
            ascii(out, Integer.toString(s.length()));
            out.write(':');
            out.writeBytes(s.bytes());
        } else if (value instanceof BInteger i) {
            ascii(out, "i" + i.value() + "e");
        } else if (value instanceof BList l) {
            out.write('l');
            for (BValue v : l.values()) {
                write(v, out, depth + 1);
            }
            out.write('e');
        } else if (value instanceof BDictionary d) {
            out.write('d');
            List<Map.Entry<BString, BValue>> sorted = new ArrayList<>(d.entries().entrySet());
            sorted.sort(Map.Entry.comparingByKey());
            for (Map.Entry<BString, BValue> e : sorted) {
                write(e.getKey(), out, depth + 1);
                write(e.getValue(), out, depth + 1);
            }
            out.write('e');
        }
    }

    private static void ascii(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }
}
