package dev.torrentctl.api;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One tracker of a torrent. Pseudo-entries some clients list beside real trackers (qBittorrent's
 * {@code ** [DHT] **}, PeX and LSD rows) are not trackers and are not reported.
 *
 * <p>Immutable; build one with {@link #builder}. New fields get defaults, so a backend that
 * builds values keeps compiling as fields are added.
 *
 * @since 0.2
 */
public final class Tracker {
    private final String url;
    private final int tier;
    private final TrackerStatus status;
    private final String message;
    private final OptionalInt peers;
    private final OptionalInt seeds;
    private final OptionalInt leechers;
    private final OptionalInt downloaded;

    private Tracker(Builder b) {
        this.url = Objects.requireNonNull(b.url, "url");
        this.tier = b.tier;
        this.status = Objects.requireNonNull(b.status, "status");
        this.message = Objects.requireNonNull(b.message, "message");
        this.peers = Objects.requireNonNull(b.peers, "peers");
        this.seeds = Objects.requireNonNull(b.seeds, "seeds");
        this.leechers = Objects.requireNonNull(b.leechers, "leechers");
        this.downloaded = Objects.requireNonNull(b.downloaded, "downloaded");
    }

    /**
     * @param url the announce URL, as the client has it
     * @return a builder; every other field has a default (empty, zero, or none)
     */
    public static Builder builder(String url) {
        Builder b = new Builder();
        b.url(url);
        return b;
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.url = url;
        b.tier = tier;
        b.status = status;
        b.message = message;
        b.peers = peers;
        b.seeds = seeds;
        b.leechers = leechers;
        b.downloaded = downloaded;
        return b;
    }

    /** @return the announce URL, as the client has it */
    public String url() {
        return url;
    }

    /** @return the tier, from 0 (tried first) */
    public int tier() {
        return tier;
    }

    /** @return what the client knows of it */
    public TrackerStatus status() {
        return status;
    }

    /** @return the tracker's or client's last message, empty if none */
    public String message() {
        return message;
    }

    /** @return peers the tracker reported, if known */
    public OptionalInt peers() {
        return peers;
    }

    /** @return seeds the tracker reported, if known */
    public OptionalInt seeds() {
        return seeds;
    }

    /** @return leechers the tracker reported, if known */
    public OptionalInt leechers() {
        return leechers;
    }

    /** @return completed downloads the tracker reported, if known */
    public OptionalInt downloaded() {
        return downloaded;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tracker x && url.equals(x.url) && tier == x.tier && status.equals(x.status) && message.equals(x.message) && peers.equals(x.peers) && seeds.equals(x.seeds) && leechers.equals(x.leechers) && downloaded.equals(x.downloaded);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, tier, status, message, peers, seeds, leechers, downloaded);
    }

    @Override
    public String toString() {
        return "Tracker[url=" + url + ", tier=" + tier + ", status=" + status + ", message=" + message + ", peers=" + peers + ", seeds=" + seeds + ", leechers=" + leechers + ", downloaded=" + downloaded + "]";
    }

    /** Builds a {@link Tracker}; not thread-safe. */
    public static final class Builder {
        private String url;
        private int tier = 0;
        private TrackerStatus status = TrackerStatus.UNKNOWN;
        private String message = "";
        private OptionalInt peers = OptionalInt.empty();
        private OptionalInt seeds = OptionalInt.empty();
        private OptionalInt leechers = OptionalInt.empty();
        private OptionalInt downloaded = OptionalInt.empty();

        private Builder() {}

        /** @param value the announce URL, as the client has it @return this builder */
        public Builder url(String value) {
            this.url = Objects.requireNonNull(value, "url");
            return this;
        }

        /** @param value the tier, from 0 (tried first) @return this builder */
        public Builder tier(int value) {
            this.tier = value;
            return this;
        }

        /** @param value what the client knows of it @return this builder */
        public Builder status(TrackerStatus value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }

        /** @param value the tracker's or client's last message, empty if none @return this builder */
        public Builder message(String value) {
            this.message = Objects.requireNonNull(value, "message");
            return this;
        }

        /** @param value peers the tracker reported, if known @return this builder */
        public Builder peers(OptionalInt value) {
            this.peers = Objects.requireNonNull(value, "peers");
            return this;
        }

        /** @param value seeds the tracker reported, if known @return this builder */
        public Builder seeds(OptionalInt value) {
            this.seeds = Objects.requireNonNull(value, "seeds");
            return this;
        }

        /** @param value leechers the tracker reported, if known @return this builder */
        public Builder leechers(OptionalInt value) {
            this.leechers = Objects.requireNonNull(value, "leechers");
            return this;
        }

        /** @param value completed downloads the tracker reported, if known @return this builder */
        public Builder downloaded(OptionalInt value) {
            this.downloaded = Objects.requireNonNull(value, "downloaded");
            return this;
        }

        /** @return the value @throws NullPointerException if a required field was not set */
        public Tracker build() {
            return new Tracker(this);
        }
    }
}
