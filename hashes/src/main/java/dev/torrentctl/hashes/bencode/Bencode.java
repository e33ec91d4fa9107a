package dev.torrentctl.hashes.bencode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
        // a loop over an explicit stack, so that no nesting overflows the thread's stack: values to
        // write, and the 'e' that closes each container
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(Objects.requireNonNull(value, "value"));
        while (!todo.isEmpty()) {
            Object next = todo.pop();
            if (next == END) {
                out.write('e');
            } else if (next instanceof BString s) {
                ascii(out, Integer.toString(s.length()));
                out.write(':');
                out.writeBytes(s.bytes());
            } else if (next instanceof BInteger i) {
                ascii(out, "i" + i.value() + "e");
            } else if (next instanceof BList l) {
                out.write('l');
                todo.push(END);
                for (int i = l.values().size() - 1; i >= 0; i--) {
                    todo.push(l.values().get(i));
                }
            } else if (next instanceof BDictionary d) {
                out.write('d');
                todo.push(END);
                List<Map.Entry<BString, BValue>> sorted = new ArrayList<>(d.entries().entrySet());
                sorted.sort(Map.Entry.comparingByKey());
                for (int i = sorted.size() - 1; i >= 0; i--) {
                    todo.push(sorted.get(i).getValue());
                    todo.push(sorted.get(i).getKey());
                }
            }
        }
        return out.toByteArray();
    }

    /** Marks where a list or dictionary ends. */
    private static final Object END = new Object();

    private static void ascii(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }
}
