package dev.torrentctl.hashes.bencode;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A bencoded dictionary. Entries keep the order they were decoded in (which, for a strictly decoded
 * dictionary, is sorted); the encoder always writes them sorted.
 *
 * @since 0.1
 */
public final class BDictionary implements BValue {
    /** Dictionaries this small are searched in order; larger sorted ones by binary search. */
    private static final int SCAN_LIMIT = 8;

    private final BString[] keys;
    private final BValue[] values;
    /** Whether the keys are in strictly ascending order, as strict decoding and the builder leave them. */
    private final boolean sorted;
    private final int spanOffset; // -1 when built in code
    private final int spanLength;
    private Map<BString, BValue> view; // entries(), made on first use
    private volatile Map<BString, BValue> index; // lookups in a large unsorted dictionary, made on first use

    /** @param keys distinct keys, not referenced elsewhere @param values their values, likewise */
    BDictionary(BString[] keys, BValue[] values, boolean sorted, int spanOffset, int spanLength) {
        this.keys = keys;
        this.values = values;
        this.sorted = sorted;
        this.spanOffset = spanOffset;
        this.spanLength = spanLength;
    }

    /** @param entries the entries (copied, order kept) @return the dictionary */
    public static BDictionary of(Map<BString, ? extends BValue> entries) {
        Objects.requireNonNull(entries, "entries");
        BString[] keys = new BString[entries.size()];
        BValue[] values = new BValue[entries.size()];
        int i = 0;
        for (Map.Entry<BString, ? extends BValue> e : entries.entrySet()) {
            keys[i] = Objects.requireNonNull(e.getKey(), "key");
            values[i] = Objects.requireNonNull(e.getValue(), "value");
            i++;
        }
        return new BDictionary(keys, values, ascending(keys), -1, 0);
    }

    static boolean ascending(BString[] keys) {
        for (int i = 1; i < keys.length; i++) {
            if (keys[i - 1].compareTo(keys[i]) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** @return a builder for dictionaries with text keys */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the entries in their order, unmodifiable */
    public Map<BString, BValue> entries() {
        Map<BString, BValue> v = view;
        if (v == null) {
            v = new EntriesView();
            view = v;
        }
        return v;
    }

    /** @return the number of entries */
    public int size() {
        return keys.length;
    }

    /** @param key a key, as UTF-8 @return its value, if present */
    public Optional<BValue> get(String key) {
        if (isAscii(key) && (keys.length <= SCAN_LIMIT || sorted)) {
            int i = sorted && keys.length > SCAN_LIMIT ? search(key) : scan(key);
            return i < 0 ? Optional.empty() : Optional.of(values[i]);
        }
        return get(BString.of(key));
    }

    /**
     * @param key a key, as raw bytes (keys need not be text: v2 {@code piece layers} are keyed by hashes)
     * @return its value
     */
    public Optional<BValue> get(BString key) {
        return Optional.ofNullable(lookup(Objects.requireNonNull(key, "key")));
    }

    BString keyAt(int index) {
        return keys[index];
    }

    BValue valueAt(int index) {
        return values[index];
    }

    BValue lookup(BString key) {
        if (keys.length <= SCAN_LIMIT) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(key)) {
                    return values[i];
                }
            }
            return null;
        }
        if (sorted) {
            int i = Arrays.binarySearch(keys, key);
            return i < 0 ? null : values[i];
        }
        Map<BString, BValue> m = index;
        if (m == null) {
            m = new HashMap<>(keys.length * 2);
            for (int i = 0; i < keys.length; i++) {
                m.put(keys[i], values[i]);
            }
            index = m;
        }
        return m.get(key);
    }

    private int scan(String key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].isAscii(key)) {
                return i;
            }
        }
        return -1;
    }

    private int search(String key) {
        int low = 0;
        int high = keys.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = keys[mid].compareToAscii(key);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Optional<Span> span() {
        return Span.of(spanOffset, spanLength);
    }

    /** {@link #entries()}: an unmodifiable map over the arrays, in their order. */
    private final class EntriesView extends AbstractMap<BString, BValue> {
        @Override
        public Set<Map.Entry<BString, BValue>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<BString, BValue>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < keys.length;
                        }

                        @Override
                        public Map.Entry<BString, BValue> next() {
                            if (next >= keys.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new SimpleImmutableEntry<>(keys[i], values[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return keys.length;
                }
            };
        }

        @Override
        public int size() {
            return keys.length;
        }

        @Override
        public BValue get(Object key) {
            return key instanceof BString k ? lookup(k) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BDictionary other && ValueTrees.equal(this, other);
    }

    @Override
    public int hashCode() {
        return ValueTrees.hash(this);
    }

    @Override
    public String toString() {
        return ValueTrees.text(this);
    }

    /** Collects entries with text keys; not thread-safe. */
    public static final class Builder {
        private final Map<BString, BValue> entries = new LinkedHashMap<>();

        private Builder() {}

        /** @param key the key @param value its value @return this builder */
        public Builder put(String key, BValue value) {
            entries.put(BString.of(key), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** @param key the key @param value a UTF-8 string value @return this builder */
        public Builder put(String key, String value) {
            return put(key, BString.of(value));
        }

        /** @param key the key @param value an integer value @return this builder */
        public Builder put(String key, long value) {
            return put(key, BInteger.of(value));
        }

        /** @param key the key @param value a byte-string value (copied) @return this builder */
        public Builder put(String key, byte[] value) {
            return put(key, BString.of(value));
        }

        /** @return the dictionary */
        public BDictionary build() {
            return BDictionary.of(entries);
        }
    }
}
