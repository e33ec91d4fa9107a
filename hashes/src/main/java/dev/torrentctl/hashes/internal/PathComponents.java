package dev.torrentctl.hashes.internal;

/**
 * The one rule for a path component of a torrent, read or written: nothing that could escape a
 * download folder. Not API.
 */
public final class PathComponents {
    private PathComponents() {}

    /**
     * @param component one component of a file path
     * @return false for empty, {@code .}, {@code ..}, or anything containing {@code /}, {@code \} or NUL
     */
    public static boolean isSafe(String component) {
        return !(component.isEmpty() || component.equals(".") || component.equals("..") || component.indexOf('/') >= 0
                || component.indexOf('\\') >= 0 || component.indexOf('\0') >= 0);
    }

    /** @return the component with NUL shown as {@code \0}, for messages */
    public static String show(String component) {
        return component.replace("\0", "\\0");
    }
}
