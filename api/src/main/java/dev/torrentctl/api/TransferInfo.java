package dev.torrentctl.api;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A client's global transfer statistics, as its status bar shows them.
 *
 * @param downloadRate the total download rate
 * @param uploadRate the total upload rate
 * @param sessionDownloadedBytes bytes downloaded since the client started
 * @param sessionUploadedBytes bytes uploaded since the client started
 * @param connectionStatus whether the client is reachable
 * @param dhtNodes DHT nodes connected, if the client reports it
 * @param freeDiskSpaceBytes free space where the client saves by default, if the client reports it
 * @since 0.2
 */
public record TransferInfo(DataRate downloadRate, DataRate uploadRate, long sessionDownloadedBytes,
        long sessionUploadedBytes, ConnectionStatus connectionStatus, OptionalInt dhtNodes,
        OptionalLong freeDiskSpaceBytes) {
    /** Checks for nulls. */
    public TransferInfo {
        Objects.requireNonNull(downloadRate, "downloadRate");
        Objects.requireNonNull(uploadRate, "uploadRate");
        Objects.requireNonNull(connectionStatus, "connectionStatus");
        Objects.requireNonNull(dhtNodes, "dhtNodes");
        Objects.requireNonNull(freeDiskSpaceBytes, "freeDiskSpaceBytes");
    }
}
