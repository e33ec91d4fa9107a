package dev.torrentctl.daemons;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * qBittorrent's {@code WebUI\Password_PBKDF2} value: PBKDF2-HMAC-SHA512, 100,000 iterations, a
 * 16-byte random salt and a 64-byte key, written as {@code @ByteArray(base64(salt):base64(key))}.
 */
public final class QBittorrentPasswordHash {
    private static final SecureRandom RANDOM = new SecureRandom();

    private QBittorrentPasswordHash() {}

    /** @param password the password @return the config value */
    public static String of(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return of(password, salt);
    }

    static String of(String password, byte[] salt) {
        try {
            // The JDK's PBKDF2 encodes the password chars as UTF-8, as qBittorrent does.
            SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512");
            byte[] key = f.generateSecret(new PBEKeySpec(password.toCharArray(), salt, 100_000, 512)).getEncoded();
            Base64.Encoder b64 = Base64.getEncoder();
            return "@ByteArray(" + b64.encodeToString(salt) + ":" + b64.encodeToString(key) + ")";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 is missing from this JDK", e);
        }
    }
}
