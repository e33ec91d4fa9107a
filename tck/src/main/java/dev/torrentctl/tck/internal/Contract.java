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

    void awaitAbsent(TorrentRef ref) {
        context().poller().until(ref + " is gone", () -> context().api().find(ref), Optional::isEmpty);
    }
}
