package io.okrscorecard.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.perspective.Thresholds;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.rollup.RollupSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.Test;

/** Perspectives, cycles and settings: defaults and admin changes. */
public class ModelTest {

    @Test
    public void defaultPerspectivesAreTheFourClassicOnes() {
        List<Perspective> all = Perspectives.defaults().all();
        assertEquals(
                List.of("financial", "customer", "internal-processes", "learning-growth"),
                all.stream().map(p -> p.key().value()).toList());
        assertEquals(
                List.of("Financial", "Customer", "Internal Processes", "Learning & Growth"),
                all.stream().map(Perspective::name).toList());
        assertTrue(all.stream()
                .allMatch(p -> p.weight().equals(Weight.ONE) && p.thresholds().equals(Thresholds.DEFAULT)));
    }

    @Test
    public void adminAddsRenamesAndReordersPerspectives() {
        Perspectives changed = Perspectives.defaults()
                .add(new Perspective(
                        PerspectiveKey.of("sustainability"),
                        "Sustainability",
                        0,
                        "#00897b",
                        Weight.ONE,
                        Thresholds.DEFAULT))
                .rename(PerspectiveKey.of("customer"), "Customers & Markets")
                .reorder(List.of(
                        PerspectiveKey.of("customer"),
                        PerspectiveKey.of("financial"),
                        PerspectiveKey.of("sustainability"),
                        PerspectiveKey.of("internal-processes"),
                        PerspectiveKey.of("learning-growth")));
        assertEquals(
                List.of(
                        "Customers & Markets",
                        "Financial",
                        "Sustainability",
                        "Internal Processes",
                        "Learning & Growth"),
                changed.all().stream().map(Perspective::name).toList());
        assertEquals(
                List.of(0, 1, 2, 3, 4),
                changed.all().stream().map(Perspective::order).toList());
    }

    @Test
    public void elapsedShareRunsFromStartOfFirstDayToEndOfLastDay() {
        Cycle q4 = Cycle.of("2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
        assertEquals(0.0, q4.elapsedShare(at("2026-09-30T23:00:00Z")), 0);
        assertEquals(0.0, q4.elapsedShare(at("2026-10-01T00:00:00Z")), 0);
        assertEquals(0.5, q4.elapsedShare(at("2026-11-16T00:00:00Z")), 1e-12);
        assertEquals(1.0, q4.elapsedShare(at("2027-01-01T00:00:00Z")), 0);
        assertEquals(1.0, q4.elapsedShare(at("2027-06-01T00:00:00Z")), 0);
    }

    @Test
    public void oneDayCycleIsHalfDoneAtNoon() {
        Cycle day = Cycle.of("launch-day", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1));
        assertEquals(0.5, day.elapsedShare(at("2026-10-01T12:00:00Z")), 1e-12);
    }

    @Test
    public void policiesAreListableWithDescriptions() {
        assertEquals(
                List.of(RollupPolicy.COUNT, RollupPolicy.STORY_POINTS, RollupPolicy.TIME),
                List.of(RollupPolicy.values()));
        for (RollupPolicy policy : RollupPolicy.values()) {
            assertTrue(policy.label().length() > 3 && policy.description().length() > 10);
        }
    }

    @Test
    public void defaultSettingsExcludeTheUsualResolutions() {
        RollupSettings defaults = RollupSettings.defaults();
        assertEquals(RollupPolicy.COUNT, defaults.policy());
        assertEquals(0.0, defaults.inProgressCredit(), 0);
        for (String name : List.of("Won't Do", "won't fix", "DUPLICATE", " Cannot Reproduce ", "Declined")) {
            assertTrue(name, defaults.excludes(name));
        }
        assertTrue(!defaults.excludes("Done") && !defaults.excludes(null));
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    public void theCurrentCycleIsTheRunningOneElseTheLastStartedElseTheFirstToCome() {
        Cycle q3 = Cycle.of("2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
        Cycle q4 = Cycle.of("2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
        Cycle q2 = Cycle.of("2027-Q2", LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30));
        List<Cycle> cycles = List.of(q2, q3, q4);

        assertEquals(q4, Cycle.current(cycles, LocalDate.of(2026, 10, 1)).orElseThrow());
        assertEquals(q4, Cycle.current(cycles, LocalDate.of(2027, 2, 1)).orElseThrow());
        assertEquals(q3, Cycle.current(cycles, LocalDate.of(2026, 9, 30)).orElseThrow());
        assertEquals(q3, Cycle.current(cycles, LocalDate.of(2026, 1, 1)).orElseThrow());
        assertTrue(Cycle.current(List.of(), LocalDate.of(2026, 1, 1)).isEmpty());
    }
}
