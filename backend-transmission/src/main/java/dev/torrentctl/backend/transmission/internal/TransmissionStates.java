package dev.torrentctl.backend.transmission.internal;

import dev.torrentctl.api.TorrentState;

/**
 * Transmission's torrent status ({@code tr_torrent_activity}) in the normalized states:
 * <table>
 *   <caption>status, error and completion to state</caption>
 *   <tr><th>status</th><th>name</th><th>state</th></tr>
 *   <tr><td>0</td><td>stopped</td><td>COMPLETED when all wanted data is there or the seeding limit was
 *       reached ({@code isFinished}), else STOPPED</td></tr>
 *   <tr><td>1</td><td>check-wait</td><td>CHECKING</td></tr>
 *   <tr><td>2</td><td>check</td><td>CHECKING</td></tr>
 *   <tr><td>3</td><td>download-wait</td><td>QUEUED</td></tr>
 *   <tr><td>4</td><td>download</td><td>FETCHING_METADATA while the metadata is incomplete, else DOWNLOADING</td></tr>
 *   <tr><td>5</td><td>seed-wait</td><td>QUEUED</td></tr>
 *   <tr><td>6</td><td>seed</td><td>SEEDING</td></tr>
 *   <tr><td>other</td><td></td><td>UNKNOWN</td></tr>
 * </table>
 * {@code error} 3 (a local error: disk full, files missing) is ERROR unless the torrent is stopped
 * (3.00 keeps "No data found" on a torrent it stopped: it is stopped, and the message says why);
 * 1 and 2 (a tracker's warning or error) leave the state and fill the error message.
 */
final class TransmissionStates {
    /** {@code TR_STAT_LOCAL_ERROR}. */
    static final int LOCAL_ERROR = 3;

    private TransmissionStates() {}

    static TorrentState state(int status, int error, double progress, boolean finished, double metadata) {
        if (error == LOCAL_ERROR && status != 0) {
            return TorrentState.ERROR;
        }
        return switch (status) {
            case 0 -> progress >= 1.0 || finished ? TorrentState.COMPLETED : TorrentState.STOPPED;
            case 1, 2 -> TorrentState.CHECKING;
            case 3, 5 -> TorrentState.QUEUED;
            case 4 -> metadata < 1.0 ? TorrentState.FETCHING_METADATA : TorrentState.DOWNLOADING;
            case 6 -> TorrentState.SEEDING;
            default -> TorrentState.UNKNOWN;
        };
    }
}
