package dev.torrentctl.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.Torrent;
import dev.torrentctl.api.TorrentClients;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** close() and concurrent use. */
public abstract class LifecycleContract extends Contract {

    @Test
    @DisplayName("close() can be called twice")
    void closeIsIdempotent() {
        Api api = TorrentClients.open(context().backendName(), context().clientConfig());
        api.close();
        api.close();
    }

    @Test
    @DisplayName("a call after close() raises IllegalStateException")
    void callAfterCloseIsIllegal() {
        requires(Capability.LIST_TORRENTS);
        Api api = TorrentClients.open(context().backendName(), context().clientConfig());
        api.close();
        assertThatThrownBy(api::list).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("list() from eight threads at once gives each thread the same answer")
    void concurrentListsAgree() throws Exception {
        requires(Capability.LIST_TORRENTS);
        Api api = context().api();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Torrent>>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(api::list));
            }
            List<String> expected = ids(results.get(0).get(60, TimeUnit.SECONDS));
            for (Future<List<Torrent>> f : results) {
                assertThat(ids(f.get(60, TimeUnit.SECONDS))).containsExactlyInAnyOrderElementsOf(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> ids(List<Torrent> torrents) {
        return torrents.stream().map(Torrent::id).toList();
    }
}
