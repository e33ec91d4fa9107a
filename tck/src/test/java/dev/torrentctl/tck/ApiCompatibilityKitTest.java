package dev.torrentctl.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
        System.out.printf("kit self-test: full backend -> %d passed, %d skipped %s%n", events.succeeded().count(),
                events.aborted().count(), names(events.aborted().list()));
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

    /** @return the nested class of the kit (the feature area) a test belongs to */
    private static String area(Event e) {
        return e.getTestDescriptor().getUniqueId().getSegments().stream()
                .filter(s -> s.getType().equals("nested-class")).map(s -> s.getValue()).findFirst().orElse("");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = FakeProvider.Breakage.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("a backend wrong in one feature area fails tests of that area, and of no other")
    void aBrokenAreaFailsExactlyThatArea(FakeProvider.Breakage breakage) {
        FakeKits.BrokenKit.breakage = breakage;
        try {
            Events events = run(FakeKits.BrokenKit.class);
            Set<String> failedAreas = events.failed().stream().map(ApiCompatibilityKitTest::area)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            System.out.printf("kit self-test: %s broken -> %d failed %s, %d passed, %d skipped%n", breakage,
                    events.failed().count(), new java.util.TreeSet<>(names(events.failed().list())),
                    events.succeeded().count(), events.aborted().count());
            assertThat(events.failed().count()).as("tests failed by a backend broken in %s", breakage.areas())
                    .isPositive();
            assertThat(failedAreas).as("areas with failures, for a backend broken in %s: %s", breakage.areas(),
                    names(events.failed().list())).isSubsetOf(breakage.areas());
        } finally {
            FakeKits.BrokenKit.breakage = FakeProvider.Breakage.NONE;
        }
    }

    @Test
    @DisplayName("the same backend without a breakage passes everything it declares")
    void theUnbrokenVariantPasses() {
        Events events = run(FakeKits.BrokenKit.class);
        events.failed().stream().forEach(e -> System.out.println("unexpected failure: " + e));
        assertThat(events.failed().count()).isZero();
    }
}
