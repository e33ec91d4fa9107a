package dev.torrentctl.backend.transmission.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Legacy names to JSON-RPC 2.0's, as Transmission 4.1.3's api-compat.cc maps them. */
class RpcNamesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"torrent-get, torrent_get", "hashString, hash_string", "rpc-version-semver, rpc_version_semver",
            "downloadDir, download_dir", "delete-local-data, delete_local_data", "torrent-duplicate, torrent_duplicate",
            "percentDone, percent_done", "recently-active, recently_active", "isUTP, is_utp",
            "cache-size-mb, cache_size_mib", "peer-socket-tos, peer_socket_diffserv", "speed-Bps, speed_Bps",
            "id, id", "labels, labels"})
    @DisplayName("mechanical, but for the few api-compat.cc lists")
    void snake(String legacy, String snake) {
        assertThat(RpcNames.snake(legacy)).isEqualTo(snake);
    }
}
