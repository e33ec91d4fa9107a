package dev.torrentctl.api;

/** The single-torrent forms of bulk operations: an item's failure, thrown. */
final class BulkResults {
    private BulkResults() {}

    /** Throws the one item's error: not found, failed or timed out. */
    static void single(BulkResult result, String backend) {
        BulkResult.Item item = result.items().get(0);
        switch (item.outcome()) {
            case DONE, ALREADY -> { }
            case NOT_FOUND -> throw new TorrentNotFoundException(backend, result.operation(), item.ref());
            default -> throw item.error().orElseThrow();
        }
    }
}
