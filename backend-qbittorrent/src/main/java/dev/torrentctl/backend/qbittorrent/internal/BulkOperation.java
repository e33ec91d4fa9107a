package dev.torrentctl.backend.qbittorrent.internal;

import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.Wait;
import dev.torrentctl.api.spi.BulkChange;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One named change through the SPI's {@link BulkChange}, for a change whose "already" test is also
 * what a wait waits for (a category, tags, a flag, a limit).
 */
final class BulkOperation {
    private final String operation;
    private final BulkChange change;

    BulkOperation(String operation, BulkChange change) {
        this.operation = operation;
        this.change = change;
    }

    /**
     * @param which the torrents
     * @param done whether a torrent already is as asked, and, after the change, whether it shows
     * @param send changes the torrents with these ids (throws for a failure of the whole request)
     * @param wait how long to wait for {@code done} on every changed torrent
     * @return one outcome per torrent
     */
    BulkResult apply(TorrentSelection which, Predicate<Torrent> done, Consumer<Set<String>> send, Wait wait) {
        return change.apply(operation, which, done, send, done, wait);
    }

    /**
     * @param which the torrents
     * @param already whether a torrent already is as asked (nothing is sent for it)
     * @param send changes the torrents with these ids
     * @param shows whether a changed torrent shows the change
     * @param wait how long to wait for {@code shows} on every changed torrent
     * @return one outcome per torrent
     */
    BulkResult apply(TorrentSelection which, Predicate<Torrent> already, Consumer<Set<String>> send,
            Predicate<Torrent> shows, Wait wait) {
        return change.apply(operation, which, already, send, shows, wait);
    }
}
