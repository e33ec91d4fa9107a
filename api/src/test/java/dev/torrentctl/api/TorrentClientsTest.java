package dev.torrentctl.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.spi.ApiProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TorrentClientsTest {

    /** Registered in test META-INF/services; its constructor fails. */
    public static final class FailingProvider implements ApiProvider {
        public FailingProvider() {
            throw new IllegalStateException("boom from FailingProvider");
        }

        @Override
        public String name() {
            return "failing";
        }

        @Override
        public Api open(ClientConfig config) {
            throw new AssertionError();
        }
    }

    @Test
    @DisplayName("an unknown name fails with the available backends and the provider that failed to load")
    void unknownNameListsAvailableAndFailures() {
        assertThatThrownBy(() -> TorrentClients.open("qbitorrent", "localhost"))
                .isInstanceOfSatisfying(BackendNotFoundException.class, e -> assertThat(e.requested()).isEqualTo("qbitorrent"))
                .hasMessageContaining("no backend named \"qbitorrent\"")
                .hasMessageContaining("Available: []")
                .hasMessageContaining("FailingProvider");
    }

    @Test
    @DisplayName("a provider instance can be used directly, bypassing discovery")
    void providerInstanceBypassesDiscovery() {
        ApiProvider p = new ApiProvider() {
            @Override
            public String name() {
                return "direct";
            }

            @Override
            public Api open(ClientConfig config) {
                return null;
            }
        };
        assertThatThrownBy(() -> TorrentClients.open(p, ClientConfig.parse("localhost")))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("returned null");
    }
}
