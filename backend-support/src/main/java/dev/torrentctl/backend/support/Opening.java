package dev.torrentctl.backend.support;

import dev.torrentctl.api.TorrentClientException;
import dev.torrentctl.api.spi.ConnectionEvents;
import java.util.function.Supplier;

/**
 * Opening a client the same way in every backend: report {@code CONNECTING}, connect and
 * authenticate, report {@code CONNECTED}; on any failure report {@code FAILED}, release what was
 * acquired (the transport, a socket) and rethrow, so a failed open leaks nothing.
 */
public final class Opening {
    private Opening() {}

    /**
     * @param events the client's connection events
     * @param acquired what to close if opening fails
     * @param connect connects, authenticates and builds the client
     * @param <T> the client type
     * @return the client
     */
    public static <T> T open(ConnectionEvents events, AutoCloseable acquired, Supplier<T> connect) {
        events.connecting();
        try {
            T client = connect.get();
            events.opened();
            return client;
        } catch (RuntimeException e) {
            if (e instanceof TorrentClientException failure) {
                events.failed(failure);
            }
            try {
                acquired.close();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }
}
