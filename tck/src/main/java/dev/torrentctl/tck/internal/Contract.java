package dev.torrentctl.tck.internal;

import dev.torrentctl.api.Capability;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentState;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Base of the kit's feature areas: access to the context and shared steps. */
public abstract class Contract {
    /** Stopped states: incomplete or complete. */
    static final Set<TorrentState> STOPPED = EnumSet.of(TorrentState.STOPPED, TorrentState.COMPLETED);

    protected abstract KitContext context();

    void requires(Capability... capabilities) {
        context().requires(Set.of(capabilities));
    }

    Torrent awaitPresent(TorrentRef ref) {
        return context().poller().until(ref + " is listed by get()", () -> context().api().find(ref),
                Optional::isPresent).orElseThrow();
    }

    Torrent awaitState(TorrentRef ref, String expectation, java.util.function.Predicate<Torrent> condition) {
        return context().poller().until(ref + " " + expectation, () -> context().api().get(ref), condition);
    }

    /** Adds a stopped fixture with these extra options, tracks it and waits until it is listed. */
    Torrent addStopped(Fixture fixture, java.util.function.UnaryOperator<dev.torrentctl.api.AddTorrentRequest.Builder> options) {
        context().api().add(options.apply(fixture.request()).build());
        context().track(fixture.ref());
        return awaitPresent(fixture.ref());
    }

    /** Adds a stopped fixture, tracks it and waits until it is listed. */
    Torrent addStopped(Fixture fixture) {
        return addStopped(fixture, java.util.function.UnaryOperator.identity());
    }

    /**
     * The usual start of a test on one torrent: requires these capabilities, and adding a .torrent
     * and reading it back, then adds a stopped v1 fixture.
     */
    Fixture stoppedV1(Capability... needed) {
        Set<Capability> all = EnumSet.of(Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT);
        all.addAll(Set.of(needed));
        context().requires(all);
        Fixture f = Fixture.create(FixtureKind.V1);
        addStopped(f);
        return f;
    }

    /** A fixture the client supports: v2 where it can, else v1. */
    FixtureKind newestKind() {
        Set<Capability> c = context().api().capabilities();
        return c.contains(Capability.V2_TORRENTS) && c.contains(Capability.HYBRID_TORRENTS) ? FixtureKind.HYBRID
                : FixtureKind.V1;
    }

    dev.torrentctl.api.Wait waitForIt() {
        return dev.torrentctl.api.Wait.upTo(context().poller().timeout());
    }

    /** @return a folder path without trailing slashes, as clients report save paths either way */
    static String folder(String path) {
        return path.replaceAll("/+$", "");
    }

    static String unique(String prefix) {
        return "tck-" + prefix + "-" + Long.toHexString(System.nanoTime());
    }

    void awaitAbsent(TorrentRef ref) {
        context().poller().until(ref + " is gone", () -> context().api().find(ref), Optional::isEmpty);
    }
}
