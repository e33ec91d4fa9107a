package dev.torrentctl.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.torrentctl.api.TorrentSelection;
import dev.torrentctl.api.AddTorrentRequest;
import dev.torrentctl.api.Api;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.RemoveMode;
import dev.torrentctl.api.TorrentClients;
import dev.torrentctl.api.TorrentRef;
import dev.torrentctl.api.TorrentSource;
import dev.torrentctl.api.UnsupportedCapabilityException;
import dev.torrentctl.api.ContentLayout;
import dev.torrentctl.api.DataRate;
import dev.torrentctl.api.FilePriority;
import dev.torrentctl.api.Limit;
import dev.torrentctl.api.QueueMove;
import dev.torrentctl.api.ShareLimitAction;
import dev.torrentctl.api.ShareLimits;
import dev.torrentctl.api.SpeedLimits;
import dev.torrentctl.api.Wait;
import java.net.URI;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
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
    @DisplayName("the declared capabilities are exactly the ones the kit's subclass expects")
    void capabilitiesMatchExpectation() {
        Optional<Set<Capability>> expected = context().expectedCapabilities();
        Assumptions.assumeTrue(expected.isPresent(), () -> "the kit's subclass for \"" + context().backendName()
                + "\" does not say which capabilities it expects (ApiCompatibilityKit#expectedCapabilities); skipped."
                + " Declare them, so a backend cannot turn failures into skips by dropping a capability.");
        Set<Capability> declared = context().api().capabilities();
        Set<Capability> missing = EnumSet.noneOf(Capability.class);
        missing.addAll(expected.get());
        missing.removeAll(declared);
        Set<Capability> unexpected = EnumSet.noneOf(Capability.class);
        unexpected.addAll(declared);
        unexpected.removeAll(expected.get());
        assertThat(missing).as("expected by the kit's subclass but not declared by \"%s\"", context().backendName())
                .isEmpty();
        assertThat(unexpected).as("declared by \"%s\" but not expected by the kit's subclass", context().backendName())
                .isEmpty();
    }

    @Test
    @DisplayName("every undeclared capability answers UnsupportedCapabilityException naming it, not another error or a silent success")
    void undeclaredCapabilitiesAnswerUnsupported() {
        Api api = context().api();
        Set<Capability> undeclared = EnumSet.allOf(Capability.class);
        undeclared.removeAll(api.capabilities());
        // adding several works without ADD_MANY (one request per torrent): nothing to refuse
        undeclared.remove(Capability.ADD_MANY);
        Map<Capability, String> offending = new TreeMap<>();
        for (Capability c : undeclared) {
            try {
                exercise(api, c);
                offending.put(c, "accepted silently (no exception)");
            } catch (UnsupportedCapabilityException e) {
                if (!undeclared.contains(e.capability())) {
                    offending.put(c, "UnsupportedCapabilityException names " + e.capability() + ", which is declared");
                }
            } catch (RuntimeException e) {
                offending.put(c, e.getClass().getName() + ": " + e.getMessage());
            }
        }
        assertThat(offending).as("undeclared capabilities of \"%s\" that did not answer UnsupportedCapabilityException"
                + " naming an undeclared capability (see the rules in ApiCompatibilityKit's Javadoc)",
                context().backendName()).isEmpty();
    }

    private static final SpeedLimits RATES = SpeedLimits.of(DataRate.ofKibibytesPerSecond(1), DataRate.ofKibibytesPerSecond(1));

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
            case HYBRID_TORRENTS -> api.add(Fixture.create(FixtureKind.HYBRID).request().stopped(true).build());
            case NON_CANONICAL_TORRENTS -> api.add(Fixture.unsortedInfoKeys().request().stopped(true).build());
            case ADD_OPTION_SAVE_PATH -> api.add(magnet.request().savePath("/tmp/torrentctl-tck").build());
            case ADD_OPTION_STOPPED -> api.add(magnet.request().stopped(true).build());
            case ADD_OPTION_CATEGORY -> api.add(magnet.request().category("torrentctl-tck").build());
            case ADD_OPTION_TAGS -> api.add(magnet.request().tags(Set.of("torrentctl-tck")).build());
            case STOP_START -> api.stop(unknown);
            case REMOVE -> api.remove(unknown, RemoveMode.KEEP_DATA);
            case RAW_CALL -> api.rawCall("torrentctl-tck/unknown", java.util.Map.of());
            case CATEGORIES -> api.categories();
            case SET_CATEGORY -> api.setCategory(TorrentSelection.of(unknown), java.util.Optional.of("torrentctl-tck"),
                    dev.torrentctl.api.Wait.none());
            case TAGS -> api.tags();
            case TAG_TORRENTS -> api.addTags(TorrentSelection.of(unknown), Set.of("torrentctl-tck"),
                    dev.torrentctl.api.Wait.none());
            case SET_TAGS -> api.setTags(TorrentSelection.of(unknown), Set.of("torrentctl-tck"),
                    dev.torrentctl.api.Wait.none());
            case ADD_OPTION_SKIP_HASH_CHECK -> api.add(magnet.request().skipHashCheck(true).build());
            case ADD_OPTION_SEQUENTIAL -> api.add(magnet.request().sequentialDownload(true).build());
            case ADD_OPTION_FIRST_LAST_PIECE -> api.add(magnet.request().firstLastPiecePriority(true).build());
            case ADD_OPTION_CONTENT_LAYOUT -> api.add(magnet.request().contentLayout(ContentLayout.SUBFOLDER).build());
            case ADD_OPTION_NAME -> api.add(magnet.request().name("torrentctl-tck").build());
            case ADD_OPTION_SPEED_LIMITS -> api.add(magnet.request().speedLimits(RATES).build());
            case ADD_OPTION_SHARE_LIMITS -> api.add(magnet.request().shareLimits(ShareLimits.GLOBAL).build());
            case ADD_OPTION_AUTOMATIC_MANAGEMENT -> api.add(magnet.request().automaticManagement(false).build());
            case FILES -> api.files(unknown);
            case FILE_PRIORITIES -> api.setFilePriority(unknown, Set.of(0), FilePriority.SKIP);
            case RENAME_FILES -> api.renameFile(unknown, "a", "b");
            case TRACKERS -> api.trackers(unknown);
            case EDIT_TRACKERS -> api.addTrackers(unknown, List.of("http://127.0.0.1:9/announce"));
            case WEB_SEEDS -> api.webSeeds(unknown);
            case EDIT_WEB_SEEDS -> api.addWebSeeds(unknown, List.of("http://127.0.0.1:9/"));
            case SET_LOCATION -> api.setLocation(TorrentSelection.of(unknown), "/tmp/torrentctl-tck", Wait.none());
            case SET_SAVE_PATH -> api.setSavePath(TorrentSelection.of(unknown), "/tmp/torrentctl-tck", Wait.none());
            case RENAME -> api.rename(unknown, "torrentctl-tck");
            case RECHECK -> api.recheck(TorrentSelection.of(unknown));
            case REANNOUNCE -> api.reannounce(TorrentSelection.of(unknown));
            case FORCE_START -> api.setForceStart(TorrentSelection.of(unknown), true, Wait.none());
            case QUEUE -> api.moveInQueue(TorrentSelection.of(unknown), QueueMove.TOP);
            case SUPER_SEEDING -> api.setSuperSeeding(TorrentSelection.of(unknown), true, Wait.none());
            case TORRENT_SPEED_LIMITS -> api.setSpeedLimits(TorrentSelection.of(unknown), RATES, Wait.none());
            case SHARE_LIMITS -> api.setShareLimits(TorrentSelection.of(unknown), ShareLimits.GLOBAL, Wait.none());
            case INACTIVE_SEEDING_TIME_LIMIT -> api.add(magnet.request().shareLimits(ShareLimits.builder()
                    .inactiveSeedingTime(Limit.unlimited()).build()).build());
            case SHARE_LIMIT_ACTION -> api.add(magnet.request().shareLimits(ShareLimits.builder()
                    .action(ShareLimitAction.STOP).build()).build());
            case GLOBAL_SPEED_LIMITS -> api.globalSpeedLimits();
            case ALTERNATIVE_SPEED_MODE -> api.alternativeSpeedMode();
            case PEERS -> api.peers(unknown);
            case TRANSFER_INFO -> api.transferInfo();
            case PROPERTIES -> api.properties(unknown);
            case FILE_PRIORITY_LOW -> api.setFilePriority(unknown, Set.of(0), FilePriority.LOW);
            case FILE_PRIORITY_MAXIMUM -> api.setFilePriority(unknown, Set.of(0), FilePriority.MAXIMUM);
            case SEEDING_TIME_LIMIT -> api.add(magnet.request().shareLimits(ShareLimits.builder()
                    .seedingTime(Limit.unlimited()).build()).build());
            case START_NOW -> api.startNow(TorrentSelection.of(unknown), Wait.none());
            case SET_LOCATION_WITHOUT_MOVING -> api.setLocationWithoutMoving(TorrentSelection.of(unknown),
                    "/tmp/torrentctl-tck", Wait.none());
            case ADD_OPTION_FILE_PRIORITIES -> api.add(magnet.request().filePriority(0, FilePriority.SKIP).build());
            case BANDWIDTH_PRIORITY -> api.setBandwidthPriority(TorrentSelection.of(unknown),
                    dev.torrentctl.api.BandwidthPriority.HIGH, Wait.none());
            case ADD_OPTION_BANDWIDTH_PRIORITY -> api.add(magnet.request()
                    .bandwidthPriority(dev.torrentctl.api.BandwidthPriority.HIGH).build());
        }
    }

}
