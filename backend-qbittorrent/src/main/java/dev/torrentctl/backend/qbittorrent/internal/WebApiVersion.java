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
    /** 4.6: {@code inactiveSeedingTimeLimit} on add and in setShareLimits. */
    static final WebApiVersion INACTIVE_SEEDING_TIME = new WebApiVersion(2, 9, 2);
    /** 5.1: torrents/addWebSeeds, editWebSeed, removeWebSeeds. */
    static final WebApiVersion EDIT_WEB_SEEDS = new WebApiVersion(2, 11, 3);
    /** 5.0.x: sync/maindata reports free disk space (4.5 always reports 0). */
    static final WebApiVersion MAINDATA_FREE_SPACE = new WebApiVersion(2, 11, 0);
    /** 5.2: per-torrent {@code shareLimitAction}, required by setShareLimits. */
    static final WebApiVersion SHARE_LIMIT_ACTION = new WebApiVersion(2, 12, 0);
    /** 5.2: torrents/editTracker takes {@code url} instead of {@code origUrl}. */
    static final WebApiVersion EDIT_TRACKER_URL = new WebApiVersion(2, 13, 0);
    /** 5.3: app/getFreeSpaceAtPath. */
    static final WebApiVersion FREE_SPACE_AT_PATH = new WebApiVersion(2, 15, 2);
    /** 5.3: torrents/add reads {@code seedMode} instead of {@code skip_checking}; setShareLimits requires {@code shareLimitsMode}. */
    static final WebApiVersion SEED_MODE = new WebApiVersion(2, 16, 0);
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
