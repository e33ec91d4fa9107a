package dev.torrentctl.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Download and upload rate limits; an empty side is unlimited.
 *
 * @param download the download limit, or empty for none
 * @param upload the upload limit, or empty for none
 * @since 0.2
 */
public record SpeedLimits(Optional<DataRate> download, Optional<DataRate> upload) {
    /** No limit either way. */
    public static final SpeedLimits UNLIMITED = new SpeedLimits(Optional.empty(), Optional.empty());

    /** Checks for nulls; a zero rate means unlimited to every client, so it is refused. */
    public SpeedLimits {
        Objects.requireNonNull(download, "download");
        Objects.requireNonNull(upload, "upload");
        if (download.filter(r -> r.bytesPerSecond() == 0).isPresent()
                || upload.filter(r -> r.bytesPerSecond() == 0).isPresent()) {
            throw new InvalidInputException("speedLimits", "a limit of 0 B/s means 'unlimited' to the clients;"
                    + " say Optional.empty() for no limit", null);
        }
    }

    /** @param download the download limit @param upload the upload limit @return both limits set */
    public static SpeedLimits of(DataRate download, DataRate upload) {
        return new SpeedLimits(Optional.of(download), Optional.of(upload));
    }
}
