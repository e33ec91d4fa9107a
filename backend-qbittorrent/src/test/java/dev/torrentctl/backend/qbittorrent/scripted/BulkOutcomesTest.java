package dev.torrentctl.backend.qbittorrent.scripted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.BulkResult;
import dev.torrentctl.api.ChangeTimeoutException;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.UnsupportedCapabilityException;
import dev.torrentctl.api.Wait;
import dev.torrentctl.daemons.scripted.ScriptedResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("qBittorrent bulk operations")
class BulkOutcomesTest {
    private static final String A = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private static final String B = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    private static final String UNKNOWN = "cccccccccccccccccccccccccccccccccccccccc";

    private static String torrent(String hash, String category) {
        return "{\"hash\":\"" + hash + "\",\"infohash_v1\":\"" + hash + "\",\"state\":\"stoppedDL\",\"category\":\""
                + category + "\"}";
    }

    @Test
    @DisplayName("resolve all references in one request and send only the torrents that need the change")
    void sendsOnlyWhatIsNeeded() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            qbt.on("GET", "torrents/info", qbt.loggedIn(ScriptedResponse.json(200,
                    "[" + torrent(A, "") + "," + torrent(B, "tv") + "]")));
            qbt.on("POST", "torrents/setCategory", qbt.loggedIn(ScriptedResponse.text(200, "")));
            BulkResult r = api.setCategory(TorrentSelection.of(TorrentRef.parse(A), TorrentRef.parse(UNKNOWN), TorrentRef.parse(B)),
                    Optional.of("tv"), Wait.none());
            assertThat(r.items()).extracting(BulkResult.Item::outcome).containsExactly(BulkResult.Outcome.DONE,
                    BulkResult.Outcome.NOT_FOUND, BulkResult.Outcome.ALREADY);
            assertThat(r.succeeded()).isFalse();
            assertThat(qbt.requests("torrents/info").get(0).query())
                    .isEqualTo("hashes=" + A + "%7C" + UNKNOWN + "%7C" + B);
            // a 40-hex id the filter misses may be a hybrid's v1 hash (qBittorrent keys hybrids by the
            // truncated v2 hash), which only the full list can show
            assertThat(qbt.requests("torrents/info")).hasSize(2);
            assertThat(qbt.requests("torrents/info").get(1).query()).isEmpty();
            assertThat(qbt.requests("torrents/setCategory")).singleElement()
                    .satisfies(q -> assertThat(q.bodyText()).contains("hashes=" + A).doesNotContain(B).doesNotContain(UNKNOWN));
        }
    }

    @Test
    @DisplayName("a change that never shows fails its torrent when the wait runs out, naming the wait")
    void invisibleChangeTimesOutAfterWait() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v5.1.0", "2.11.4"); Api api = qbt.open()) {
            qbt.on("GET", "torrents/info", qbt.loggedIn(ScriptedResponse.json(200, "[" + torrent(A, "") + "]")));
            qbt.on("POST", "torrents/setCategory", qbt.loggedIn(ScriptedResponse.text(200, "")));
            BulkResult r = api.setCategory(TorrentSelection.of(TorrentRef.parse(A)), Optional.of("tv"),
                    Wait.upTo(Duration.ofMillis(300)));
            BulkResult.Item item = r.item(TorrentRef.parse(A));
            assertThat(item.outcome()).isEqualTo(BulkResult.Outcome.TIMED_OUT);
            assertThat(item.error()).hasValueSatisfying(e -> assertThat(e).isInstanceOf(ChangeTimeoutException.class)
                    .hasMessageContaining("not visible within PT0.3S"));
            assertThat(item.waited()).contains(java.time.Duration.ofMillis(300));
            assertThat(qbt.requests("torrents/info").size()).isBetween(3, 10);
        }
    }

    @Test
    @DisplayName("setTags before WebAPI 2.11.4 is unsupported, naming the version, and is not declared")
    void setTagsNeedsVersion() {
        try (ScriptedQBittorrent qbt = new ScriptedQBittorrent("v4.5.2", "2.8.19"); Api api = qbt.open()) {
            assertThat(api.capabilities()).doesNotContain(Capability.SET_TAGS).contains(Capability.TAG_TORRENTS);
            assertThatThrownBy(() -> api.setTags(TorrentSelection.of(TorrentRef.parse(A)), Set.of("x"), Wait.none()))
                    .isInstanceOf(UnsupportedCapabilityException.class)
                    .hasMessageContaining("WebAPI 2.11.4").hasMessageContaining("2.8.19");
            assertThat(qbt.requests("torrents/setTags")).isEmpty();
        }
    }
}
