package dev.torrentctl.daemons.secrets;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The secrets the tests hand out (passwords, API keys, session cookies), each with where it came
 * from. The scan reports the origin, never the secret.
 */
public final class Secrets {
    /** Shorter values are too likely to occur by chance to be worth scanning for. */
    private static final int MIN_LENGTH = 6;
    private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();

    private Secrets() {}

    /**
     * @param secret the value that must never be logged
     * @param origin where it comes from, for the report (for example "qBittorrent 4.5 password")
     */
    public static void register(String secret, String origin) {
        if (secret != null && secret.length() >= MIN_LENGTH) {
            KNOWN.put(secret, origin);
        }
    }

    /** @return a copy of the registered secrets and their origins */
    static Map<String, String> known() {
        return Map.copyOf(KNOWN);
    }
}
