package io.okrscorecard.core.checkin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.okrscorecard.core.KeyResults;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.checkin.CheckInCadence.Interval;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.work.StatusCategory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.Test;

/** Worked examples of when a METRIC key result is "check-in due", in the cycle 2026-Q4 (1 October to 31 December). */
public class CheckInCadenceTest {

    private static final Cycle Q4 = Cycle.of("2026-Q4", LocalDate.parse("2026-10-01"), LocalDate.parse("2026-12-31"));
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final CheckInCadence WEEKLY = CheckInCadence.DEFAULT;
    private static final CheckInCadence TWO_WEEKS = new CheckInCadence(Interval.EVERY_TWO_WEEKS, DayOfWeek.MONDAY);
    private static final CheckInCadence MONTHLY = new CheckInCadence(Interval.MONTHLY, DayOfWeek.FRIDAY);
    private static final CheckInCadence OFF = new CheckInCadence(Interval.OFF, DayOfWeek.MONDAY);

    private static KeyResult metricCheckedInOn(String... days) {
        KeyResults metric = KeyResults.metric("KR-1").from(0).to(10);
        for (String day : days) {
            metric.checkIn(LocalDate.parse(day).getDayOfYear(), 5.0, Confidence.ON_TRACK);
        }
        return metric.build();
    }

    private static Optional<LocalDate> due(CheckInCadence cadence, KeyResult keyResult, String today) {
        return cadence.dueSince(keyResult, Q4, LocalDate.parse(today), UTC);
    }

    private static Optional<LocalDate> day(String day) {
        return Optional.of(LocalDate.parse(day));
    }

    @Test
    public void theDefaultIsWeeklyWithRemindersOnMonday() {
        assertEquals(Interval.WEEKLY, CheckInCadence.DEFAULT.interval());
        assertEquals(DayOfWeek.MONDAY, CheckInCadence.DEFAULT.weekday());
    }

    @Test
    public void weeklyIsDueSevenDaysAfterTheLatestCheckIn() {
        KeyResult checkedIn = metricCheckedInOn("2026-10-20", "2026-11-02");
        assertEquals(Optional.empty(), due(WEEKLY, checkedIn, "2026-11-08"));
        assertEquals(day("2026-11-09"), due(WEEKLY, checkedIn, "2026-11-09"));
        assertEquals(day("2026-11-09"), due(WEEKLY, checkedIn, "2026-11-16"));
    }

    @Test
    public void everyTwoWeeksIsDueFourteenDaysAfterTheLatestCheckIn() {
        KeyResult checkedIn = metricCheckedInOn("2026-11-02");
        assertEquals(Optional.empty(), due(TWO_WEEKS, checkedIn, "2026-11-15"));
        assertEquals(day("2026-11-16"), due(TWO_WEEKS, checkedIn, "2026-11-16"));
    }

    @Test
    public void monthlyIsDueOneCalendarMonthLaterAndEndsOnTheLastDayOfAShorterMonth() {
        assertEquals(day("2026-11-15"), due(MONTHLY, metricCheckedInOn("2026-10-15"), "2026-11-20"));
        assertEquals(Optional.empty(), due(MONTHLY, metricCheckedInOn("2026-10-15"), "2026-11-14"));
        assertEquals(day("2026-11-30"), due(MONTHLY, metricCheckedInOn("2026-10-31"), "2026-11-30"));
    }

    @Test
    public void withoutCheckInsTheCadenceCountsFromTheCycleStart() {
        KeyResult never = metricCheckedInOn();
        assertEquals(Optional.empty(), due(WEEKLY, never, "2026-10-07"));
        assertEquals(day("2026-10-08"), due(WEEKLY, never, "2026-10-08"));
        assertEquals(day("2026-11-01"), due(MONTHLY, never, "2026-11-16"));
    }

    @Test
    public void aCheckInBeforeTheCycleStartedCountsFromTheStart() {
        assertEquals(day("2026-10-08"), due(WEEKLY, metricCheckedInOn("2026-09-20"), "2026-10-10"));
    }

    @Test
    public void aCheckInTodayIsNotDue() {
        assertEquals(Optional.empty(), due(WEEKLY, metricCheckedInOn("2026-11-16"), "2026-11-16"));
    }

    @Test
    public void theDayOfACheckInIsTheDayInTheClocksZone() {
        KeyResult checkedIn = KeyResults.metric("KR-1")
                .from(0)
                .to(10)
                .checkIn(LocalDate.parse("2026-11-02").getDayOfYear(), 5.0, Confidence.ON_TRACK)
                .build();
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        assertEquals(day("2026-11-10"), checkedInDueIn(checkedIn, auckland));
        assertEquals(day("2026-11-09"), checkedInDueIn(checkedIn, UTC));
    }

    private static Optional<LocalDate> checkedInDueIn(KeyResult keyResult, ZoneId zone) {
        return WEEKLY.dueSince(keyResult, Q4, LocalDate.parse("2026-11-16"), zone);
    }

    @Test
    public void nothingIsDueOutsideTheCycleItsDaysIncluded() {
        KeyResult never = metricCheckedInOn();
        assertEquals(day("2026-10-08"), due(WEEKLY, never, "2026-12-31"));
        assertEquals(Optional.empty(), due(WEEKLY, never, "2027-01-01"));
        assertEquals(Optional.empty(), due(WEEKLY, never, "2026-09-30"));
    }

    @Test
    public void offIsNeverDue() {
        assertEquals(Optional.empty(), due(OFF, metricCheckedInOn("2026-10-01"), "2026-12-31"));
    }

    @Test
    public void onlyMetricKeyResultsAreDue() {
        assertEquals(Optional.empty(), due(WEEKLY, KeyResults.work("KR-2").build(), "2026-12-01"));
        assertEquals(
                Optional.empty(),
                due(WEEKLY, KeyResults.milestone("KR-3", StatusCategory.NEW).build(), "2026-12-01"));
    }

    @Test
    public void aCadenceNeedsAnIntervalAndAWeekday() {
        assertEquals(
                "checkInCadence",
                assertThrows(ValidationException.class, () -> new CheckInCadence(null, DayOfWeek.MONDAY))
                        .field());
        assertEquals(
                "checkInWeekday",
                assertThrows(ValidationException.class, () -> new CheckInCadence(Interval.WEEKLY, null))
                        .field());
    }
}
