/**
 * The qBittorrent backend, registered as {@code "qbittorrent"}. Use it through
 * {@link dev.torrentctl.api.TorrentClients#open(String, String)}; only the provider is public.
 *
 * <h2>Versions</h2>
 * Tested on qBittorrent 4.5 (WebAPI 2.8.19), 5.1 (2.11.4) and 5.3 (2.16.x). The WebAPI version is
 * read once when connecting and decides both the capabilities and how each call is spelled:
 * <table>
 * <caption>What changes with the version</caption>
 * <tr><th>since WebAPI (qBittorrent)</th><th>what this backend does</th></tr>
 * <tr><td>2.8.4 (4.4)</td><td>v2 and hybrid torrents; a torrent's id is its v1 hash, or the first 20 bytes of its
 *     v2 hash for v2 and hybrid torrents; v2-only torrents refused before ({@code V2_TORRENTS})</td></tr>
 * <tr><td>2.9.2 (4.6)</td><td>inactive seeding time limit ({@code INACTIVE_SEEDING_TIME_LIMIT})</td></tr>
 * <tr><td>2.11.0 (5.0)</td><td>{@code torrents/stop|start} instead of {@code pause|resume}; {@code stopped*} states
 *     and the {@code stopped} add flag ({@code paused} before: both flags are sent); free disk space from
 *     {@code sync/maindata} (4.5 always reports 0 there, so it is unknown)</td></tr>
 * <tr><td>2.11.3 (5.1)</td><td>adding, editing and removing web seeds ({@code EDIT_WEB_SEEDS})</td></tr>
 * <tr><td>2.11.4 (5.1)</td><td>{@code torrents/setTags} ({@code SET_TAGS})</td></tr>
 * <tr><td>2.11.8 (5.2)</td><td>204 No Content for most changes: 200 and 204 both mean done</td></tr>
 * <tr><td>2.12.0 (5.2)</td><td>per-torrent share-limit action, required by {@code setShareLimits}
 *     ({@code SHARE_LIMIT_ACTION})</td></tr>
 * <tr><td>2.13.0 (5.2)</td><td>{@code editTracker} takes {@code url} instead of {@code origUrl} and answers 204 even
 *     for a tracker the torrent lacks, so the list is checked first</td></tr>
 * <tr><td>2.14.0 (5.2)</td><td>JSON add results with the added ids (202 while a URL is fetched, 409 when nothing was
 *     added) instead of {@code Ok.}/{@code Fails.}; 404 "Endpoint does not exist" told apart from "not found";
 *     401 for bad credentials</td></tr>
 * <tr><td>2.15.0 (5.2)</td><td>HTTP Basic accepted and turned into a session cookie; API keys (Bearer)</td></tr>
 * <tr><td>2.15.2 (5.3)</td><td>free disk space from {@code app/getFreeSpaceAtPath}</td></tr>
 * <tr><td>2.16.0 (5.3)</td><td>{@code seedMode} instead of {@code skip_checking}; {@code setShareLimits} requires
 *     {@code shareLimitsMode} (sent as {@code Default})</td></tr>
 * </table>
 *
 * <h2>Quirks handled on every version</h2>
 * <ul>
 *   <li>Bulk endpoints ignore unknown hashes silently: every reference is resolved first (one filtered
 *       {@code torrents/info}), so each gets its own outcome, and only torrents not already as asked are sent.</li>
 *   <li>{@code removeTrackers} and {@code removeWebSeeds} answer 200 for URLs the torrent lacks: the result says
 *       which were removed.</li>
 *   <li>Uploads in one {@code torrents/add} are keyed by file name: each gets a distinct one, or all but one would be
 *       dropped silently.</li>
 *   <li>Multipart bodies always have a Content-Length (chunked bodies are rejected).</li>
 *   <li>Changes apply asynchronously; bulk operations can wait, bounded, until {@code torrents/info} shows them.</li>
 *   <li>{@code torrents/trackers} lists DHT, PeX and LSD as pseudo-trackers; they are left out.</li>
 *   <li>Seeding times are whole minutes; share limits use -2 for "global" and -1 for "none"; rate limits use 0 or -1
 *       for none.</li>
 * </ul>
 *
 * <h2>States</h2>
 * <table>
 * <caption>qBittorrent's {@code state} to {@link dev.torrentctl.api.TorrentState}</caption>
 * <tr><th>qBittorrent</th><th>normalized</th></tr>
 * <tr><td>downloading, stalledDL, forcedDL, allocating</td><td>DOWNLOADING</td></tr>
 * <tr><td>metaDL, forcedMetaDL</td><td>FETCHING_METADATA</td></tr>
 * <tr><td>uploading, stalledUP, forcedUP</td><td>SEEDING</td></tr>
 * <tr><td>pausedDL, stoppedDL</td><td>STOPPED</td></tr>
 * <tr><td>pausedUP, stoppedUP</td><td>COMPLETED (not SEEDING: nothing is offered)</td></tr>
 * <tr><td>queuedDL, queuedUP</td><td>QUEUED</td></tr>
 * <tr><td>checkingDL, checkingUP, checkingResumeData, queuedForChecking</td><td>CHECKING</td></tr>
 * <tr><td>moving</td><td>MOVING</td></tr>
 * <tr><td>error, missingFiles</td><td>ERROR</td></tr>
 * <tr><td>unknown, anything else</td><td>UNKNOWN</td></tr>
 * </table>
 */
package dev.torrentctl.backend.qbittorrent;
