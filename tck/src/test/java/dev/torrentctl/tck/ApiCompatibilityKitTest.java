package dev.torrentctl.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** The kit tests itself: against fake backends it passes, skips and fails exactly where it should. */
class ApiCompatibilityKitTest {

    private static Events run(Class<?> kit) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(kit)).execute().testEvents();
    }

    private static Set<String> names(List<Event> events) {
        return events.stream().map(e -> e.getTestDescriptor().getLegacyReportingName()).collect(Collectors.toSet());
    }

    /** Tests of capabilities beyond {@link FakeProvider#IMPLEMENTED}: files, trackers, control (recheck, reannounce included), limits, details, add options. */
    private static final int ABORTED_BEYOND_IMPLEMENTED = 31;

    @Test
    @DisplayName("a backend behaving correctly passes every test of what it declares and skips the rest")
    void fullBackendPassesEverything() {
        Events events = run(FakeKits.FullKit.class);
        events.failed().stream().forEach(e -> System.out.println("unexpected failure: " + e));
        assertThat(events.failed().count()).isZero();
        assertThat(events.succeeded().count()).isEqualTo(38);
        assertThat(events.aborted().list()).hasSize(ABORTED_BEYOND_IMPLEMENTED).allSatisfy(e -> assertThat(
                e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable()
                        .orElseThrow().getMessage()).contains("backend \"fake\" does not declare"));
    }

    @Test
    @DisplayName("a backend declaring no capability skips exactly the gated tests, with a message naming backend and capability")
    void emptyBackendSkipsGatedTests() {
        Events events = run(FakeKits.EmptyKit.class);
        assertThat(events.failed().count()).isZero();
        assertThat(names(events.aborted().list())).contains(
                "roundTrip(FixtureKind)[1]", "roundTrip(FixtureKind)[2]", "roundTrip(FixtureKind)[3]",
                "roundTrip(FixtureKind)[4]", "duplicateAddIsReported()", "addOptionsAreApplied()", "addFromUrl()",
                "unknownTorrentIsNotFound()", "actionsOnUnknownTorrentAreNotFound()", "concurrentListsAgree()",
                "categoryLifecycle()", "setCategoryReportsEachTorrent()", "tagLifecycle()", "addAndRemoveTags()",
                "setTags()", "addSeveralAtOnce()", "listByCategoryAndTag()", "listByState()");
        assertThat(events.aborted().count()).isEqualTo(26 + ABORTED_BEYOND_IMPLEMENTED);
        assertThat(events.aborted().list()).allSatisfy(e -> assertThat(
                e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable()
                        .orElseThrow().getMessage())
                .contains("backend \"fake-empty\" does not declare").contains("Implement"));
        assertThat(events.succeeded().count()).isEqualTo(12);
    }

    @Test
    @DisplayName("a backend whose start() does nothing fails the round trip with the last state seen")
    void brokenBackendFailsTheRightTests() {
        Events events = run(FakeKits.BrokenKit.class);
        assertThat(names(events.failed().list())).containsExactlyInAnyOrder(
                "roundTrip(FixtureKind)[1]", "roundTrip(FixtureKind)[2]", "roundTrip(FixtureKind)[3]",
                "roundTrip(FixtureKind)[4]", "startReportsDoneAlreadyAndNotFound()", "stopWaitsUntilSettled()",
                "filterSelectsTheTorrents()");
        assertThat(events.failed().list().stream().filter(e -> e.getTestDescriptor().getLegacyReportingName()
                .startsWith("roundTrip")).toList()).hasSize(4).allSatisfy(e -> assertThat(
                e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable()
                        .orElseThrow().getMessage())
                .contains("runs after start()").contains("last seen: Torrent["));
    }
}
