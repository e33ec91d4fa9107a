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

    private static String reason(Event e) {
        return e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable()
                .map(Throwable::getMessage).orElse("");
    }

    @Test
    @DisplayName("a backend behaving correctly passes every test of what it declares, and skips only tests of what it does not")
    void fullBackendPassesEverything() {
        Events events = run(FakeKits.FullKit.class);
        events.failed().stream().forEach(e -> System.out.println("unexpected failure: " + e));
        assertThat(events.failed().count()).isZero();
        assertThat(names(events.succeeded().list())).contains("roundTrip(FixtureKind)[1]", "stopWaitsUntilSettled()",
                "eachSourceHasItsOutcome()", "listShowsEveryTorrent()", "undeclaredCapabilitiesAnswerUnsupported()",
                "capabilitiesMatchExpectation()", "openAndCloseAreReported()");
        assertThat(events.aborted().list()).allSatisfy(e -> assertThat(reason(e))
                .contains("backend \"fake\" does not declare").contains("Implement"));
    }

    @Test
    @DisplayName("a backend declaring no capability skips exactly the gated tests, with a message naming backend and capability")
    void emptyBackendSkipsGatedTests() {
        Set<String> fullPassed = names(run(FakeKits.FullKit.class).succeeded().list());
        Events events = run(FakeKits.EmptyKit.class);
        assertThat(events.failed().count()).isZero();
        Set<String> passed = names(events.succeeded().list());
        assertThat(passed).as("what passes without capabilities passes with them").isSubsetOf(fullPassed);
        assertThat(passed).as("tests that need no capability").contains("capabilitiesAreStable()",
                "openAndCloseAreReported()", "closeIsIdempotent()", "undeclaredCapabilitiesAnswerUnsupported()");
        assertThat(names(events.aborted().list())).contains("roundTrip(FixtureKind)[1]", "duplicateAddIsReported()",
                "stopWaitsUntilSettled()", "eachSourceHasItsOutcome()", "listShowsEveryTorrent()", "callAfterCloseIsIllegal()");
        assertThat(events.aborted().list()).allSatisfy(e -> assertThat(reason(e))
                .contains("backend \"fake-empty\" does not declare").contains("Implement"));
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
