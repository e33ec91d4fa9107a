package dev.torrentctl.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A connected BitTorrent client. Open one with {@link TorrentClients}:
 *
 * <pre>{@code
 * try (Api client = TorrentClients.open("qbittorrent", url)) { // url: "http://admin:secret@localhost:8080"
 *     AddResult added = client.add(AddTorrentRequest.builder(TorrentSource.magnet(magnet)).stopped(true).build(),
 *             Wait.afterAdd());
 *     TorrentRef ref = added.ref().orElseThrow();
 *     Torrent torrent = client.get(ref);
 *     client.start(TorrentSelection.of(ref), Wait.afterChange());
 *     client.remove(TorrentSelection.of(ref), RemoveMode.KEEP_DATA, Wait.afterChange());
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
     * Lists the torrents that pass a filter. By default this lists everything and filters here;
     * backends whose client can filter (qBittorrent) do it on the server.
     *
     * @param filter which torrents
     * @return a snapshot of those torrents
     * @throws UnsupportedCapabilityException without {@link Capability#LIST_TORRENTS}
     */
    default List<Torrent> listMatching(TorrentFilter filter) {
        java.util.Objects.requireNonNull(filter, "filter");
        return list().stream().filter(filter::matches).toList();
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
     * Adds a torrent and returns once the client accepted it.
     *
     * @param request what to add and how
     * @return the torrent's identity and whether it was new ({@link AddResult.Outcome#DUPLICATE} is not an error)
     * @throws UnsupportedCapabilityException if the source or an option is not supported
     * @throws InvalidInputException if the source cannot be read or the client rejects it as malformed
     */
    default AddResult add(AddTorrentRequest request) {
        return add(request, Wait.none());
    }

    /**
     * Adds a torrent and, if asked, waits until the client lists it with its hashes.
     *
     * @param request what to add and how
     * @param wait how long to wait until it is listed ({@link Wait#afterAdd()}: 30 s)
     * @return the torrent's identity and what happened; {@link AddResult.Outcome#TIMED_OUT} if it
     *     was accepted but not listed in time
     * @throws UnsupportedCapabilityException if the source or an option is not supported
     * @throws InvalidInputException if the source cannot be read or the client rejects it as malformed
     */
    default AddResult add(AddTorrentRequest request, Wait wait) {
        AddResult r = addAll(List.of(java.util.Objects.requireNonNull(request, "request")), wait).get(0);
        if (r.outcome() == AddResult.Outcome.FAILED) {
            throw r.error().orElseThrow();
        }
        return r;
    }

    /**
     * Adds several torrents and returns once the client accepted them.
     *
     * @param requests what to add, in order
     * @return one result per request, in the same order
     * @throws UnsupportedCapabilityException if an option of any request is not supported
     * @see #addAll(List, Wait)
     */
    default List<AddResult> addAll(List<AddTorrentRequest> requests) {
        return addAll(requests, Wait.none());
    }

    /**
     * Adds several torrents: files (by path or as bytes), magnet links and URLs. Each source gets
     * its own result, in order: {@link AddResult.Outcome#ADDED}, {@code DUPLICATE} (a warning, not
     * an error), {@code PENDING} (a URL still being fetched), {@code FAILED} with its error (an
     * unreadable file, a malformed torrent, a v2-only torrent on a client without
     * {@link Capability#V2_TORRENTS}, a refusal) or, when waiting, {@code TIMED_OUT}. One bad source
     * never hides the others' results. Requests that share their options go to the client together
     * where it can take them in one call ({@link Capability#ADD_MANY}).
     *
     * @param requests what to add, in order
     * @param wait how long to wait until the added torrents are listed with their hashes
     * @return one result per request, in the same order
     * @throws UnsupportedCapabilityException if an option of any request, or every kind of source, is
     *     not supported: nothing is sent then
     */
    default List<AddResult> addAll(List<AddTorrentRequest> requests, Wait wait) {
        throw new UnsupportedCapabilityException(clientInfo().backend(), "addAll", requests.isEmpty()
                ? Capability.ADD_TORRENT_FILE : requests.get(0).source().capability());
    }

    // ---- lifecycle ----------------------------------------------------------------------------

    /**
     * Starts (resumes) torrents. A torrent that downloads, seeds, fetches metadata or is queued is
     * {@link BulkResult.Outcome#ALREADY} started and nothing is sent for it; a checking torrent may
     * be stopped underneath, so it is sent a start.
     *
     * @param which the torrents
     * @param wait how long to wait until each is no longer stopped ({@link Wait#afterChange()}: 10 s)
     * @return one outcome per torrent
     * @throws UnsupportedCapabilityException without {@link Capability#STOP_START}
     */
    default BulkResult start(TorrentSelection which, Wait wait) {
        throw unsupported("start", Capability.STOP_START);
    }

    /**
     * Stops (pauses) torrents. A stopped torrent is {@link BulkResult.Outcome#ALREADY} stopped.
     * Clients show a torrent queued or checking for a moment after a stop; waiting means until it
     * is stopped and neither.
     *
     * @param which the torrents
     * @param wait how long to wait until each is stopped, neither queued nor checking
     * @return one outcome per torrent
     * @throws UnsupportedCapabilityException without {@link Capability#STOP_START}
     */
    default BulkResult stop(TorrentSelection which, Wait wait) {
        throw unsupported("stop", Capability.STOP_START);
    }

    /**
     * Removes torrents. One the client does not have is {@link BulkResult.Outcome#NOT_FOUND} (not
     * present).
     *
     * @param which the torrents
     * @param mode whether to delete their files too
     * @param wait how long to wait until each is no longer listed
     * @return one outcome per torrent
     * @throws UnsupportedCapabilityException without {@link Capability#REMOVE}
     */
    default BulkResult remove(TorrentSelection which, RemoveMode mode, Wait wait) {
        throw unsupported("remove", Capability.REMOVE);
    }

    /**
     * Stops (pauses) one torrent, returning once the client accepted it.
     *
     * @param ref the torrent
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#STOP_START}
     * @see #stop(TorrentSelection, Wait)
     */
    default void stop(TorrentRef ref) {
        BulkResults.single(stop(TorrentSelection.of(ref), Wait.none()), clientInfo().backend());
    }

    /**
     * Starts (resumes) one torrent, returning once the client accepted it.
     *
     * @param ref the torrent
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#STOP_START}
     * @see #start(TorrentSelection, Wait)
     */
    default void start(TorrentRef ref) {
        BulkResults.single(start(TorrentSelection.of(ref), Wait.none()), clientInfo().backend());
    }

    /**
     * Removes one torrent, returning once the client accepted it.
     *
     * @param ref the torrent
     * @param mode whether to delete its files too
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#REMOVE}
     * @see #remove(TorrentSelection, RemoveMode, Wait)
     */
    default void remove(TorrentRef ref, RemoveMode mode) {
        BulkResults.single(remove(TorrentSelection.of(ref), mode, Wait.none()), clientInfo().backend());
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
     * @param which the torrents
     * @param category the category's name, or empty for none
     * @param wait whether to wait until the change is visible
     * @return one outcome per torrent
     * @throws InvalidInputException if the category does not exist
     * @throws UnsupportedCapabilityException without {@link Capability#SET_CATEGORY}
     */
    default BulkResult setCategory(TorrentSelection which, Optional<String> category, Wait wait) {
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
     * @param which the torrents
     * @param tags tags to add (created if missing)
     * @param wait whether to wait until the change is visible
     * @return one outcome per torrent; {@link BulkResult.Outcome#ALREADY} for a torrent that had them all
     * @throws UnsupportedCapabilityException without {@link Capability#TAG_TORRENTS}
     */
    default BulkResult addTags(TorrentSelection which, Set<String> tags, Wait wait) {
        throw unsupported("addTags", Capability.TAG_TORRENTS);
    }

    /**
     * @param which the torrents
     * @param tags tags to remove
     * @param wait whether to wait until the change is visible
     * @return one outcome per torrent; {@link BulkResult.Outcome#ALREADY} for a torrent that had none of them
     * @throws UnsupportedCapabilityException without {@link Capability#TAG_TORRENTS}
     */
    default BulkResult removeTags(TorrentSelection which, Set<String> tags, Wait wait) {
        throw unsupported("removeTags", Capability.TAG_TORRENTS);
    }

    /**
     * @param which the torrents
     * @param tags the torrents' tags from now on, exactly
     * @param wait whether to wait until the change is visible
     * @return one outcome per torrent
     * @throws UnsupportedCapabilityException without {@link Capability#SET_TAGS}
     */
    default BulkResult setTags(TorrentSelection which, Set<String> tags, Wait wait) {
        throw unsupported("setTags", Capability.SET_TAGS);
    }

    // ---- files ------------------------------------------------------------------------------

    /**
     * @param ref the torrent
     * @return its files in index order; empty while a magnet link's metadata is unknown
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#FILES}
     */
    default List<FileEntry> files(TorrentRef ref) {
        throw unsupported("files", Capability.FILES);
    }

    /**
     * @param ref the torrent
     * @param indexes the files, by {@link FileEntry#index()}
     * @param priority the priority; {@link FilePriority#SKIP} stops downloading them
     * @throws InvalidInputException if an index does not exist, or the metadata is not known yet
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#FILE_PRIORITIES}
     */
    default void setFilePriority(TorrentRef ref, Set<Integer> indexes, FilePriority priority) {
        throw unsupported("setFilePriority", Capability.FILE_PRIORITIES);
    }

    /**
     * Renames (or moves, within the torrent) one file.
     *
     * @param ref the torrent
     * @param from the file's current path in the torrent, as {@link FileEntry#path()} gives it
     * @param to its new path in the torrent
     * @throws InvalidInputException if there is no such file, or the new path is invalid or taken
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#RENAME_FILES}
     */
    default void renameFile(TorrentRef ref, String from, String to) {
        throw unsupported("renameFile", Capability.RENAME_FILES);
    }

    /**
     * Renames a folder of a torrent, and so every path below it.
     *
     * @param ref the torrent
     * @param from the folder's current path in the torrent
     * @param to its new path
     * @throws InvalidInputException if there is no such folder, or the new path is invalid or taken
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#RENAME_FILES}
     */
    default void renameFolder(TorrentRef ref, String from, String to) {
        throw unsupported("renameFolder", Capability.RENAME_FILES);
    }

    // ---- trackers and web seeds -------------------------------------------------------------

    /**
     * @param ref the torrent
     * @return its trackers, by tier
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#TRACKERS}
     */
    default List<Tracker> trackers(TorrentRef ref) {
        throw unsupported("trackers", Capability.TRACKERS);
    }

    /**
     * @param ref the torrent
     * @param urls announce URLs to add; ones it has already are left alone
     * @throws InvalidInputException if a URL is not an absolute URL
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#EDIT_TRACKERS}
     */
    default void addTrackers(TorrentRef ref, List<String> urls) {
        throw unsupported("addTrackers", Capability.EDIT_TRACKERS);
    }

    /**
     * Replaces one tracker's URL, keeping its tier.
     *
     * @param ref the torrent
     * @param from the URL to replace
     * @param to the new URL
     * @throws InvalidInputException if the torrent has no tracker {@code from}, already has {@code to}, or {@code to}
     *     is not a URL
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#EDIT_TRACKERS}
     */
    default void editTracker(TorrentRef ref, String from, String to) {
        throw unsupported("editTracker", Capability.EDIT_TRACKERS);
    }

    /**
     * @param ref the torrent
     * @param urls the trackers to remove
     * @return the URLs that were removed; one the torrent did not have is not in it
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#EDIT_TRACKERS}
     */
    default Set<String> removeTrackers(TorrentRef ref, Set<String> urls) {
        throw unsupported("removeTrackers", Capability.EDIT_TRACKERS);
    }

    /**
     * @param ref the torrent
     * @return its web seed URLs (BEP 19)
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#WEB_SEEDS}
     */
    default List<String> webSeeds(TorrentRef ref) {
        throw unsupported("webSeeds", Capability.WEB_SEEDS);
    }

    /**
     * @param ref the torrent
     * @param urls web seed URLs to add
     * @throws InvalidInputException if a URL is not an absolute HTTP(S) URL
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#EDIT_WEB_SEEDS}
     */
    default void addWebSeeds(TorrentRef ref, List<String> urls) {
        throw unsupported("addWebSeeds", Capability.EDIT_WEB_SEEDS);
    }

    /**
     * @param ref the torrent
     * @param from the web seed URL to replace
     * @param to the new URL
     * @throws InvalidInputException if the torrent has no web seed {@code from}, or {@code to} is not a URL
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#EDIT_WEB_SEEDS}
     */
    default void editWebSeed(TorrentRef ref, String from, String to) {
        throw unsupported("editWebSeed", Capability.EDIT_WEB_SEEDS);
    }

    /**
     * @param ref the torrent
     * @param urls the web seeds to remove
     * @return the URLs that were removed; one the torrent did not have is not in it
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#EDIT_WEB_SEEDS}
     */
    default Set<String> removeWebSeeds(TorrentRef ref, Set<String> urls) {
        throw unsupported("removeWebSeeds", Capability.EDIT_WEB_SEEDS);
    }

    // ---- location and name ------------------------------------------------------------------

    /**
     * Moves torrents' data to another folder (the client creates it). qBittorrent also turns
     * automatic torrent management off for them.
     *
     * @param which the torrents
     * @param path the folder, on the client's machine
     * @param wait whether to wait until {@link Torrent#savePath()} shows it
     * @return one outcome per torrent; {@link BulkResult.Outcome#ALREADY} for one already there
     * @throws InvalidInputException if the client cannot create or write the folder
     * @throws UnsupportedCapabilityException without {@link Capability#SET_LOCATION}
     */
    default BulkResult setLocation(TorrentSelection which, String path, Wait wait) {
        throw unsupported("setLocation", Capability.SET_LOCATION);
    }

    /**
     * Sets torrents' save path. For a torrent under manual management this moves its data like
     * {@link #setLocation}; qBittorrent ignores it for torrents under automatic management.
     *
     * @param which the torrents
     * @param path the folder, on the client's machine
     * @param wait whether to wait until {@link Torrent#savePath()} shows it
     * @return one outcome per torrent
     * @throws InvalidInputException if the client refuses the path
     * @throws UnsupportedCapabilityException without {@link Capability#SET_SAVE_PATH}
     */
    default BulkResult setSavePath(TorrentSelection which, String path, Wait wait) {
        throw unsupported("setSavePath", Capability.SET_SAVE_PATH);
    }

    /**
     * Points torrents at data already in another folder, without moving anything: the client looks
     * for the files there from now on (Transmission's {@code torrent-set-location} without
     * {@code move}; rTorrent's {@code d.directory.set}). Data the client does not find there is
     * missing until it is; a {@link #recheck} tells.
     *
     * @param which the torrents
     * @param path the folder, on the client's machine
     * @param wait whether to wait until {@link Torrent#savePath()} shows it
     * @return one outcome per torrent; {@link BulkResult.Outcome#ALREADY} for one already there
     * @throws UnsupportedCapabilityException without {@link Capability#SET_LOCATION_WITHOUT_MOVING}
     * @since 0.2
     */
    default BulkResult setLocationWithoutMoving(TorrentSelection which, String path, Wait wait) {
        throw unsupported("setLocationWithoutMoving", Capability.SET_LOCATION_WITHOUT_MOVING);
    }

    /**
     * Renames a torrent in the client (its files keep their names).
     *
     * @param ref the torrent
     * @param name the new name, not blank
     * @throws InvalidInputException if the name is blank
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#RENAME}
     */
    default void rename(TorrentRef ref, String name) {
        throw unsupported("rename", Capability.RENAME);
    }

    // ---- control ----------------------------------------------------------------------------

    /**
     * Checks torrents' data again.
     *
     * @param which the torrents
     * @return one outcome per torrent: done or not found
     * @throws UnsupportedCapabilityException without {@link Capability#RECHECK}
     */
    default BulkResult recheck(TorrentSelection which) {
        throw unsupported("recheck", Capability.RECHECK);
    }

    /**
     * Announces torrents to their trackers now.
     *
     * @param which the torrents
     * @return one outcome per torrent: done or not found
     * @throws UnsupportedCapabilityException without {@link Capability#REANNOUNCE}
     */
    default BulkResult reannounce(TorrentSelection which) {
        throw unsupported("reannounce", Capability.REANNOUNCE);
    }

    /**
     * Turns force start on or off: a forced torrent runs regardless of the queue limits, and
     * turning it on also starts a stopped torrent.
     *
     * @param which the torrents
     * @param on on or off
     * @param wait whether to wait until {@link TorrentSettings#forceStart()} shows it
     * @return one outcome per torrent
     * @throws UnsupportedCapabilityException without {@link Capability#FORCE_START}
     */
    default BulkResult setForceStart(TorrentSelection which, boolean on, Wait wait) {
        throw unsupported("setForceStart", Capability.FORCE_START);
    }

    /**
     * Turns super seeding (BEP 16) on or off. It only has an effect while a torrent seeds; a running
     * incomplete torrent drops it (libtorrent turns it off), a stopped one keeps it.
     *
     * @param which the torrents
     * @param on on or off
     * @param wait whether to wait until {@link TorrentSettings#superSeeding()} shows it
     * @return one outcome per torrent
     * @throws UnsupportedCapabilityException without {@link Capability#SUPER_SEEDING}
     */
    default BulkResult setSuperSeeding(TorrentSelection which, boolean on, Wait wait) {
        throw unsupported("setSuperSeeding", Capability.SUPER_SEEDING);
    }

    /**
     * Moves torrents in the download queue. Moving several to the top keeps their order.
     *
     * @param which the torrents
     * @param move where to
     * @return one outcome per torrent
     * @throws InvalidInputException if the client's queueing is off
     * @throws UnsupportedCapabilityException without {@link Capability#QUEUE}
     */
    default BulkResult moveInQueue(TorrentSelection which, QueueMove move) {
        throw unsupported("moveInQueue", Capability.QUEUE);
    }

    /**
     * Starts torrents at once, ahead of the download queue (Transmission's {@code torrent-start-now},
     * qBittorrent's force start). Unlike {@link #setForceStart}, nothing needs to be read back: it
     * is done when the torrent is neither stopped nor queued.
     *
     * @param which the torrents
     * @param wait whether to wait until each shows as started and not queued
     * @return one outcome per torrent; {@link BulkResult.Outcome#ALREADY} for one already running
     * @throws UnsupportedCapabilityException without {@link Capability#START_NOW}
     * @since 0.2
     */
    default BulkResult startNow(TorrentSelection which, Wait wait) {
        throw unsupported("startNow", Capability.START_NOW);
    }

    /**
     * Sets torrents' bandwidth priority.
     *
     * @param which the torrents
     * @param priority the priority
     * @param wait whether to wait until {@link TorrentSettings#bandwidthPriority()} shows it
     * @return one outcome per torrent; {@link BulkResult.Outcome#ALREADY} for one already at it
     * @throws UnsupportedCapabilityException without {@link Capability#BANDWIDTH_PRIORITY}
     * @since 0.2
     */
    default BulkResult setBandwidthPriority(TorrentSelection which, BandwidthPriority priority, Wait wait) {
        throw unsupported("setBandwidthPriority", Capability.BANDWIDTH_PRIORITY);
    }

    // ---- limits -----------------------------------------------------------------------------

    /**
     * @param which the torrents
     * @param limits their rate limits
     * @param wait whether to wait until {@link TorrentSettings#speedLimits()} shows them
     * @return one outcome per torrent; {@link BulkResult.Outcome#ALREADY} for one with these limits
     * @throws UnsupportedCapabilityException without {@link Capability#TORRENT_SPEED_LIMITS}
     */
    default BulkResult setSpeedLimits(TorrentSelection which, SpeedLimits limits, Wait wait) {
        throw unsupported("setSpeedLimits", Capability.TORRENT_SPEED_LIMITS);
    }

    /**
     * @param which the torrents
     * @param limits their share limits
     * @param wait whether to wait until {@link TorrentSettings#shareLimits()} shows them
     * @return one outcome per torrent
     * @throws UnsupportedCapabilityException without {@link Capability#SHARE_LIMITS}, or with an inactive
     *     seeding time or an action the client cannot keep per torrent
     */
    default BulkResult setShareLimits(TorrentSelection which, ShareLimits limits, Wait wait) {
        throw unsupported("setShareLimits", Capability.SHARE_LIMITS);
    }

    /**
     * @return the client's global rate limits (the normal ones, not the alternative ones)
     * @throws UnsupportedCapabilityException without {@link Capability#GLOBAL_SPEED_LIMITS}
     */
    default SpeedLimits globalSpeedLimits() {
        throw unsupported("globalSpeedLimits", Capability.GLOBAL_SPEED_LIMITS);
    }

    /**
     * @param limits the client's global rate limits from now on
     * @throws UnsupportedCapabilityException without {@link Capability#GLOBAL_SPEED_LIMITS}
     */
    default void setGlobalSpeedLimits(SpeedLimits limits) {
        throw unsupported("setGlobalSpeedLimits", Capability.GLOBAL_SPEED_LIMITS);
    }

    /**
     * @return whether the alternative ("turtle") rate limits are in force
     * @throws UnsupportedCapabilityException without {@link Capability#ALTERNATIVE_SPEED_MODE}
     */
    default boolean alternativeSpeedMode() {
        throw unsupported("alternativeSpeedMode", Capability.ALTERNATIVE_SPEED_MODE);
    }

    /**
     * @param on whether the alternative rate limits apply from now on (idempotent)
     * @throws UnsupportedCapabilityException without {@link Capability#ALTERNATIVE_SPEED_MODE}
     */
    default void setAlternativeSpeedMode(boolean on) {
        throw unsupported("setAlternativeSpeedMode", Capability.ALTERNATIVE_SPEED_MODE);
    }

    // ---- swarm and statistics ---------------------------------------------------------------

    /**
     * @param ref the torrent
     * @return the peers it is connected to now
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#PEERS}
     */
    default List<Peer> peers(TorrentRef ref) {
        throw unsupported("peers", Capability.PEERS);
    }

    /**
     * @return the client's global rates, totals, connection status and free disk space
     * @throws UnsupportedCapabilityException without {@link Capability#TRANSFER_INFO}
     */
    default TransferInfo transferInfo() {
        throw unsupported("transferInfo", Capability.TRANSFER_INFO);
    }

    /**
     * @param ref the torrent
     * @return its details
     * @throws TorrentNotFoundException if the client does not have it
     * @throws UnsupportedCapabilityException without {@link Capability#PROPERTIES}
     */
    default TorrentProperties properties(TorrentRef ref) {
        throw unsupported("properties", Capability.PROPERTIES);
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
