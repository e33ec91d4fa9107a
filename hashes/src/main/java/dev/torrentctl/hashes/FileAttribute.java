package dev.torrentctl.hashes;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A BEP 47 file attribute, from a file's {@code attr} string.
 *
 * @since 0.1
 */
public enum FileAttribute {
    /** {@code p}: a pad file, which only aligns the next file to a piece boundary. */
    PADDING('p'),
    /** {@code h}: a hidden file. */
    HIDDEN('h'),
    /** {@code x}: an executable file. */
    EXECUTABLE('x'),
    /** {@code l}: a symbolic link; its target is in {@code symlink path}. */
    SYMLINK('l');

    private final char letter;

    FileAttribute(char letter) {
        this.letter = letter;
    }

    /** @return the attribute's letter in an {@code attr} string */
    public char letter() {
        return letter;
    }

    /**
     * @param letter a letter of an {@code attr} string
     * @return the attribute, or empty for a letter BEP 47 does not define (clients ignore those)
     */
    public static Optional<FileAttribute> of(char letter) {
        for (FileAttribute a : values()) {
            if (a.letter == letter) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * @param attr an {@code attr} string
     * @return the attributes it names, unknown letters ignored
     */
    public static Set<FileAttribute> parse(String attr) {
        Set<FileAttribute> out = EnumSet.noneOf(FileAttribute.class);
        for (int i = 0; i < attr.length(); i++) {
            of(attr.charAt(i)).ifPresent(out::add);
        }
        return out;
    }
}
