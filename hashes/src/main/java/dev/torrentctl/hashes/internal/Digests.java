package dev.torrentctl.hashes.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-1 and SHA-256, which every Java SE platform provides. Not API. */
public final class Digests {
    private Digests() {}

    public static MessageDigest sha1() {
        return get("SHA-1");
    }

    public static MessageDigest sha256() {
        return get("SHA-256");
    }

    private static MessageDigest get(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide " + algorithm, e);
        }
    }
}
