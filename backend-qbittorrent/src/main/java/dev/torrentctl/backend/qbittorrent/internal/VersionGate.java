package dev.torrentctl.backend.qbittorrent.internal;

import dev.torrentctl.api.Capability;
import dev.torrentctl.api.UnsupportedCapabilityException;
import java.util.EnumSet;
import java.util.Set;

/**
 * The capabilities that depend on the connected WebAPI version, each with the version and the
 * qBittorrent release that brought it: the one place that decides both the declared capabilities
 * and the message of the error an older version gets.
 */
enum VersionGate {
    V2_TORRENTS(Capability.V2_TORRENTS, WebApiVersion.V2_TORRENTS, "4.4"),
    INACTIVE_SEEDING_TIME(Capability.INACTIVE_SEEDING_TIME_LIMIT, WebApiVersion.INACTIVE_SEEDING_TIME, "4.6"),
    EDIT_WEB_SEEDS(Capability.EDIT_WEB_SEEDS, WebApiVersion.EDIT_WEB_SEEDS, "5.1"),
    SET_TAGS(Capability.SET_TAGS, WebApiVersion.SET_TAGS, "5.1"),
    SHARE_LIMIT_ACTION(Capability.SHARE_LIMIT_ACTION, WebApiVersion.SHARE_LIMIT_ACTION, "5.2");

    private final Capability capability;
    private final WebApiVersion since;
    private final String release;

    VersionGate(Capability capability, WebApiVersion since, String release) {
        this.capability = capability;
        this.since = since;
        this.release = release;
    }

    /**
     * What no qBittorrent has: a low file priority (its levels are skip, normal, high, maximum),
     * pointing a torrent at other data without moving it (setLocation and setSavePath both move),
     * file priorities at add, and a per-torrent bandwidth priority.
     */
    static final Set<Capability> NEVER = EnumSet.of(Capability.FILE_PRIORITY_LOW,
            Capability.SET_LOCATION_WITHOUT_MOVING, Capability.ADD_OPTION_FILE_PRIORITIES,
            Capability.BANDWIDTH_PRIORITY, Capability.ADD_OPTION_BANDWIDTH_PRIORITY);

    /** @return every capability, less those no qBittorrent has and those this WebAPI version lacks */
    static Set<Capability> capabilities(WebApiVersion webApi) {
        Set<Capability> caps = EnumSet.complementOf(EnumSet.copyOf(NEVER));
        for (VersionGate g : values()) {
            if (!webApi.atLeast(g.since)) {
                caps.remove(g.capability);
            }
        }
        return Set.copyOf(caps);
    }

    /** @throws UnsupportedCapabilityException naming both versions, if {@code webApi} lacks the capability */
    static void require(String operation, Capability capability, WebApiVersion webApi) {
        for (VersionGate g : values()) {
            if (g.capability == capability && !webApi.atLeast(g.since)) {
                throw new UnsupportedCapabilityException(Calls.BACKEND, operation, capability, "needs qBittorrent "
                        + g.release + " (WebAPI " + g.since + "); this one has WebAPI " + webApi);
            }
        }
    }
}
