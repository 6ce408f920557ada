package io.okrscorecard.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.cycle.Cycle;
import java.time.LocalDate;
import org.junit.Test;

public class ImportedCyclesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

    @Test
    public void quartersInTheUsualSpellingsRunFromTheFirstToTheLastDayOfTheQuarter() {
        for (String id : new String[] {"2026-Q1", "2026Q1", "Q1-2026", "q1 2026", "2026.Q1"}) {
            ImportedCycles.Derived derived = ImportedCycles.of(CycleId.of(id.replace(' ', '_')), TODAY);
            assertFalse(id, derived.guessed());
            assertEquals(id, LocalDate.of(2026, 1, 1), derived.cycle().start());
            assertEquals(id, LocalDate.of(2026, 3, 31), derived.cycle().end());
        }
        Cycle q4 = ImportedCycles.of(CycleId.of("2026-Q4"), TODAY).cycle();
        assertEquals(LocalDate.of(2026, 10, 1), q4.start());
        assertEquals(LocalDate.of(2026, 12, 31), q4.end());
        assertEquals("2026-Q4", q4.name());
    }

    @Test
    public void halvesMonthsAndYearsGetTheirCalendarDates() {
        Cycle half = ImportedCycles.of(CycleId.of("2026-H2"), TODAY).cycle();
        assertEquals(LocalDate.of(2026, 7, 1), half.start());
        assertEquals(LocalDate.of(2026, 12, 31), half.end());
        Cycle month = ImportedCycles.of(CycleId.of("2026-02"), TODAY).cycle();
        assertEquals(LocalDate.of(2026, 2, 1), month.start());
        assertEquals(LocalDate.of(2026, 2, 28), month.end());
        Cycle year = ImportedCycles.of(CycleId.of("FY2027"), TODAY).cycle();
        assertEquals(LocalDate.of(2027, 1, 1), year.start());
        assertEquals(LocalDate.of(2027, 12, 31), year.end());
    }

    @Test
    public void anIdWithoutDatesRunsInTheCurrentQuarterAndSaysItWasGuessed() {
        ImportedCycles.Derived derived = ImportedCycles.of(CycleId.of("Sprint-42"), TODAY);

        assertTrue(derived.guessed());
        assertEquals(LocalDate.of(2026, 10, 1), derived.cycle().start());
        assertEquals(LocalDate.of(2026, 12, 31), derived.cycle().end());
        assertTrue(
                "no fifth quarter",
                ImportedCycles.of(CycleId.of("2026-H3"), TODAY).guessed());
    }
}
