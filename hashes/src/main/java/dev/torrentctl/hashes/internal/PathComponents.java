package dev.torrentctl.hashes.internal;

import java.util.Optional;

/**
 * The rules for a path component of a torrent, read or written: nothing that could escape a
 * download folder; and, for lenient reading, libtorrent's way of making any component safe. Not API.
 */
public final class PathComponents {
    /** libtorrent keeps at most this many bytes of a component (then the extension, if short). */
    private static final int MAX_BYTES = 240;

    private PathComponents() {}

    /**
     * @param component one component of a file path
     * @return false for empty, {@code .}, {@code ..}, or anything containing {@code /}, {@code \} or NUL
     */
    public static boolean isSafe(String component) {
        return !(component.isEmpty() || component.equals(".") || component.equals("..") || component.indexOf('/') >= 0
                || component.indexOf('\\') >= 0 || component.indexOf('\0') >= 0);
    }

    /** {@link #isSafe(String)} on a component's UTF-8 bytes, without decoding them. */
    public static boolean isSafe(byte[] in, int start, int length) {
        if (length == 0 || (length <= 2 && in[start] == '.' && in[start + length - 1] == '.')) {
            return false;
        }
        for (int i = start; i < start + length; i++) {
            byte b = in[i];
            if (b == '/' || b == '\\' || b == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return whether {@link #sanitize} leaves the component as it is: printable ASCII but {@code /}
     *     and {@code \}, not only dots, shorter than libtorrent's bound. Others are checked by
     *     sanitizing them.
     */
    public static boolean isPlain(byte[] in, int start, int length) {
        if (length == 0 || length >= MAX_BYTES) {
            return false;
        }
        boolean dotsOnly = true;
        for (int i = start; i < start + length; i++) {
            byte b = in[i];
            if (b < 0x20 || b > 0x7e || b == '/' || b == '\\') {
                return false;
            }
            dotsOnly &= b == '.';
        }
        return !(dotsOnly && length <= 2);
    }

    /**
     * A component made safe the way libtorrent 2.0 does it on Linux ({@code
     * sanitize_append_path_element}): {@code .} and {@code ..} are dropped; an empty component
     * becomes {@code _}; {@code /}, {@code \} and the Unicode direction overrides are removed;
     * control characters and malformed UTF-8 become {@code _}; past 240 bytes the rest is cut,
     * keeping an extension of up to 9 characters.
     *
     * @return the safe component, or empty when libtorrent drops it
     */
    public static Optional<String> sanitize(byte[] in, int start, int length) {
        if (length == 1 && in[start] == '.') {
            return Optional.empty();
        }
        if (length == 0) {
            return Optional.of("_");
        }
        StringBuilder out = new StringBuilder(length);
        int added = 0;
        int dots = 0;
        boolean foundExtension = false;
        int end = start + length;
        int seq;
        for (int i = start; i < end; i += seq) {
            long parsed = codePoint(in, i, end);
            int cp = (int) (parsed >> 32);
            seq = (int) parsed;
            if (cp >= 0 && isFiltered(cp)) {
                continue;
            }
            if (cp < 0 || cp < 0x20) {
                out.append('_');
                added++;
                continue;
            }
            out.appendCodePoint(cp);
            if (cp == '.') {
                dots++;
            }
            added += seq;
            if (added >= MAX_BYTES && !foundExtension) {
                int dot = -1;
                for (int j = end - 1; j > Math.max(end - 10, i); j--) {
                    if (in[j] == '.') {
                        dot = j;
                        break;
                    }
                }
                if (dot == -1) {
                    break;
                }
                foundExtension = true;
                seq = dot - i; // continue at the dot
            }
        }
        if (added == dots && added <= 2) {
            return Optional.empty();
        }
        return Optional.of(out.toString());
    }

    /** The characters libtorrent removes: separators, and those that turn the writing direction. */
    private static boolean isFiltered(int cp) {
        return cp == '/' || cp == '\\' || (cp >= 0x202a && cp <= 0x202e) || cp == 0x200e || cp == 0x200f;
    }

    /**
     * libtorrent's {@code parse_utf8_codepoint}: the code point at {@code i} (or -1 for a malformed
     * sequence, which libtorrent replaces with one {@code _}) in the high 32 bits, and how many
     * bytes it takes in the low 32 bits.
     */
    private static long codePoint(byte[] in, int i, int end) {
        int b = in[i] & 0xff;
        int n = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4
                : b >> 2 == 0b111110 ? 5 : 0;
        if (n == 1) {
            return (long) b << 32 | 1;
        }
        if (n == 0) {
            return -1L << 32 | 1;
        }
        if (n > 4) {
            return -1L << 32 | n;
        }
        if (n > end - i) {
            return -1L << 32 | (end - i);
        }
        int cp = b & (0xff >> (n + 1));
        for (int k = 1; k < n; k++) {
            int c = in[i + k] & 0xff;
            if (c < 0x80 || c > 0xbf) {
                return -1L << 32 | n;
            }
            cp = cp << 6 | (c & 0x3f);
        }
        boolean overlong = cp < (n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000);
        if (overlong || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            return -1L << 32 | n;
        }
        return (long) cp << 32 | n;
    }

    /** @return the component with NUL shown as {@code \0}, for messages */
    public static String show(String component) {
        return component.replace("\0", "\\0");
    }
}
