package io.okrscorecard.core.digest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.ValidationException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class SubscriptionModelTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Wednesday 2 December 2026, 10:00 in Berlin. */
    private static final Instant WEDNESDAY = Instant.parse("2026-12-02T09:00:00Z");

    private static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    public void projectKeysAreKeptOnceEachInTheOrderGiven() {
        DigestScope scope = new DigestScope(List.of("OKR", "DEV", "OKR"), Optional.empty(), List.of());

        assertEquals(List.of("OKR", "DEV"), scope.projects());
    }

    @Test
    public void aLowerCaseProjectKeyIsRefusedNamingProjects() {
        assertRefused("projects", () -> new DigestScope(List.of("okr"), Optional.empty(), List.of()));
    }

    @Test
    public void moreThanAHundredProjectsAreRefused() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i <= DigestScope.MAX_PROJECTS; i++) {
            keys.add("P" + i);
        }
        assertRefused("projects", () -> new DigestScope(keys, Optional.empty(), List.of()));
    }

    @Test
    public void projectsAndAFilterTogetherAreRefusedNamingTheFilter() {
        assertRefused("filter", () -> new DigestScope(List.of("OKR"), Optional.of(10L), List.of()));
    }

    @Test
    public void aFilterIdMustBePositive() {
        assertRefused("filter", () -> new DigestScope(List.of(), Optional.of(0L), List.of()));
    }

    @Test
    public void noPerspectivesMeansEveryPerspective() {
        DigestScope all = DigestScope.everything();
        DigestScope one = new DigestScope(List.of(), Optional.empty(), List.of(PerspectiveKey.of("customer")));

        assertTrue(all.shows(PerspectiveKey.of("financial")));
        assertTrue(one.shows(PerspectiveKey.of("customer")));
        assertEquals(false, one.shows(PerspectiveKey.of("financial")));
    }

    @Test
    public void morePerspectivesThanAnyScorecardHasAreRefused() {
        List<PerspectiveKey> keys = new ArrayList<>();
        for (int i = 0; i <= DigestScope.MAX_PERSPECTIVES; i++) {
            keys.add(PerspectiveKey.of("p" + i));
        }
        assertRefused("perspectives", () -> new DigestScope(List.of(), Optional.empty(), keys));
    }

    @Test
    public void theHourIsAWholeHourOfTheDay() {
        for (int hour : Arrays.asList(-1, 24)) {
            assertRefused("hour", () -> new DigestSchedule(DayOfWeek.MONDAY, hour));
        }
        assertRefused("weekday", () -> new DigestSchedule(null, 8));
        assertEquals(23, new DigestSchedule(DayOfWeek.SUNDAY, 23).hour());
    }

    @Test
    public void aMomentEarlierThisWeekIsDueOnItsDay() {
        DigestSchedule mondayEight = new DigestSchedule(DayOfWeek.MONDAY, 8);

        assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), mondayEight.dueDay(WEDNESDAY, LONG_AGO, BERLIN));
    }

    @Test
    public void theHourIsReadInTheGivenTimeZone() {
        DigestSchedule wednesdayTen = new DigestSchedule(DayOfWeek.WEDNESDAY, 10);
        DigestSchedule wednesdayEleven = new DigestSchedule(DayOfWeek.WEDNESDAY, 11);

        assertEquals(Optional.of(LocalDate.of(2026, 12, 2)), wednesdayTen.dueDay(WEDNESDAY, LONG_AGO, BERLIN));
        assertEquals(Optional.empty(), wednesdayEleven.dueDay(WEDNESDAY, LONG_AGO, BERLIN));
        assertEquals(
                Optional.of(LocalDate.of(2026, 12, 2)),
                wednesdayEleven.dueDay(WEDNESDAY, LONG_AGO, ZoneId.of("Asia/Tokyo")));
    }

    @Test
    public void aMomentLaterThisWeekIsNotDueAndLastWeeksIsNotCaughtUp() {
        DigestSchedule friday = new DigestSchedule(DayOfWeek.FRIDAY, 8);

        assertEquals(Optional.empty(), friday.dueDay(WEDNESDAY, LONG_AGO, BERLIN));
    }

    @Test
    public void aNewSubscriptionWaitsForItsFirstMoment() {
        DigestSchedule mondayEight = new DigestSchedule(DayOfWeek.MONDAY, 8);
        Instant createdTuesday = Instant.parse("2026-12-01T12:00:00Z");

        assertEquals(Optional.empty(), mondayEight.dueDay(WEDNESDAY, createdTuesday, BERLIN));
    }

    @Test
    public void aSubscriptionMadeWithinTheHourOfItsMomentGetsThatMomentsDigest() {
        DigestSchedule wednesdayTen = new DigestSchedule(DayOfWeek.WEDNESDAY, 10);
        Instant createdAtTenFortyInBerlin = Instant.parse("2026-12-02T09:40:00Z");
        Instant createdAtElevenInBerlin = Instant.parse("2026-12-02T10:00:00Z");
        Instant elevenThirtyInBerlin = Instant.parse("2026-12-02T10:30:00Z");

        assertEquals(
                Optional.of(LocalDate.of(2026, 12, 2)),
                wednesdayTen.dueDay(elevenThirtyInBerlin, createdAtTenFortyInBerlin, BERLIN));
        assertEquals(Optional.empty(), wednesdayTen.dueDay(elevenThirtyInBerlin, createdAtElevenInBerlin, BERLIN));
    }

    @Test
    public void theMailKeyNamesTheSubscriptionAndTheDay() {
        Subscription subscription = new Subscription(
                new SubscriptionId(42),
                "JIRAUSER10002",
                DigestScope.everything(),
                new DigestSchedule(DayOfWeek.MONDAY, 8),
                LONG_AGO);

        assertEquals("digest:42:2026-11-30", subscription.mailKey(LocalDate.of(2026, 11, 30)));
    }

    @Test
    public void aSubscriptionIdIsAPositiveNumber() {
        assertRefused("id", () -> SubscriptionId.parse("abc"));
        assertRefused("id", () -> SubscriptionId.parse("-3"));
        assertEquals(7L, SubscriptionId.parse("7").value());
    }

    private static void assertRefused(String field, Runnable creation) {
        try {
            creation.run();
            fail("accepted");
        } catch (ValidationException expected) {
            assertEquals(expected.getMessage(), field, expected.field());
        }
    }
}
