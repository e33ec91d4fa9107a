package dev.torrentctl.api;

import java.util.Objects;

/**
 * How much of a client's answers torrentctl accepts, so a broken or hostile server cannot exhaust
 * memory: the header block, cookies, any answer that is not a list, and lists. An answer beyond a
 * limit fails with a {@link BackendProtocolException} that names the limit and how to raise it;
 * every answer is streamed, or its size checked, before it is held. Immutable; set with
 * {@link ClientConfig.Builder#responseLimits(ResponseLimits)}.
 *
 * @since 0.2
 */
public final class ResponseLimits {
    /** The defaults: 8 KiB per header line, 100 header lines, 4 KiB per cookie, 50 cookies, 8 MiB per answer, 64 MiB and 100,000 torrents per list (about 60,000 of qBittorrent's torrents fit in 64 MiB; raise both for more). */
    public static final ResponseLimits DEFAULT = builder().build();

    private final int maxHeaderLineBytes;
    private final int maxHeaderCount;
    private final int maxCookieBytes;
    private final int maxCookies;
    private final long maxBodyBytes;
    private final long maxListBytes;
    private final int maxListItems;
    private final int maxListItemBytes;

    private ResponseLimits(Builder b) {
        this.maxHeaderLineBytes = b.maxHeaderLineBytes;
        this.maxHeaderCount = b.maxHeaderCount;
        this.maxCookieBytes = b.maxCookieBytes;
        this.maxCookies = b.maxCookies;
        this.maxBodyBytes = b.maxBodyBytes;
        this.maxListBytes = b.maxListBytes;
        this.maxListItems = b.maxListItems;
        this.maxListItemBytes = b.maxListItemBytes;
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these limits */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxHeaderLineBytes = maxHeaderLineBytes;
        b.maxHeaderCount = maxHeaderCount;
        b.maxCookieBytes = maxCookieBytes;
        b.maxCookies = maxCookies;
        b.maxBodyBytes = maxBodyBytes;
        b.maxListBytes = maxListBytes;
        b.maxListItems = maxListItems;
        b.maxListItemBytes = maxListItemBytes;
        return b;
    }

    /** @return the longest header line (the status line included) accepted, in bytes */
    public int maxHeaderLineBytes() {
        return maxHeaderLineBytes;
    }

    /** @return the most header lines accepted in one answer */
    public int maxHeaderCount() {
        return maxHeaderCount;
    }

    /** @return the longest cookie (name and value) kept, in bytes; a longer one fails the call */
    public int maxCookieBytes() {
        return maxCookieBytes;
    }

    /** @return the most cookies kept for a client */
    public int maxCookies() {
        return maxCookies;
    }

    /** @return the largest answer accepted that is not a list of torrents, in bytes */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** @return the largest list of torrents accepted, in bytes of the client's answer */
    public long maxListBytes() {
        return maxListBytes;
    }

    /** @return the most torrents accepted in one list */
    public int maxListItems() {
        return maxListItems;
    }

    /**
     * @return the largest one torrent of a list may be, in characters of the client's answer (1 MiB
     *     by default: a torrent is about 2 KB): a single huge string cannot fill the heap
     * @since 0.2
     */
    public int maxListItemBytes() {
        return maxListItemBytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponseLimits r && maxHeaderLineBytes == r.maxHeaderLineBytes
                && maxHeaderCount == r.maxHeaderCount && maxCookieBytes == r.maxCookieBytes && maxCookies == r.maxCookies
                && maxBodyBytes == r.maxBodyBytes && maxListBytes == r.maxListBytes && maxListItems == r.maxListItems
                && maxListItemBytes == r.maxListItemBytes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxHeaderLineBytes, maxHeaderCount, maxCookieBytes, maxCookies, maxBodyBytes, maxListBytes,
                maxListItems, maxListItemBytes);
    }

    @Override
    public String toString() {
        return "ResponseLimits[headerLine=" + maxHeaderLineBytes + " B, headers=" + maxHeaderCount + ", cookie="
                + maxCookieBytes + " B, cookies=" + maxCookies + ", body=" + maxBodyBytes + " B, list=" + maxListBytes
                + " B, listItems=" + maxListItems + ", listItem=" + maxListItemBytes + " B]";
    }

    /** Builds {@link ResponseLimits}; not thread-safe. */
    public static final class Builder {
        private int maxHeaderLineBytes = 8 * 1024;
        private int maxHeaderCount = 100;
        private int maxCookieBytes = 4 * 1024;
        private int maxCookies = 50;
        private long maxBodyBytes = 8L * 1024 * 1024;
        private long maxListBytes = 64L * 1024 * 1024;
        private int maxListItems = 100_000;
        private int maxListItemBytes = 1024 * 1024;

        private Builder() {}

        private static long positive(String name, long value) {
            if (value <= 0) {
                throw new InvalidInputException("configure", "parameter '" + name + "' must be positive, got " + value,
                        null);
            }
            return value;
        }

        /** @param value bytes, positive @return this builder */
        public Builder maxHeaderLineBytes(int value) {
            this.maxHeaderLineBytes = (int) positive("maxHeaderLineBytes", value);
            return this;
        }

        /** @param value header lines, positive @return this builder */
        public Builder maxHeaderCount(int value) {
            this.maxHeaderCount = (int) positive("maxHeaderCount", value);
            return this;
        }

        /** @param value bytes, positive @return this builder */
        public Builder maxCookieBytes(int value) {
            this.maxCookieBytes = (int) positive("maxCookieBytes", value);
            return this;
        }

        /** @param value cookies, positive @return this builder */
        public Builder maxCookies(int value) {
            this.maxCookies = (int) positive("maxCookies", value);
            return this;
        }

        /** @param value bytes, positive @return this builder */
        public Builder maxBodyBytes(long value) {
            this.maxBodyBytes = positive("maxBodyBytes", value);
            return this;
        }

        /** @param value bytes, positive @return this builder */
        public Builder maxListBytes(long value) {
            this.maxListBytes = positive("maxListBytes", value);
            return this;
        }

        /** @param value torrents, positive @return this builder */
        public Builder maxListItems(int value) {
            this.maxListItems = (int) positive("maxListItems", value);
            return this;
        }

        /** @param value characters, positive @return this builder */
        public Builder maxListItemBytes(int value) {
            this.maxListItemBytes = (int) positive("maxListItemBytes", value);
            return this;
        }

        /** @return the limits */
        public ResponseLimits build() {
            return new ResponseLimits(this);
        }
    }
}
