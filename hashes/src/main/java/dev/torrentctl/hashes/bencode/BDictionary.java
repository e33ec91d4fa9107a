package dev.torrentctl.hashes.bencode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A bencoded dictionary. Entries keep the order they were decoded in (which, for a strictly decoded
 * dictionary, is sorted); the encoder always writes them sorted.
 *
 * @since 0.1
 */
public final class BDictionary implements BValue {
    private final Map<BString, BValue> entries;
    private final Span span;

    BDictionary(Map<BString, BValue> entries, Span span) {
        this.entries = Collections.unmodifiableMap(entries);
        this.span = span;
    }

    /** @param entries the entries (copied, order kept) @return the dictionary */
    public static BDictionary of(Map<BString, ? extends BValue> entries) {
        Objects.requireNonNull(entries, "entries");
        return new BDictionary(new LinkedHashMap<>(entries), null);
    }

    /** @return a builder for dictionaries with text keys */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the entries, unmodifiable */
    public Map<BString, BValue> entries() {
        return entries;
    }

    /** @param key a key, as UTF-8 @return its value, if present */
    public Optional<BValue> get(String key) {
        if (entries.size() <= SCAN_LIMIT && isAscii(key)) {
            for (Map.Entry<BString, BValue> e : entries.entrySet()) {
                if (e.getKey().isAscii(key)) {
                    return Optional.of(e.getValue());
                }
            }
            return Optional.empty();
        }
        return Optional.ofNullable(entries.get(BString.of(key)));
    }

    /** Small dictionaries (a file entry, say) are searched without encoding the key. */
    private static final int SCAN_LIMIT = 8;

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param key a key, as raw bytes (keys need not be text: v2 {@code piece layers} are keyed by hashes)
     * @return its value
     */
    public Optional<BValue> get(BString key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public Optional<Span> span() {
        return Optional.ofNullable(span);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BDictionary other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "BDictionary" + entries;
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
