package dev.torrentctl.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The details of one torrent that a client gives beyond its list entry: metadata, totals, swarm
 * counts. What maps across clients is normalized; every field the client sent is also kept in
 * {@link #raw()}.
 *
 * <p>Immutable; build one with {@link #builder}. New fields get defaults, so a backend that
 * builds values keeps compiling as fields are added.
 *
 * @since 0.2
 */
public final class TorrentProperties {
    private final String savePath;
    private final Optional<Instant> creationDate;
    private final String comment;
    private final String createdBy;
    private final long pieceSizeBytes;
    private final int piecesHave;
    private final int piecesTotal;
    private final long totalDownloadedBytes;
    private final long totalUploadedBytes;
    private final long totalWastedBytes;
    private final Duration timeActive;
    private final Duration seedingTime;
    private final int connections;
    private final int seedsConnected;
    private final int peersConnected;
    private final OptionalInt seedsInSwarm;
    private final OptionalInt peersInSwarm;
    private final double shareRatio;
    private final DataRate averageDownloadRate;
    private final DataRate averageUploadRate;
    private final Optional<Instant> addedOn;
    private final Optional<Instant> completedOn;
    private final Optional<Instant> lastSeenComplete;
    private final Optional<Boolean> isPrivate;
    private final Map<String, String> raw;

    private TorrentProperties(Builder b) {
        this.savePath = Objects.requireNonNull(b.savePath, "savePath");
        this.creationDate = Objects.requireNonNull(b.creationDate, "creationDate");
        this.comment = Objects.requireNonNull(b.comment, "comment");
        this.createdBy = Objects.requireNonNull(b.createdBy, "createdBy");
        this.pieceSizeBytes = b.pieceSizeBytes;
        this.piecesHave = b.piecesHave;
        this.piecesTotal = b.piecesTotal;
        this.totalDownloadedBytes = b.totalDownloadedBytes;
        this.totalUploadedBytes = b.totalUploadedBytes;
        this.totalWastedBytes = b.totalWastedBytes;
        this.timeActive = Objects.requireNonNull(b.timeActive, "timeActive");
        this.seedingTime = Objects.requireNonNull(b.seedingTime, "seedingTime");
        this.connections = b.connections;
        this.seedsConnected = b.seedsConnected;
        this.peersConnected = b.peersConnected;
        this.seedsInSwarm = Objects.requireNonNull(b.seedsInSwarm, "seedsInSwarm");
        this.peersInSwarm = Objects.requireNonNull(b.peersInSwarm, "peersInSwarm");
        this.shareRatio = b.shareRatio;
        this.averageDownloadRate = Objects.requireNonNull(b.averageDownloadRate, "averageDownloadRate");
        this.averageUploadRate = Objects.requireNonNull(b.averageUploadRate, "averageUploadRate");
        this.addedOn = Objects.requireNonNull(b.addedOn, "addedOn");
        this.completedOn = Objects.requireNonNull(b.completedOn, "completedOn");
        this.lastSeenComplete = Objects.requireNonNull(b.lastSeenComplete, "lastSeenComplete");
        this.isPrivate = Objects.requireNonNull(b.isPrivate, "isPrivate");
        this.raw = Map.copyOf(b.raw);
    }

    /**
     * @return a builder; every other field has a default (empty, zero, or none)
     */
    public static Builder builder() {
        Builder b = new Builder();
        return b;
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.savePath = savePath;
        b.creationDate = creationDate;
        b.comment = comment;
        b.createdBy = createdBy;
        b.pieceSizeBytes = pieceSizeBytes;
        b.piecesHave = piecesHave;
        b.piecesTotal = piecesTotal;
        b.totalDownloadedBytes = totalDownloadedBytes;
        b.totalUploadedBytes = totalUploadedBytes;
        b.totalWastedBytes = totalWastedBytes;
        b.timeActive = timeActive;
        b.seedingTime = seedingTime;
        b.connections = connections;
        b.seedsConnected = seedsConnected;
        b.peersConnected = peersConnected;
        b.seedsInSwarm = seedsInSwarm;
        b.peersInSwarm = peersInSwarm;
        b.shareRatio = shareRatio;
        b.averageDownloadRate = averageDownloadRate;
        b.averageUploadRate = averageUploadRate;
        b.addedOn = addedOn;
        b.completedOn = completedOn;
        b.lastSeenComplete = lastSeenComplete;
        b.isPrivate = isPrivate;
        b.raw = raw;
        return b;
    }

    /** @return the folder its data is in */
    public String savePath() {
        return savePath;
    }

    /** @return when the .torrent was created, if it says */
    public Optional<Instant> creationDate() {
        return creationDate;
    }

    /** @return the .torrent's comment, empty if none */
    public String comment() {
        return comment;
    }

    /** @return the program that created the .torrent, empty if unknown */
    public String createdBy() {
        return createdBy;
    }

    /** @return the piece length, 0 before the metadata is known */
    public long pieceSizeBytes() {
        return pieceSizeBytes;
    }

    /** @return pieces downloaded and checked */
    public int piecesHave() {
        return piecesHave;
    }

    /** @return pieces in the torrent, 0 before the metadata is known */
    public int piecesTotal() {
        return piecesTotal;
    }

    /** @return bytes downloaded, over all sessions */
    public long totalDownloadedBytes() {
        return totalDownloadedBytes;
    }

    /** @return bytes uploaded, over all sessions */
    public long totalUploadedBytes() {
        return totalUploadedBytes;
    }

    /** @return bytes discarded (failed hash checks, duplicates) */
    public long totalWastedBytes() {
        return totalWastedBytes;
    }

    /** @return how long it has been running, over all sessions */
    public Duration timeActive() {
        return timeActive;
    }

    /** @return how long it has been running while complete */
    public Duration seedingTime() {
        return seedingTime;
    }

    /** @return peer connections now open */
    public int connections() {
        return connections;
    }

    /** @return seeds connected now */
    public int seedsConnected() {
        return seedsConnected;
    }

    /** @return peers (of any kind) connected now */
    public int peersConnected() {
        return peersConnected;
    }

    /** @return seeds in the swarm, as trackers report them, if known */
    public OptionalInt seedsInSwarm() {
        return seedsInSwarm;
    }

    /** @return peers in the swarm, as trackers report them, if known */
    public OptionalInt peersInSwarm() {
        return peersInSwarm;
    }

    /** @return uploaded divided by downloaded */
    public double shareRatio() {
        return shareRatio;
    }

    /** @return the average download rate while active */
    public DataRate averageDownloadRate() {
        return averageDownloadRate;
    }

    /** @return the average upload rate while active */
    public DataRate averageUploadRate() {
        return averageUploadRate;
    }

    /** @return when it was added, if known */
    public Optional<Instant> addedOn() {
        return addedOn;
    }

    /** @return when it completed, if it did */
    public Optional<Instant> completedOn() {
        return completedOn;
    }

    /** @return when a complete copy was last seen in the swarm, if ever */
    public Optional<Instant> lastSeenComplete() {
        return lastSeenComplete;
    }

    /** @return whether the torrent is private (BEP 27), when the client knows (not before the metadata) */
    public Optional<Boolean> isPrivate() {
        return isPrivate;
    }

    /** @return every field the client sent, as JSON text by name */
    public Map<String, String> raw() {
        return raw;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TorrentProperties x && savePath.equals(x.savePath) && creationDate.equals(x.creationDate) && comment.equals(x.comment) && createdBy.equals(x.createdBy) && pieceSizeBytes == x.pieceSizeBytes && piecesHave == x.piecesHave && piecesTotal == x.piecesTotal && totalDownloadedBytes == x.totalDownloadedBytes && totalUploadedBytes == x.totalUploadedBytes && totalWastedBytes == x.totalWastedBytes && timeActive.equals(x.timeActive) && seedingTime.equals(x.seedingTime) && connections == x.connections && seedsConnected == x.seedsConnected && peersConnected == x.peersConnected && seedsInSwarm.equals(x.seedsInSwarm) && peersInSwarm.equals(x.peersInSwarm) && Double.compare(shareRatio, x.shareRatio) == 0 && averageDownloadRate.equals(x.averageDownloadRate) && averageUploadRate.equals(x.averageUploadRate) && addedOn.equals(x.addedOn) && completedOn.equals(x.completedOn) && lastSeenComplete.equals(x.lastSeenComplete) && isPrivate.equals(x.isPrivate) && raw.equals(x.raw);
    }

    @Override
    public int hashCode() {
        return Objects.hash(savePath, creationDate, comment, createdBy, pieceSizeBytes, piecesHave, piecesTotal, totalDownloadedBytes, totalUploadedBytes, totalWastedBytes, timeActive, seedingTime, connections, seedsConnected, peersConnected, seedsInSwarm, peersInSwarm, shareRatio, averageDownloadRate, averageUploadRate, addedOn, completedOn, lastSeenComplete, isPrivate, raw);
    }

    @Override
    public String toString() {
        return "TorrentProperties[savePath=" + savePath + ", creationDate=" + creationDate + ", comment=" + comment + ", createdBy=" + createdBy + ", pieceSizeBytes=" + pieceSizeBytes + ", piecesHave=" + piecesHave + ", piecesTotal=" + piecesTotal + ", totalDownloadedBytes=" + totalDownloadedBytes + ", totalUploadedBytes=" + totalUploadedBytes + ", totalWastedBytes=" + totalWastedBytes + ", timeActive=" + timeActive + ", seedingTime=" + seedingTime + ", connections=" + connections + ", seedsConnected=" + seedsConnected + ", peersConnected=" + peersConnected + ", seedsInSwarm=" + seedsInSwarm + ", peersInSwarm=" + peersInSwarm + ", shareRatio=" + shareRatio + ", averageDownloadRate=" + averageDownloadRate + ", averageUploadRate=" + averageUploadRate + ", addedOn=" + addedOn + ", completedOn=" + completedOn + ", lastSeenComplete=" + lastSeenComplete + ", isPrivate=" + isPrivate + ", raw=" + raw + "]";
    }

    /** Builds a {@link TorrentProperties}; not thread-safe. */
    public static final class Builder {
        private String savePath = "";
        private Optional<Instant> creationDate = Optional.empty();
        private String comment = "";
        private String createdBy = "";
        private long pieceSizeBytes = 0;
        private int piecesHave = 0;
        private int piecesTotal = 0;
        private long totalDownloadedBytes = 0;
        private long totalUploadedBytes = 0;
        private long totalWastedBytes = 0;
        private Duration timeActive = Duration.ZERO;
        private Duration seedingTime = Duration.ZERO;
        private int connections = 0;
        private int seedsConnected = 0;
        private int peersConnected = 0;
        private OptionalInt seedsInSwarm = OptionalInt.empty();
        private OptionalInt peersInSwarm = OptionalInt.empty();
        private double shareRatio = 0.0;
        private DataRate averageDownloadRate = DataRate.ZERO;
        private DataRate averageUploadRate = DataRate.ZERO;
        private Optional<Instant> addedOn = Optional.empty();
        private Optional<Instant> completedOn = Optional.empty();
        private Optional<Instant> lastSeenComplete = Optional.empty();
        private Optional<Boolean> isPrivate = Optional.empty();
        private Map<String, String> raw = Map.of();

        private Builder() {}

        /** @param value the folder its data is in @return this builder */
        public Builder savePath(String value) {
            this.savePath = Objects.requireNonNull(value, "savePath");
            return this;
        }

        /** @param value when the .torrent was created, if it says @return this builder */
        public Builder creationDate(Optional<Instant> value) {
            this.creationDate = Objects.requireNonNull(value, "creationDate");
            return this;
        }

        /** @param value the .torrent's comment, empty if none @return this builder */
        public Builder comment(String value) {
            this.comment = Objects.requireNonNull(value, "comment");
            return this;
        }

        /** @param value the program that created the .torrent, empty if unknown @return this builder */
        public Builder createdBy(String value) {
            this.createdBy = Objects.requireNonNull(value, "createdBy");
            return this;
        }

        /** @param value the piece length, 0 before the metadata is known @return this builder */
        public Builder pieceSizeBytes(long value) {
            this.pieceSizeBytes = value;
            return this;
        }

        /** @param value pieces downloaded and checked @return this builder */
        public Builder piecesHave(int value) {
            this.piecesHave = value;
            return this;
        }

        /** @param value pieces in the torrent, 0 before the metadata is known @return this builder */
        public Builder piecesTotal(int value) {
            this.piecesTotal = value;
            return this;
        }

        /** @param value bytes downloaded, over all sessions @return this builder */
        public Builder totalDownloadedBytes(long value) {
            this.totalDownloadedBytes = value;
            return this;
        }

        /** @param value bytes uploaded, over all sessions @return this builder */
        public Builder totalUploadedBytes(long value) {
            this.totalUploadedBytes = value;
            return this;
        }

        /** @param value bytes discarded (failed hash checks, duplicates) @return this builder */
        public Builder totalWastedBytes(long value) {
            this.totalWastedBytes = value;
            return this;
        }

        /** @param value how long it has been running, over all sessions @return this builder */
        public Builder timeActive(Duration value) {
            this.timeActive = Objects.requireNonNull(value, "timeActive");
            return this;
        }

        /** @param value how long it has been running while complete @return this builder */
        public Builder seedingTime(Duration value) {
            this.seedingTime = Objects.requireNonNull(value, "seedingTime");
            return this;
        }

        /** @param value peer connections now open @return this builder */
        public Builder connections(int value) {
            this.connections = value;
            return this;
        }

        /** @param value seeds connected now @return this builder */
        public Builder seedsConnected(int value) {
            this.seedsConnected = value;
            return this;
        }

        /** @param value peers (of any kind) connected now @return this builder */
        public Builder peersConnected(int value) {
            this.peersConnected = value;
            return this;
        }

        /** @param value seeds in the swarm, as trackers report them, if known @return this builder */
        public Builder seedsInSwarm(OptionalInt value) {
            this.seedsInSwarm = Objects.requireNonNull(value, "seedsInSwarm");
            return this;
        }

        /** @param value peers in the swarm, as trackers report them, if known @return this builder */
        public Builder peersInSwarm(OptionalInt value) {
            this.peersInSwarm = Objects.requireNonNull(value, "peersInSwarm");
            return this;
        }

        /** @param value uploaded divided by downloaded @return this builder */
        public Builder shareRatio(double value) {
            this.shareRatio = value;
            return this;
        }

        /** @param value the average download rate while active @return this builder */
        public Builder averageDownloadRate(DataRate value) {
            this.averageDownloadRate = Objects.requireNonNull(value, "averageDownloadRate");
            return this;
        }

        /** @param value the average upload rate while active @return this builder */
        public Builder averageUploadRate(DataRate value) {
            this.averageUploadRate = Objects.requireNonNull(value, "averageUploadRate");
            return this;
        }

        /** @param value when it was added, if known @return this builder */
        public Builder addedOn(Optional<Instant> value) {
            this.addedOn = Objects.requireNonNull(value, "addedOn");
            return this;
        }

        /** @param value when it completed, if it did @return this builder */
        public Builder completedOn(Optional<Instant> value) {
            this.completedOn = Objects.requireNonNull(value, "completedOn");
            return this;
        }

        /** @param value when a complete copy was last seen in the swarm, if ever @return this builder */
        public Builder lastSeenComplete(Optional<Instant> value) {
            this.lastSeenComplete = Objects.requireNonNull(value, "lastSeenComplete");
            return this;
        }

        /** @param value whether the torrent is private (BEP 27), when the client knows (not before the metadata) @return this builder */
        public Builder isPrivate(Optional<Boolean> value) {
            this.isPrivate = Objects.requireNonNull(value, "isPrivate");
            return this;
        }

        /** @param value every field the client sent, as JSON text by name @return this builder */
        public Builder raw(Map<String, String> value) {
            this.raw = Objects.requireNonNull(value, "raw");
            return this;
        }

        /** @return the value @throws NullPointerException if a required field was not set */
        public TorrentProperties build() {
            return new TorrentProperties(this);
        }
    }
}
