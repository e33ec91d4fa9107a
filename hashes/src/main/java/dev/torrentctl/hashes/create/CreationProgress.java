package dev.torrentctl.hashes.create;

/**
 * Told how far hashing has come while a torrent is created; called on the thread that called
 * {@link TorrentCreator.Builder#build()}, after each piece, in order.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CreationProgress {
    /** Reports nothing. */
    CreationProgress NONE = (done, total) -> { };

    /**
     * @param hashedBytes content bytes hashed so far
     * @param totalBytes content bytes in all
     */
    void hashed(long hashedBytes, long totalBytes);
}
