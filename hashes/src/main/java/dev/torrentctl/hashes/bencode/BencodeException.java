package dev.torrentctl.hashes.bencode;

import dev.torrentctl.hashes.TorrentFormatException;

/**
 * Input that is not valid bencode, or exceeds the decoder's limits. {@link #offset()} is the byte
 * offset at which the problem was found.
 *
 * @since 0.1
 */
public final class BencodeException extends TorrentFormatException {
    private static final long serialVersionUID = 1L;
    private final long offset;

    /**
     * @param offset byte offset of the problem
     * @param problem what was expected there, or which limit was exceeded
     */
    public BencodeException(long offset, String problem) {
        super("invalid bencode at byte " + offset + ": " + problem);
        this.offset = offset;
    }

    /** @return the byte offset of the problem */
    public long offset() {
        return offset;
    }
}
