package dev.torrentctl.api;

import java.util.List;
import java.util.Map;
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
     * @return the categories by name
     * @throws UnsupportedCapabilityException without {@link Capability#CATEGORIES}
     */
    default Map<String, Category> categories() {
        throw unsupported("categories", Capability.CATEGORIES);
    }

    /**
     * @param category the category to create
     * @throws InvalidInputException if the client refuses the name, or the category exists
     * @throws UnsupportedCapabilityException without {@link Capability#CATEGORIES}
     */
    default void createCategory(Category category) {
        throw unsupported("createCategory", Capability.CATEGORIES);
    }

    /**
     * Changes a category's save path.
     *
     * @param category the category, by name, with its new save path
     * @throws InvalidInputException if there is no such category
     * @throws UnsupportedCapabilityException without {@link Capability#CATEGORIES}
     */
    default void editCategory(Category category) {
        throw unsupported("editCategory", Capability.CATEGORIES);
    }

    /**
     * Removes categories; their torrents keep no category. Unknown names are ignored.
     *
     * @param names the categories
     * @throws UnsupportedCapabilityException without {@link Capability#CATEGORIES}
     */
    default void removeCategories(Set<String> names) {
        throw unsupported("removeCategories", Capability.CATEGORIES);
    }

    /**
     * Puts torrents in a category, or in none.
     *
     * @param refs the torrents
     * @param category the category's name, or empty for none
     * @param wait whether to wait until the change is visible
     * @return one outcome per torrent
     * @throws InvalidInputException if the category does not exist
     * @throws UnsupportedCapabilityException without {@link Capability#SET_CATEGORY}
     */
    default BulkResult setCategory(List<TorrentRef> refs, Optional<String> category, Wait wait) {
        throw unsupported("setCategory", Capability.SET_CATEGORY);
    }

    /**
     * @return the tags the client knows
     * @throws UnsupportedCapabilityException without {@link Capability#TAGS}
     */
    default Set<String> tags() {
        throw unsupported("tags", Capability.TAGS);
    }

    /**
     * @param tags tags to create (existing ones are left alone)
     * @throws UnsupportedCapabilityException without {@link Capability#TAGS}
     */
    default void createTags(Set<String> tags) {
        throw unsupported("createTags", Capability.TAGS);
    }

    /**
     * @param tags tags to delete, from the client and from every torrent
     * @throws UnsupportedCapabilityException without {@link Capability#TAGS}
     */
    default void deleteTags(Set<String> tags) {
        throw unsupported("deleteTags", Capability.TAGS);
    }

    /**
     * @param refs the torrents
     * @param tags tags to add (created if missing)
     * @param wait whether to wait until the change is visible
     * @return one outcome per torrent; {@link BulkResult.Outcome#ALREADY} for a torrent that had them all
     * @throws UnsupportedCapabilityException without {@link Capability#TAG_TORRENTS}
     */
    default BulkResult addTags(List<TorrentRef> refs, Set<String> tags, Wait wait) {
        throw unsupported("addTags", Capability.TAG_TORRENTS);
    }

    /**
     * @param refs the torrents
     * @param tags tags to remove
     * @param wait whether to wait until the change is visible
     * @return one outcome per torrent; {@link BulkResult.Outcome#ALREADY} for a torrent that had none of them
     * @throws UnsupportedCapabilityException without {@link Capability#TAG_TORRENTS}
     */
    default BulkResult removeTags(List<TorrentRef> refs, Set<String> tags, Wait wait) {
        throw unsupported("removeTags", Capability.TAG_TORRENTS);
    }

    /**
     * @param refs the torrents
     * @param tags the torrents' tags from now on, exactly
     * @param wait whether to wait until the change is visible
     * @return one outcome per torrent
     * @throws UnsupportedCapabilityException without {@link Capability#SET_TAGS}
     */
    default BulkResult setTags(List<TorrentRef> refs, Set<String> tags, Wait wait) {
        throw unsupported("setTags", Capability.SET_TAGS);
    }

    private UnsupportedCapabilityException unsupported(String operation, Capability capability) {
        return new UnsupportedCapabilityException(clientInfo().backend(), operation, capability);
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
    default RawResponse rawCall(String endpoint, Map<String, String> parameters) {
        throw new UnsupportedCapabilityException(clientInfo().backend(), "rawCall", Capability.RAW_CALL);
    }

    /**
     * Logs out where the client has sessions and releases connections. Idempotent; any other call
     * after it raises {@link IllegalStateException}.
     */
    @Override
    void close();
}
