package dev.torrentctl.api;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One tracker of a torrent. Pseudo-entries some clients list beside real trackers (qBittorrent's
 * {@code ** [DHT] **}, PeX and LSD rows) are not trackers and are not reported.
 *
 * @param url the announce URL, as the client has it
 * @param tier the tier, from 0 (tried first)
 * @param status what the client knows of it
 * @param message the tracker's or client's last message, empty if none
 * @param peers peers the tracker reported, if known
 * @param seeds seeds the tracker reported, if known
 * @param leechers leechers the tracker reported, if known
 * @param downloaded completed downloads the tracker reported, if known
 * @since 0.2
 */
public record Tracker(String url, int tier, TrackerStatus status, String message, OptionalInt peers, OptionalInt seeds,
        OptionalInt leechers, OptionalInt downloaded) {
    /** Checks for nulls. */
    public Tracker {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(peers, "peers");
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(leechers, "leechers");
        Objects.requireNonNull(downloaded, "downloaded");
    }
}
