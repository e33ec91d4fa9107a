package dev.torrentctl.backend.qbittorrent.internal;

import dev.torrentctl.api.TorrentState;

/**
 * qBittorrent's {@code state} strings to {@link TorrentState}. 4.x says {@code paused*}, 5.x
 * {@code stopped*}; both are understood.
 *
 * <table>
 * <caption>Mapping</caption>
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
final class QBittorrentStates {
    private QBittorrentStates() {}

    static TorrentState normalize(String state) {
        return switch (state) {
            case "downloading", "stalledDL", "forcedDL", "allocating" -> TorrentState.DOWNLOADING;
            case "metaDL", "forcedMetaDL" -> TorrentState.FETCHING_METADATA;
            case "uploading", "stalledUP", "forcedUP" -> TorrentState.SEEDING;
            case "pausedDL", "stoppedDL" -> TorrentState.STOPPED;
            case "pausedUP", "stoppedUP" -> TorrentState.COMPLETED;
            case "queuedDL", "queuedUP" -> TorrentState.QUEUED;
            case "checkingDL", "checkingUP", "checkingResumeData", "queuedForChecking" -> TorrentState.CHECKING;
            case "moving" -> TorrentState.MOVING;
            case "error", "missingFiles" -> TorrentState.ERROR;
            default -> TorrentState.UNKNOWN;
        };
    }
}
