package dev.torrentctl.tck.internal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;

/** A .torrent served over HTTP from this machine, for adds from a URL; closing stops the server. */
final class ServedTorrent implements AutoCloseable {
    private final HttpServer server;
    private final URI url;

    /**
     * @param torrent the bytes to serve, as {@code application/x-bittorrent}
     * @param hostSeenByClient how the client under test reaches this machine
     */
    ServedTorrent(byte[] torrent, String hostSeenByClient) {
        try {
            server = HttpServer.create(new InetSocketAddress("0.0.0.0", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/fixture.torrent", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/x-bittorrent");
            exchange.sendResponseHeaders(200, torrent.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(torrent);
            }
        });
        server.start();
        url = URI.create("http://" + hostSeenByClient + ":" + server.getAddress().getPort() + "/fixture.torrent");
    }

    /** @return where the client under test downloads it */
    URI url() {
        return url;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
