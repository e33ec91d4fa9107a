package dev.torrentctl.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.RemoveMode;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.api.UnsupportedCapabilityException;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Capabilities are declared, stable, and undeclared ones fail with the right error. */
public abstract class CapabilitiesContract extends Contract {

    @Test
    @DisplayName("capabilities are the same on every call and on every client of the same daemon")
    void capabilitiesAreStable() {
        Set<Capability> first = context().api().capabilities();
        assertThat(first).isNotNull();
        assertThat(context().api().capabilities()).isEqualTo(first);
        try (Api other = TorrentClients.open(context().backendName(), context().clientConfig())) {
            assertThat(other.capabilities()).isEqualTo(first);
        }
    }

    @Test
    @DisplayName("the declared capabilities are the ones the test expects, when it says which")
    void capabilitiesMatchExpectation() {
        context().expectedCapabilities().ifPresent(expected ->
                assertThat(context().api().capabilities()).as("capabilities of " + context().backendName())
                        .containsExactlyInAnyOrderElementsOf(expected));
    }

    @Test
    @DisplayName("every undeclared capability answers UnsupportedCapabilityException, not another error")
    void undeclaredCapabilitiesAnswerUnsupported() {
        Api api = context().api();
        Set<Capability> undeclared = EnumSet.complementOf(EnumSet.copyOf(
                api.capabilities().isEmpty() ? EnumSet.noneOf(Capability.class) : api.capabilities()));
        SoftAssertions softly = new SoftAssertions();
        for (Capability c : undeclared) {
            softly.assertThatThrownBy(() -> exercise(api, c))
                    .as("calling an operation that needs undeclared %s", c)
                    .isInstanceOf(UnsupportedCapabilityException.class)
                    .satisfies(e -> assertThat(undeclared).as("the capability the error names")
                            .contains(((UnsupportedCapabilityException) e).capability()));
        }
        softly.assertAll();
    }

    private static void exercise(Api api, Capability capability) {
        TorrentRef unknown = Fixture.create(FixtureKind.MAGNET).ref();
        Fixture magnet = Fixture.create(FixtureKind.MAGNET);
        switch (capability) {
            case LIST_TORRENTS -> api.list();
            case GET_TORRENT -> api.find(unknown);
            case ADD_MAGNET -> api.add(magnet.request().build());
            case ADD_TORRENT_FILE -> api.add(Fixture.create(FixtureKind.V1).request().build());
            case ADD_URL -> api.add(AddTorrentRequest.of(TorrentSource.url(URI.create("http://127.0.0.1:9/x.torrent"))));
            case V2_TORRENTS -> api.add(Fixture.create(FixtureKind.V2).request().build());
            case ADD_OPTION_SAVE_PATH -> api.add(magnet.request().savePath("/tmp/torrentctl-tck").build());
            case ADD_OPTION_STOPPED -> api.add(magnet.request().stopped(true).build());
            case ADD_OPTION_CATEGORY -> api.add(magnet.request().category("torrentctl-tck").build());
            case ADD_OPTION_TAGS -> api.add(magnet.request().tags(Set.of("torrentctl-tck")).build());
            case STOP_START -> api.stop(unknown);
            case REMOVE -> api.remove(unknown, RemoveMode.KEEP_DATA);
            case RAW_CALL -> api.rawCall("torrentctl-tck/unknown", java.util.Map.of());
            case CATEGORIES -> api.categories();
            case SET_CATEGORY -> api.setCategory(java.util.List.of(unknown), java.util.Optional.of("torrentctl-tck"),
                    dev.torrentctl.api.Wait.none());
            case TAGS -> api.tags();
            case TAG_TORRENTS -> api.addTags(java.util.List.of(unknown), Set.of("torrentctl-tck"),
                    dev.torrentctl.api.Wait.none());
            case SET_TAGS -> api.setTags(java.util.List.of(unknown), Set.of("torrentctl-tck"),
                    dev.torrentctl.api.Wait.none());
        }
    }

}
