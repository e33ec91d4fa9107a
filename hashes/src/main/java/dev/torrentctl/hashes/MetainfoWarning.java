package dev.torrentctl.hashes;

import java.util.Objects;

/**
 * Something in a .torrent that clients read past, and so does {@link Metainfo}: an optional key of
 * the wrong type, a duplicate web seed, a path that libtorrent renames or sanitizes, bytes after
 * the root dictionary. The torrent is still read; the warning says what was skipped or changed.
 *
 * @param field the field it concerns, as in error messages ({@code url-list[1]},
 *     {@code info.files[7].path}), or {@code .torrent} for the file as a whole
 * @param message what was found and what was done about it
 * @since 0.2
 */
public record MetainfoWarning(String field, String message) {
    /** @throws NullPointerException if a component is null */
    public MetainfoWarning {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** @return {@code field: message} */
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
