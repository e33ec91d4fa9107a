package dev.torrentctl.api;

import java.util.Objects;

/**
 * A peer connected to a torrent.
 *
 * <p>Immutable; build one with {@link #builder}. New fields get defaults, so a backend that
 * builds values keeps compiling as fields are added.
 *
 * @since 0.2
 */
public final class Peer {
    private final String address;
    private final int port;
    private final String client;
    private final double progress;
    private final DataRate downloadRate;
    private final DataRate uploadRate;
    private final long downloadedBytes;
    private final long uploadedBytes;
    private final String connection;
    private final String flags;

    private Peer(Builder b) {
        this.address = Objects.requireNonNull(b.address, "address");
        this.port = b.port;
        this.client = Objects.requireNonNull(b.client, "client");
        this.progress = b.progress;
        this.downloadRate = Objects.requireNonNull(b.downloadRate, "downloadRate");
        this.uploadRate = Objects.requireNonNull(b.uploadRate, "uploadRate");
        this.downloadedBytes = b.downloadedBytes;
        this.uploadedBytes = b.uploadedBytes;
        this.connection = Objects.requireNonNull(b.connection, "connection");
        this.flags = Objects.requireNonNull(b.flags, "flags");
    }

    /**
     * @param address the peer's IP address
     * @param port the peer's port
     * @return a builder; every other field has a default (empty, zero, or none)
     */
    public static Builder builder(String address, int port) {
        Builder b = new Builder();
        b.address(address);
        b.port(port);
        return b;
    }

    /** @return a builder holding this value's fields */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.address = address;
        b.port = port;
        b.client = client;
        b.progress = progress;
        b.downloadRate = downloadRate;
        b.uploadRate = uploadRate;
        b.downloadedBytes = downloadedBytes;
        b.uploadedBytes = uploadedBytes;
        b.connection = connection;
        b.flags = flags;
        return b;
    }

    /** @return the peer's IP address */
    public String address() {
        return address;
    }

    /** @return the peer's port */
    public int port() {
        return port;
    }

    /** @return the peer's client name, empty if unknown */
    public String client() {
        return client;
    }

    /** @return how much of the torrent the peer has, from 0.0 to 1.0 */
    public double progress() {
        return progress;
    }

    /** @return how fast this client downloads from the peer */
    public DataRate downloadRate() {
        return downloadRate;
    }

    /** @return how fast this client uploads to the peer */
    public DataRate uploadRate() {
        return uploadRate;
    }

    /** @return bytes downloaded from the peer */
    public long downloadedBytes() {
        return downloadedBytes;
    }

    /** @return bytes uploaded to the peer */
    public long uploadedBytes() {
        return uploadedBytes;
    }

    /** @return the transport, such as {@code BT} or {@code μTP}, empty if unknown */
    public String connection() {
        return connection;
    }

    /** @return the client's flags for the peer, verbatim (qBittorrent's {@code flags}), empty if none */
    public String flags() {
        return flags;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Peer x && address.equals(x.address) && port == x.port && client.equals(x.client) && Double.compare(progress, x.progress) == 0 && downloadRate.equals(x.downloadRate) && uploadRate.equals(x.uploadRate) && downloadedBytes == x.downloadedBytes && uploadedBytes == x.uploadedBytes && connection.equals(x.connection) && flags.equals(x.flags);
    }

    @Override
    public int hashCode() {
        return Objects.hash(address, port, client, progress, downloadRate, uploadRate, downloadedBytes, uploadedBytes, connection, flags);
    }

    @Override
    public String toString() {
        return "Peer[address=" + address + ", port=" + port + ", client=" + client + ", progress=" + progress + ", downloadRate=" + downloadRate + ", uploadRate=" + uploadRate + ", downloadedBytes=" + downloadedBytes + ", uploadedBytes=" + uploadedBytes + ", connection=" + connection + ", flags=" + flags + "]";
    }

    /** Builds a {@link Peer}; not thread-safe. */
    public static final class Builder {
        private String address;
        private int port;
        private String client = "";
        private double progress = 0.0;
        private DataRate downloadRate = DataRate.ZERO;
        private DataRate uploadRate = DataRate.ZERO;
        private long downloadedBytes = 0;
        private long uploadedBytes = 0;
        private String connection = "";
        private String flags = "";

        private Builder() {}

        /** @param value the peer's IP address @return this builder */
        public Builder address(String value) {
            this.address = Objects.requireNonNull(value, "address");
            return this;
        }

        /** @param value the peer's port @return this builder */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** @param value the peer's client name, empty if unknown @return this builder */
        public Builder client(String value) {
            this.client = Objects.requireNonNull(value, "client");
            return this;
        }

        /** @param value how much of the torrent the peer has, from 0.0 to 1.0 @return this builder */
        public Builder progress(double value) {
            this.progress = value;
            return this;
        }

        /** @param value how fast this client downloads from the peer @return this builder */
        public Builder downloadRate(DataRate value) {
            this.downloadRate = Objects.requireNonNull(value, "downloadRate");
            return this;
        }

        /** @param value how fast this client uploads to the peer @return this builder */
        public Builder uploadRate(DataRate value) {
            this.uploadRate = Objects.requireNonNull(value, "uploadRate");
            return this;
        }

        /** @param value bytes downloaded from the peer @return this builder */
        public Builder downloadedBytes(long value) {
            this.downloadedBytes = value;
            return this;
        }

        /** @param value bytes uploaded to the peer @return this builder */
        public Builder uploadedBytes(long value) {
            this.uploadedBytes = value;
            return this;
        }

        /** @param value the transport, such as {@code BT} or {@code μTP}, empty if unknown @return this builder */
        public Builder connection(String value) {
            this.connection = Objects.requireNonNull(value, "connection");
            return this;
        }

        /** @param value the client's flags for the peer, verbatim (qBittorrent's {@code flags}), empty if none @return this builder */
        public Builder flags(String value) {
            this.flags = Objects.requireNonNull(value, "flags");
            return this;
        }

        /** @return the value @throws NullPointerException if a required field was not set */
        public Peer build() {
            return new Peer(this);
        }
    }
}
