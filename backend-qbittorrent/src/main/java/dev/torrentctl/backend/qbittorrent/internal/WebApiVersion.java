package dev.torrentctl.backend.qbittorrent.internal;

/**
 * qBittorrent's WebAPI version ({@code app/webapiVersion}), for example 2.8.19 (4.5), 2.11.4 (5.1),
 * 2.16.2 (5.3). Behaviour is chosen by this version, not the application's.
 */
record WebApiVersion(int major, int minor, int patch) implements Comparable<WebApiVersion> {
    /** 5.0: torrents/stop and start, the {@code stopped} add parameter, stopped* states. */
    static final WebApiVersion STOP_START = new WebApiVersion(2, 11, 0);
    /** 5.2: torrents/add answers JSON with the added ids; 409 when nothing was added. */
    static final WebApiVersion JSON_ADD_RESULT = new WebApiVersion(2, 14, 0);
    /** {@code torrents/setTags} (qBittorrent 5.1). */
    static final WebApiVersion SET_TAGS = new WebApiVersion(2, 11, 4);
    /** 4.4: infohash_v1/infohash_v2 fields, BitTorrent v2 torrents. */
    static final WebApiVersion V2_TORRENTS = new WebApiVersion(2, 8, 4);

    static WebApiVersion parse(String text) {
        String[] parts = text.strip().split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            int patch = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
            return new WebApiVersion(major, minor, patch);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a WebAPI version: '" + text + "'", e);
        }
    }

    boolean atLeast(WebApiVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(WebApiVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
