package dev.torrentctl.hashes;

/**
 * Input that is not a valid torrent identity, magnet link, bencode document or .torrent file. The
 * message names what is wrong and where (a byte offset, a parameter or a field).
 *
 * @since 0.1
 */
public class TorrentFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, and where */
    public TorrentFormatException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, and where
     * @param cause the underlying problem
     */
    public TorrentFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
