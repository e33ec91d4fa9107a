package dev.torrentctl.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.DataRate;
import dev.torrentctl.api.Limit;
import dev.torrentctl.api.ShareLimitAction;
import dev.torrentctl.api.ShareLimits;
import dev.torrentctl.api.SpeedLimits;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.Wait;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Per-torrent rate and share limits, global rate limits and the alternative-speed switch. */
public abstract class LimitsContract extends Contract {
    /**
     * Rates every client stores exactly: multiples of 128,000 B/s are whole kB/s (Transmission
     * keeps 1,000-byte units) and whole KiB/s (qBittorrent's WebUI shows 1,024-byte ones).
     */
    private static final long EXACT = 128_000;

    @Test
    @DisplayName("a torrent's rate limits are set in bytes per second, read back equal, and cleared")
    void torrentSpeedLimits() {
        Api api = context().api();
        Fixture f = stoppedV1(Capability.TORRENT_SPEED_LIMITS);
        SpeedLimits limits = SpeedLimits.of(DataRate.ofBytesPerSecond(3 * EXACT), DataRate.ofBytesPerSecond(EXACT));
        assertThat(api.setSpeedLimits(TorrentSelection.of(f.ref()), limits, waitForIt()).item(f.ref()).outcome())
                .isEqualTo(BulkResult.Outcome.DONE);
        assertThat(api.get(f.ref()).settings().speedLimits()).isEqualTo(limits);
        assertThat(api.setSpeedLimits(TorrentSelection.of(f.ref()), limits, Wait.none()).item(f.ref()).outcome())
                .isEqualTo(BulkResult.Outcome.ALREADY);
        api.setSpeedLimits(TorrentSelection.of(f.ref()), SpeedLimits.UNLIMITED, waitForIt());
        assertThat(api.get(f.ref()).settings().speedLimits()).isEqualTo(SpeedLimits.UNLIMITED);
    }

    @Test
    @DisplayName("a torrent's ratio limit is set and read back, unlimited, and back to global")
    void torrentShareLimits() {
        Api api = context().api();
        Fixture f = stoppedV1(Capability.SHARE_LIMITS);
        ShareLimits limits = ShareLimits.builder().ratio(Limit.of(1.5)).build();
        assertThat(api.setShareLimits(TorrentSelection.of(f.ref()), limits, waitForIt()).item(f.ref()).outcome())
                .isEqualTo(BulkResult.Outcome.DONE);
        ShareLimits seen = api.get(f.ref()).settings().shareLimits();
        assertThat(seen.ratio().value()).hasValueSatisfying(r -> assertThat(r).isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-3)));

        ShareLimits none = ShareLimits.builder().ratio(Limit.unlimited()).build();
        api.setShareLimits(TorrentSelection.of(f.ref()), none, waitForIt());
        assertThat(api.get(f.ref()).settings().shareLimits().ratio()).isEqualTo(Limit.unlimited());
        api.setShareLimits(TorrentSelection.of(f.ref()), ShareLimits.GLOBAL, waitForIt());
        assertThat(api.get(f.ref()).settings().shareLimits().ratio()).isEqualTo(Limit.global());
    }

    @Test
    @DisplayName("a torrent's total seeding time limit is set and read back, unlimited, and back to global")
    void seedingTimeLimit() {
        Api api = context().api();
        Fixture f = stoppedV1(Capability.SHARE_LIMITS, Capability.SEEDING_TIME_LIMIT);
        ShareLimits limits = ShareLimits.builder().ratio(Limit.of(1.5)).seedingTime(Limit.of(Duration.ofMinutes(90)))
                .build();
        assertThat(api.setShareLimits(TorrentSelection.of(f.ref()), limits, waitForIt()).item(f.ref()).outcome())
                .isEqualTo(BulkResult.Outcome.DONE);
        assertThat(api.get(f.ref()).settings().shareLimits().seedingTime()).isEqualTo(Limit.of(Duration.ofMinutes(90)));
        ShareLimits none = ShareLimits.builder().ratio(Limit.unlimited()).seedingTime(Limit.unlimited()).build();
        api.setShareLimits(TorrentSelection.of(f.ref()), none, waitForIt());
        assertThat(api.get(f.ref()).settings().shareLimits().seedingTime()).isEqualTo(Limit.unlimited());
        api.setShareLimits(TorrentSelection.of(f.ref()), ShareLimits.GLOBAL, waitForIt());
        assertThat(api.get(f.ref()).settings().shareLimits().seedingTime()).isEqualTo(Limit.global());
    }

    @Test
    @DisplayName("a torrent's inactive seeding time limit is set and read back")
    void inactiveSeedingTimeLimit() {
        Api api = context().api();
        Fixture f = stoppedV1(Capability.SHARE_LIMITS, Capability.INACTIVE_SEEDING_TIME_LIMIT);
        ShareLimits limits = ShareLimits.builder().ratio(Limit.of(2.0))
                .inactiveSeedingTime(Limit.of(Duration.ofMinutes(45))).build();
        assertThat(api.setShareLimits(TorrentSelection.of(f.ref()), limits, waitForIt()).item(f.ref()).outcome())
                .isEqualTo(BulkResult.Outcome.DONE);
        assertThat(api.get(f.ref()).settings().shareLimits().inactiveSeedingTime())
                .isEqualTo(Limit.of(Duration.ofMinutes(45)));
    }

    @Test
    @DisplayName("a torrent's share-limit action is set and read back")
    void shareLimitAction() {
        Api api = context().api();
        Fixture f = stoppedV1(Capability.SHARE_LIMITS, Capability.SHARE_LIMIT_ACTION);
        ShareLimits limits = ShareLimits.builder().ratio(Limit.of(2.0)).action(ShareLimitAction.STOP).build();
        assertThat(api.setShareLimits(TorrentSelection.of(f.ref()), limits, waitForIt()).item(f.ref()).outcome())
                .isEqualTo(BulkResult.Outcome.DONE);
        assertThat(api.get(f.ref()).settings().shareLimits().action()).contains(ShareLimitAction.STOP);
    }

    @Test
    @DisplayName("global rate limits are set, read back and restored")
    void globalSpeedLimits() {
        requires(Capability.GLOBAL_SPEED_LIMITS);
        Api api = context().api();
        SpeedLimits before = api.globalSpeedLimits();
        SpeedLimits limits = SpeedLimits.of(DataRate.ofBytesPerSecond(40 * EXACT), DataRate.ofBytesPerSecond(6 * EXACT));
        try {
            api.setGlobalSpeedLimits(limits);
            context().poller().until("the limits show", api::globalSpeedLimits, limits::equals);
            api.setGlobalSpeedLimits(SpeedLimits.UNLIMITED);
            context().poller().until("no limits show", api::globalSpeedLimits, SpeedLimits.UNLIMITED::equals);
        } finally {
            api.setGlobalSpeedLimits(before);
        }
    }

    @Test
    @DisplayName("the alternative speed mode is switched on and off, idempotently")
    void alternativeSpeedMode() {
        requires(Capability.ALTERNATIVE_SPEED_MODE);
        Api api = context().api();
        boolean before = api.alternativeSpeedMode();
        try {
            api.setAlternativeSpeedMode(true);
            api.setAlternativeSpeedMode(true);
            context().poller().until("alternative speeds are on", api::alternativeSpeedMode, on -> on);
            api.setAlternativeSpeedMode(false);
            context().poller().until("alternative speeds are off", api::alternativeSpeedMode, on -> !on);
        } finally {
            api.setAlternativeSpeedMode(before);
        }
    }
}
