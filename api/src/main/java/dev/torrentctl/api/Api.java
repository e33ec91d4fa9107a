package dev.torrentctl.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A connected BitTorrent client. Open one with {@link TorrentClients}:
 *
 * <pre>{@code
 * try (Api client = TorrentClients.open("qbittorrent", "http://admin:secret@localhost:8080")) {
 *     AddResult added = client.add(AddTorrentRequest.builder(TorrentSource.magnet(magnet)).stopped(true).build());
 *     Torrent torrent = client.get(added.ref());
 *     client.start(added.ref());
 *     client.remove(added.ref(), RemoveMode.KEEP_DATA);
 * }
 * }</pre>
 *
 * <p>Implementations are thread-safe and blocking; every call is bounded by the timeouts of the
 * {@link ClientConfig}. Clients apply changes asynchronously: a torrent just added or started may
 * take a moment to show its new state in {@link #list()}.
 *
 * <p>Operations a backend cannot do answer {@link UnsupportedCapabilityException}; check
 * {@link #capabilities()} first. Operations on one torrent take a {@link TorrentRef} and raise
 * {@link TorrentNotFoundException} when the client does not know it. All errors are
 * {@link TorrentClientException}s.
 *
 * @since 0.1
 */
public interface Api extends AutoCloseable {

    /** @return what this backend reports about the client it is connected to */
    ClientInfo clientInfo();

    /** @return what this client can do; the same set for the life of this object */
    Set<Capability> capabilities();

    /**
     * @return a snapshot of every torrent in the client
     * @throws UnsupportedCapabilityException without {@link Capability#LIST_TORRENTS}
     */
    default List<Torrent> list() {
        throw new UnsupportedCapabilityException(clientInfo().backend(), "list", Capability.LIST_TORRENTS);
    }

    /**
     * @param ref any form of reference to a torrent
     * @return the torrent, if the client has it
     * @throws UnsupportedCapabilityException without {@link Capability#GET_TORRENT}
     */
    default Optional<Torrent> find(TorrentRef ref) {
        throw new UnsupportedCapabilityException(clientInfo().backend(), "find", Capability.GET_TORRENT);
    }

    /**
     * @param ref any form of reference to a torrent
     * @return the torrent
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#GET_TORRENT}
     */
    default Torrent get(TorrentRef ref) {
        return find(ref).orElseThrow(() -> new TorrentNotFoundException(clientInfo().backend(), "get", ref));
    }

    /**
     * Adds a torrent.
     *
     * @param request what to add and how
     * @return the torrent's identity and whether it was new
     * @throws UnsupportedCapabilityException if the source or an option is not supported
     * @throws InvalidInputException if the client rejects the torrent as malformed
     */
    default AddResult add(AddTorrentRequest request) {
        throw new UnsupportedCapabilityException(clientInfo().backend(), "add", request.source().capability());
    }

    /**
     * Stops (pauses) a torrent. Stopping a stopped torrent is not an error.
     *
     * @param ref the torrent
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#STOP_START}
     */
    default void stop(TorrentRef ref) {
        throw new UnsupportedCapabilityException(clientInfo().backend(), "stop", Capability.STOP_START);
    }

    /**
     * Starts (resumes) a torrent. Starting a running torrent is not an error.
     *
     * @param ref the torrent
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#STOP_START}
     */
    default void start(TorrentRef ref) {
        throw new UnsupportedCapabilityException(clientInfo().backend(), "start", Capability.STOP_START);
    }

    /**
     * Removes a torrent.
     *
     * @param ref the torrent
     * @param mode whether to delete its files too
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#REMOVE}
     */
    default void remove(TorrentRef ref, RemoveMode mode) {
        throw new UnsupportedCapabilityException(clientInfo().backend(), "remove", Capability.REMOVE);
    }

    /**
     * The escape hatch: calls an endpoint of the client's own API that the normalized API does not
     * cover, within this client's session (authentication, re-login and timeouts apply). For
     * qBittorrent, {@code endpoint} is a WebUI API path below {@code /api/v2/} such as
     * {@code "app/preferences"}, sent as a form POST with {@code parameters}. The answer is returned
     * as it is, whatever its status; only transport and authentication failures raise.
     *
     * @param endpoint the endpoint, as the client's API documentation names it
     * @param parameters form parameters, in order; may be empty
     * @return the status and body
     * @throws InvalidInputException if the endpoint is not a relative API path
     * @throws UnsupportedCapabilityException without {@link Capability#RAW_CALL}
     */
    default RawResponse rawCall(String endpoint, java.util.Map<String, String> parameters) {
        throw new UnsupportedCapabilityException(clientInfo().backend(), "rawCall", Capability.RAW_CALL);
    }

    /**
     * Logs out where the client has sessions and releases connections. Idempotent; any other call
     * after it raises {@link IllegalStateException}.
     */
    @Override
    void close();
}
