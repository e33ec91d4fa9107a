package dev.torrentctl.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.ClientInfo;
import dev.torrentctl.api.TorrentClients;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The backend is registered with ServiceLoader and opens by name. */
public abstract class DiscoveryContract extends Contract {

    @Test
    @DisplayName("the backend is listed among the available backend names")
    void backendIsListedByName() {
        assertThat(TorrentClients.backendNames()).contains(context().backendName());
    }

    @Test
    @DisplayName("a client opened by name reports the backend name and the client's versions")
    void openedClientReportsItself() {
        try (Api api = TorrentClients.open(context().backendName(), context().clientConfig())) {
            ClientInfo info = api.clientInfo();
            assertThat(info.backend()).isEqualTo(context().backendName());
            assertThat(info.version()).as("client version").isNotBlank();
            assertThat(info.apiVersion()).as("remote API version").isNotBlank();
        }
    }
}
