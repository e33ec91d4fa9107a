package dev.torrentctl.api;

/**
 * An argument was rejected, by torrentctl or by the client: a malformed URL, torrent, magnet link or
 * option. The message names the parameter and the problem (with the byte offset for bencode).
 *
 * @since 0.1
 */
public final class InvalidInputException extends TorrentClientException {
    private static final long serialVersionUID = 1L;

    /**
     * @param operation what was being done
     * @param detail which input and what is wrong with it
     * @param cause the parse error, or {@code null}
     */
    public InvalidInputException(String operation, String detail, Throwable cause) {
        super(null, operation, detail, cause);
    }

    /**
     * @param backend the backend that rejected it
     * @param operation what was being done
     * @param detail which input and what is wrong with it
     * @param cause the parse error, or {@code null}
     */
    public InvalidInputException(String backend, String operation, String detail, Throwable cause) {
        super(backend, operation, detail, cause);
    }
}
