package dev.torrentctl.hashes;

import java.util.Objects;

/**
 * A DHT bootstrap node from a .torrent's {@code nodes} list (BEP 5).
 *
 * @param host a host name or IP address
 * @param port the UDP port, 1 to 65535
 * @since 0.1
 */
public record DhtNode(String host, int port) {
    /** @throws IllegalArgumentException if the host is empty or the port out of range */
    public DhtNode {
        Objects.requireNonNull(host, "host");
        if (host.isEmpty() || port < 1 || port > 65535) {
            throw new IllegalArgumentException("not a DHT node: '" + host + "' port " + port);
        }
    }

    @Override
    public String toString() {
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
    }
}
