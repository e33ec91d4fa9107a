package dev.torrentctl.hashes;

/** Shortens user input quoted in error messages. */
final class Abbreviate {
    private static final int MAX = 80;

    private Abbreviate() {}

    static String of(String s) {
        return s.length() <= MAX ? s : s.substring(0, MAX) + "...(" + s.length() + " chars)";
    }
}
