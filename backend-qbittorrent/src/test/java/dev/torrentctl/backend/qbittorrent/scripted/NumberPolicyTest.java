package dev.torrentctl.backend.qbittorrent.scripted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.BackendProtocolException;
import dev.torrentctl.api.Limit;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.daemons.scripted.ScriptedResponse;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Numbers out of range or not numbers: one field unknown, its raw text kept; never a failed list. */
@DisplayName("qBittorrent numbers out of range")
class NumberPolicyTest {
    private static final String GOOD = "0123456789abcdef0123456789abcdef01234567";
    private static final String BAD = "89abcdef0123456789abcdef0123456789abcdef";

    @Test
    @DisplayName("a torrent with 1e30, NaN, 7.5 and text where numbers belong is listed with those fields unknown; the other is untouched")
    void oneBadTorrentNeverFailsTheList() {
        String bad = "{\"hash\":\"" + BAD + "\",\"infohash_v1\":\"" + BAD + "\",\"name\":\"bad\",\"state\":\"stoppedDL\","
                + "\"size\":1e30,\"total_size\":-7,\"progress\":NaN,\"ratio\":7.5e400,\"dlspeed\":\"fast\","
                + "\"added_on\":1e30,\"completion_on\":-1,\"eta\":1e300,\"seeding_time_limit\":1.5e17,"
                + "\"ratio_limit\":Infinity,\"dl_limit\":[1,2],\"priority\":1e19}";
        String good = "{\"hash\":\"" + GOOD + "\",\"infohash_v1\":\"" + GOOD + "\",\"name\":\"good\",\"state\":\"stoppedDL\","
                + "\"size\":123,\"total_size\":456,\"progress\":0.5,\"ratio\":1.5,\"added_on\":1700000000,"
                + "\"seeding_time_limit\":90}";
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            qbt.on("GET", "torrents/info", qbt.loggedIn(ScriptedResponse.json(200, "[" + bad + "," + good + "]")));
            List<Torrent> listed = api.list();
            assertThat(listed).hasSize(2);
            Torrent b = listed.stream().filter(t -> t.id().equals(BAD)).findFirst().orElseThrow();
            assertThat(b.anomalies()).containsKeys("size", "progress", "ratio", "dlspeed", "added_on", "eta",
                    "seeding_time_limit", "ratio_limit", "dl_limit", "priority");
            assertThat(b.anomalies()).containsEntry("size", "1e30").containsEntry("progress", "NaN");
            assertThat(b.sizeBytes()).isZero();
            assertThat(b.progress()).isZero();
            assertThat(b.addedOn()).isEmpty();
            assertThat(b.eta()).isEmpty();
            assertThat(b.settings().shareLimits().seedingTime()).isEqualTo(Limit.global());
            Torrent g = listed.stream().filter(t -> t.id().equals(GOOD)).findFirst().orElseThrow();
            assertThat(g.anomalies()).isEmpty();
            assertThat(g.sizeBytes()).isEqualTo(123);
            assertThat(g.progress()).isEqualTo(0.5);
        }
    }

    @Test
    @DisplayName("JSON nested 100,000 deep is a protocol error, not a StackOverflowError")
    void deepNestingIsAProtocolError() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            qbt.on("GET", "torrents/info", qbt.loggedIn(ScriptedResponse.json(200, "[{\"hash\":\"" + GOOD
                    + "\",\"infohash_v1\":\"" + GOOD + "\",\"name\":\"g\",\"state\":\"stoppedDL\"}]")));
            qbt.on("GET", "torrents/properties", qbt.loggedIn(ScriptedResponse.json(200, deep)));
            assertThatThrownBy(() -> api.properties(TorrentRef.parse(GOOD))).isInstanceOf(BackendProtocolException.class);
            qbt.on("GET", "torrents/info", qbt.loggedIn(ScriptedResponse.json(200, deep)));
            assertThatThrownBy(api::list).isInstanceOf(BackendProtocolException.class);
        }
    }
}
