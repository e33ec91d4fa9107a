package dev.torrentctl.tck.internal;

import dev.torrentctl.api.Capability;
import java.util.Set;

/** The kinds of torrent the round-trip contracts add, and what a backend needs for each. */
public enum FixtureKind {
    V1(Set.of(Capability.ADD_TORRENT_FILE)),
    V2(Set.of(Capability.ADD_TORRENT_FILE, Capability.V2_TORRENTS)),
    HYBRID(Set.of(Capability.ADD_TORRENT_FILE, Capability.HYBRID_TORRENTS)),
    MAGNET(Set.of(Capability.ADD_MAGNET));

    private final Set<Capability> needs;

    FixtureKind(Set<Capability> needs) {
        this.needs = needs;
    }

    public Set<Capability> needs() {
        return needs;
    }
}
