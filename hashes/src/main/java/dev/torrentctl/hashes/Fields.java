package dev.torrentctl.hashes;

import dev.torrentctl.hashes.bencode.BString;
import dev.torrentctl.hashes.bencode.BValue;
import dev.torrentctl.hashes.bencode.BencodeDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entries of the top-level or the {@code info} dictionary, as {@link Metainfo#field} returns
 * them. Values the parser read in place (the v1 file list, the info dictionary) are not kept: they
 * are decoded from the raw bytes, which were validated, each time they are asked for.
 */
final class Fields {
    private final byte[] raw;
    private final BencodeDecoder decoder;
    private final List<BString> keys = new ArrayList<>();
    private final List<BValue> values = new ArrayList<>(); // null: decode at offsets.get(i)
    private final List<Integer> offsets = new ArrayList<>();

    Fields(byte[] raw, BencodeDecoder decoder) {
        this.raw = raw;
        this.decoder = decoder;
    }

    void put(BString key, BValue value) {
        keys.add(key);
        values.add(value);
        offsets.add(-1);
    }

    void putInPlace(BString key, int offset) {
        keys.add(key);
        values.add(null);
        offsets.add(offset);
    }

    /** @return the value as decoded while parsing, or null if absent or read in place */
    BValue decoded(String key) {
        int i = indexOf(key);
        return i < 0 ? null : values.get(i);
    }

    boolean has(String key) {
        return indexOf(key) >= 0;
    }

    Optional<BValue> get(String key) {
        int i = indexOf(key);
        if (i < 0) {
            return Optional.empty();
        }
        BValue v = values.get(i);
        // validated as part of the whole within these limits when parsed, so this cannot fail
        return Optional.of(v != null ? v : decoder.decodeFirst(raw, offsets.get(i)));
    }

    private int indexOf(String key) {
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).utf8().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    Set<String> names() {
        Set<String> out = new TreeSet<>();
        keys.forEach(k -> out.add(k.utf8()));
        return Set.copyOf(out);
    }
}
