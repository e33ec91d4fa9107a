package dev.torrentctl.backend.transmission;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.Credentials;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.daemons.DaemonExtension;
import dev.torrentctl.daemons.DaemonImage;
import dev.torrentctl.daemons.TransmissionContainer;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Transmission 4.x's bandwidth groups, which have no counterpart in the other clients, through
 * {@code rawCall}: a group is set and read back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Bandwidth groups of Transmission 4.1 through rawCall")
class BandwidthGroups41IT {
    @RegisterExtension
    final DaemonExtension<TransmissionContainer> daemon = new DaemonExtension<>(DaemonImage.TRANSMISSION_4_1,
            TransmissionContainer::new);

    @Test
    @DisplayName("group-set makes a group with a download limit, and group-get reads it back")
    void setAndGetAGroup() {
        TransmissionContainer c = daemon.container();
        try (Api api = TorrentClients.open("transmission", ClientConfig.builder(c.url())
                .credentials(new Credentials(c.username(), c.password())).build())) {
            api.rawCall("group-set", Map.of("name", "\"torrentctl-group\"", "speed_limit_down_enabled", "true",
                    "speed_limit_down", "300"));
            JsonObject answer = JsonParser.parseString(api.rawCall("group-get", Map.of("group",
                    "\"torrentctl-group\"")).body()).getAsJsonObject();
            JsonElement groups = answer.getAsJsonObject("result").get("group");
            assertThat(groups.getAsJsonArray()).hasSize(1);
            JsonObject g = groups.getAsJsonArray().get(0).getAsJsonObject();
            assertThat(g.get("name").getAsString()).isEqualTo("torrentctl-group");
            assertThat(g.get("speed_limit_down_enabled").getAsBoolean()).isTrue();
            assertThat(g.get("speed_limit_down").getAsLong()).isEqualTo(300);
        }
    }
}
