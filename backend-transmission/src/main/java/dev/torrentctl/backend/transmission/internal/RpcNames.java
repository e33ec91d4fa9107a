package dev.torrentctl.backend.transmission.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Transmission's names in both dialects. The code uses the legacy names (kebab-case methods and
 * session keys, camelCase torrent fields: what 3.00 to 4.0 speak); the JSON-RPC 2.0 dialect of 4.1
 * ({@code rpc-version-semver} 6) renamed every one of them to snake_case. The rule is mechanical
 * but for the few that {@code libtransmission/api-compat.cc} (4.1.3) maps otherwise, listed here.
 */
final class RpcNames {
    /** Renamed otherwise than by the rule (api-compat.cc, 4.1.3). */
    private static final Map<String, String> IRREGULAR = Map.of(
            "cache-size-mb", "cache_size_mib",
            "isUTP", "is_utp",
            "peer-socket-tos", "peer_socket_diffserv",
            "remote-session-requres-authentication", "remote_session_requires_authentication",
            "speed-Bps", "speed_Bps",
            "recently-active", "recently_active");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private RpcNames() {}

    /**
     * @param legacy a method, key or keyword as the legacy dialect spells it
     * @return its JSON-RPC 2.0 spelling: {@code hashString} → {@code hash_string},
     *     {@code torrent-get} → {@code torrent_get}
     */
    static String snake(String legacy) {
        return CACHE.computeIfAbsent(legacy, RpcNames::convert);
    }

    private static String convert(String legacy) {
        String irregular = IRREGULAR.get(legacy);
        if (irregular != null) {
            return irregular;
        }
        StringBuilder out = new StringBuilder(legacy.length() + 4);
        for (int i = 0; i < legacy.length(); i++) {
            char c = legacy.charAt(i);
            if (c == '-') {
                out.append('_');
            } else if (c >= 'A' && c <= 'Z') {
                out.append('_').append((char) (c + ('a' - 'A')));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
