package dev.torrentctl.hashes.bencode;

import java.util.Optional;

/**
 * A bencoded value. Values read by {@link BencodeDecoder} remember where they were in the input
 * ({@link #span()}); values built in code have no span. Equality ignores spans.
 *
 * @since 0.1
 */
public sealed interface BValue permits BString, BInteger, BList, BDictionary {

    /** @return where this value was found in the decoded input, if it was decoded */
    Optional<Span> span();

    /**
     * A range of bytes in the decoded input.
     *
     * @param offset index of the value's first byte
     * @param length number of bytes the value's encoding takes
     */
    record Span(int offset, int length) {
        /** @return the span, or empty for an offset of -1 (a value built in code) */
        static Optional<Span> of(int offset, int length) {
            return offset < 0 ? Optional.empty() : Optional.of(new Span(offset, length));
        }

        /** @return index just after the value's last byte */
        public int end() {
            return offset + length;
        }
    }
}
