package dev.torrentctl.api;

import dev.torrentctl.hashes.InfoHashV1;
import dev.torrentctl.hashes.InfoHashV2;
import dev.torrentctl.hashes.InfoHashes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A snapshot of one torrent as a client reports it, normalized.
 *
 * <p>Immutable; build one with {@link #builder}. New fields get defaults, so a backend that
 * builds values keeps compiling as fields are added.
 *
 * @since 0.1
 */
public final class Torrent {
    private final String id;
    private final Optional<InfoHashV1> infoHashV1;
    private final Optional<InfoHashV2> infoHashV2;
    private final String name;
    private final TorrentState state;
    private final String rawState;
    private final double progress;
    private final long sizeBytes;
    private final long totalSizeBytes;
    private final DataRate downloadRate;
    private final DataRate uploadRate;
    private final double ratio;
    private final String savePath;
    private final Optional<String> category;
    private final Set<String> tags;
    private final Optional<Instant> addedOn;
    private final Optional<Instant> completedOn;
    private final Optional<Duration> eta;
    private final Optional<String> errorMessage;
    private final TorrentSettings settings;
    private final Map<String, String> anomalies;

    private Torrent(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.infoHashV1 = Objects.requireNonNull(b.infoHashV1, "infoHashV1");
        this.infoHashV2 = Objects.requireNonNull(b.infoHashV2, "infoHashV2");
        this.name = Objects.requireNonNull(b.name, "name");
        this.state = Objects.requireNonNull(b.state, "state");
        this.rawState = Objects.requireNonNull(b.rawState, "rawState");
        this.progress = b.progress;
        this.sizeBytes = b.sizeBytes;
        this.totalSizeBytes = b.totalSizeBytes;
        this.downloadRate = Objects.requireNonNull(b.downloadRate, "downloadRate");
        this.uploadRate = Objects.requireNonNull(b.uploadRate, "uploadRate");
        this.ratio = b.ratio;
        this.savePath = Objects.requireNonNull(b.savePath, "savePath");
        this.category = Objects.requireNonNull(b.category, "category");
        this.tags = Set.copyOf(b.tags);
        this.addedOn = Objects.requireNonNull(b.addedOn, "addedOn");
        this.completedOn = Objects.requireNonNull(b.completedOn, "completedOn");
        this.eta = Objects.requireNonNull(b.eta, "eta");
        this.errorMessage = Objects.requireNonNull(b.errorMessage, "errorMessage");
        this.settings = Objects.requireNonNull(b.settings, "settings");
        this.anomalies = Map.copyOf(b.anomalies);
    }

    /**
     * @param id the key the client itself uses (qBittorrent's torrent id, Transmission's hash string)
     * @return a builder; every other field has a default (empty, zero, or none)
     */
    public static Builder builder(String id) {
        Builder b = new Builder();
        b.id(id);
        return b;
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.infoHashV1 = infoHashV1;
        b.infoHashV2 = infoHashV2;
        b.name = name;
        b.state = state;
        b.rawState = rawState;
        b.progress = progress;
        b.sizeBytes = sizeBytes;
        b.totalSizeBytes = totalSizeBytes;
        b.downloadRate = downloadRate;
        b.uploadRate = uploadRate;
        b.ratio = ratio;
        b.savePath = savePath;
        b.category = category;
        b.tags = tags;
        b.addedOn = addedOn;
        b.completedOn = completedOn;
        b.eta = eta;
        b.errorMessage = errorMessage;
        b.settings = settings;
        b.anomalies = anomalies;
        return b;
    }

    /** @return the key the client itself uses (qBittorrent's torrent id, Transmission's hash string) */
    public String id() {
        return id;
    }

    /** @return the v1 infohash, if the torrent has one and the client reports it */
    public Optional<InfoHashV1> infoHashV1() {
        return infoHashV1;
    }

    /** @return the v2 infohash, if the torrent has one and the client reports it */
    public Optional<InfoHashV2> infoHashV2() {
        return infoHashV2;
    }

    /** @return the torrent's name */
    public String name() {
        return name;
    }

    /** @return the normalized state */
    public TorrentState state() {
        return state;
    }

    /** @return the client's own state, verbatim (for example {@code stoppedDL} or {@code 0}) */
    public String rawState() {
        return rawState;
    }

    /** @return the fraction downloaded of the wanted data, from 0.0 to 1.0 */
    public double progress() {
        return progress;
    }

    /** @return bytes of the files selected for download */
    public long sizeBytes() {
        return sizeBytes;
    }

    /** @return bytes of all files */
    public long totalSizeBytes() {
        return totalSizeBytes;
    }

    /** @return current download rate */
    public DataRate downloadRate() {
        return downloadRate;
    }

    /** @return current upload rate */
    public DataRate uploadRate() {
        return uploadRate;
    }

    /** @return uploaded divided by downloaded, as the client computes it */
    public double ratio() {
        return ratio;
    }

    /** @return the folder the client saves the data in */
    public String savePath() {
        return savePath;
    }

    /** @return the qBittorrent category (or the equivalent label) */
    public Optional<String> category() {
        return category;
    }

    /** @return the torrent's tags, empty if none */
    public Set<String> tags() {
        return tags;
    }

    /** @return when it was added */
    public Optional<Instant> addedOn() {
        return addedOn;
    }

    /** @return when it completed, if it did */
    public Optional<Instant> completedOn() {
        return completedOn;
    }

    /** @return estimated time until complete, if the client has an estimate */
    public Optional<Duration> eta() {
        return eta;
    }

    /** @return the client's error message, if it reports one */
    public Optional<String> errorMessage() {
        return errorMessage;
    }

    /** @return the torrent's own limits and switches ({@link TorrentSettings#NONE} where the client has none) */
    public TorrentSettings settings() {
        return settings;
    }

    /**
     * @return the fields the client sent out of range or not as numbers (a size of 1e30, a progress
     *     of NaN), with their raw text; each such field holds its neutral value (zero, or unknown).
     *     Empty for a torrent the client described well.
     * @since 0.2
     */
    public Map<String, String> anomalies() {
        return anomalies;
    }

    /** @return the infohashes the client reports, if any */
    public Optional<InfoHashes> infoHashes() {
        return infoHashV1.isEmpty() && infoHashV2.isEmpty() ? Optional.empty()
                : Optional.of(new InfoHashes(infoHashV1, infoHashV2));
    }

    /** @return a reference to this torrent by its hashes (or, without them, by its id) */
    public TorrentRef ref() {
        return infoHashes().map(TorrentRef::of).orElseGet(() -> TorrentRef.parse(id));
    }

    /** @return true when the client counts it complete */
    public boolean isComplete() {
        return progress >= 1.0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Torrent x && id.equals(x.id) && infoHashV1.equals(x.infoHashV1) && infoHashV2.equals(x.infoHashV2) && name.equals(x.name) && state.equals(x.state) && rawState.equals(x.rawState) && Double.compare(progress, x.progress) == 0 && sizeBytes == x.sizeBytes && totalSizeBytes == x.totalSizeBytes && downloadRate.equals(x.downloadRate) && uploadRate.equals(x.uploadRate) && Double.compare(ratio, x.ratio) == 0 && savePath.equals(x.savePath) && category.equals(x.category) && tags.equals(x.tags) && addedOn.equals(x.addedOn) && completedOn.equals(x.completedOn) && eta.equals(x.eta) && errorMessage.equals(x.errorMessage) && settings.equals(x.settings) && anomalies.equals(x.anomalies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, infoHashV1, infoHashV2, name, state, rawState, progress, sizeBytes, totalSizeBytes, downloadRate, uploadRate, ratio, savePath, category, tags, addedOn, completedOn, eta, errorMessage, settings, anomalies);
    }

    @Override
    public String toString() {
        return "Torrent[id=" + id + ", infoHashV1=" + infoHashV1 + ", infoHashV2=" + infoHashV2 + ", name=" + name + ", state=" + state + ", rawState=" + rawState + ", progress=" + progress + ", sizeBytes=" + sizeBytes + ", totalSizeBytes=" + totalSizeBytes + ", downloadRate=" + downloadRate + ", uploadRate=" + uploadRate + ", ratio=" + ratio + ", savePath=" + savePath + ", category=" + category + ", tags=" + tags + ", addedOn=" + addedOn + ", completedOn=" + completedOn + ", eta=" + eta + ", errorMessage=" + errorMessage + ", settings=" + settings + (anomalies.isEmpty() ? "" : ", anomalies=" + anomalies) + "]";
    }

    /** Builds a {@link Torrent}; not thread-safe. */
    public static final class Builder {
        private String id;
        private Optional<InfoHashV1> infoHashV1 = Optional.empty();
        private Optional<InfoHashV2> infoHashV2 = Optional.empty();
        private String name = "";
        private TorrentState state = TorrentState.UNKNOWN;
        private String rawState = "";
        private double progress = 0.0;
        private long sizeBytes = 0;
        private long totalSizeBytes = 0;
        private DataRate downloadRate = DataRate.ZERO;
        private DataRate uploadRate = DataRate.ZERO;
        private double ratio = 0.0;
        private String savePath = "";
        private Optional<String> category = Optional.empty();
        private Set<String> tags = Set.of();
        private Optional<Instant> addedOn = Optional.empty();
        private Optional<Instant> completedOn = Optional.empty();
        private Optional<Duration> eta = Optional.empty();
        private Optional<String> errorMessage = Optional.empty();
        private TorrentSettings settings = TorrentSettings.NONE;
        private Map<String, String> anomalies = Map.of();

        private Builder() {}

        /** @param value the key the client itself uses (qBittorrent's torrent id, Transmission's hash string) @return this builder */
        public Builder id(String value) {
            this.id = Objects.requireNonNull(value, "id");
            return this;
        }

        /** @param value the v1 infohash, if the torrent has one and the client reports it @return this builder */
        public Builder infoHashV1(Optional<InfoHashV1> value) {
            this.infoHashV1 = Objects.requireNonNull(value, "infoHashV1");
            return this;
        }

        /** @param value the v2 infohash, if the torrent has one and the client reports it @return this builder */
        public Builder infoHashV2(Optional<InfoHashV2> value) {
            this.infoHashV2 = Objects.requireNonNull(value, "infoHashV2");
            return this;
        }

        /** @param value the torrent's name @return this builder */
        public Builder name(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /** @param value the normalized state @return this builder */
        public Builder state(TorrentState value) {
            this.state = Objects.requireNonNull(value, "state");
            return this;
        }

        /** @param value the client's own state, verbatim (for example {@code stoppedDL} or {@code 0}) @return this builder */
        public Builder rawState(String value) {
            this.rawState = Objects.requireNonNull(value, "rawState");
            return this;
        }

        /** @param value the fraction downloaded of the wanted data, from 0.0 to 1.0 @return this builder */
        public Builder progress(double value) {
            this.progress = value;
            return this;
        }

        /** @param value bytes of the files selected for download @return this builder */
        public Builder sizeBytes(long value) {
            this.sizeBytes = value;
            return this;
        }

        /** @param value bytes of all files @return this builder */
        public Builder totalSizeBytes(long value) {
            this.totalSizeBytes = value;
            return this;
        }

        /** @param value current download rate @return this builder */
        public Builder downloadRate(DataRate value) {
            this.downloadRate = Objects.requireNonNull(value, "downloadRate");
            return this;
        }

        /** @param value current upload rate @return this builder */
        public Builder uploadRate(DataRate value) {
            this.uploadRate = Objects.requireNonNull(value, "uploadRate");
            return this;
        }

        /** @param value uploaded divided by downloaded, as the client computes it @return this builder */
        public Builder ratio(double value) {
            this.ratio = value;
            return this;
        }

        /** @param value the folder the client saves the data in @return this builder */
        public Builder savePath(String value) {
            this.savePath = Objects.requireNonNull(value, "savePath");
            return this;
        }

        /** @param value the qBittorrent category (or the equivalent label) @return this builder */
        public Builder category(Optional<String> value) {
            this.category = Objects.requireNonNull(value, "category");
            return this;
        }

        /** @param value the torrent's tags, empty if none @return this builder */
        public Builder tags(Set<String> value) {
            this.tags = Objects.requireNonNull(value, "tags");
            return this;
        }

        /** @param value when it was added @return this builder */
        public Builder addedOn(Optional<Instant> value) {
            this.addedOn = Objects.requireNonNull(value, "addedOn");
            return this;
        }

        /** @param value when it completed, if it did @return this builder */
        public Builder completedOn(Optional<Instant> value) {
            this.completedOn = Objects.requireNonNull(value, "completedOn");
            return this;
        }

        /** @param value estimated time until complete, if the client has an estimate @return this builder */
        public Builder eta(Optional<Duration> value) {
            this.eta = Objects.requireNonNull(value, "eta");
            return this;
        }

        /** @param value the client's error message, if it reports one @return this builder */
        public Builder errorMessage(Optional<String> value) {
            this.errorMessage = Objects.requireNonNull(value, "errorMessage");
            return this;
        }

        /** @param value the torrent's own limits and switches ({@link TorrentSettings#NONE} where the client has none) @return this builder */
        public Builder settings(TorrentSettings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /** @param value fields out of range, with their raw text @return this builder */
        public Builder anomalies(Map<String, String> value) {
            this.anomalies = Objects.requireNonNull(value, "anomalies");
            return this;
        }

        /** @return the value @throws NullPointerException if a required field was not set */
        public Torrent build() {
            return new Torrent(this);
        }
    }
}
