package io.okrscorecard.core.checkin;

import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.KeyResultKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * How often the owners of METRIC key results are expected to check in (the admin's setting), and the weekday on which
 * reminders go out. A METRIC key result of a running cycle whose latest check-in is older than the interval is
 * "check-in due" ({@link #dueSince}); the weekday does not change when a key result is due.
 */
public record CheckInCadence(Interval interval, DayOfWeek weekday) {

    /** The default: weekly, reminders on Monday. */
    public static final CheckInCadence DEFAULT = new CheckInCadence(Interval.WEEKLY, DayOfWeek.MONDAY);

    /** The time a check-in stays fresh. */
    public enum Interval {
        /** No check-in is ever due. */
        OFF,
        /** Seven days. */
        WEEKLY,
        /** Fourteen days. */
        EVERY_TWO_WEEKS,
        /** One calendar month: from the 31st to the last day of a shorter month (31 January, then 28 February). */
        MONTHLY;

        /** The day a check-in made on {@code day} becomes due again; empty for {@link #OFF}. */
        Optional<LocalDate> after(LocalDate day) {
            return switch (this) {
                case OFF -> Optional.empty();
                case WEEKLY -> Optional.of(day.plusDays(7));
                case EVERY_TWO_WEEKS -> Optional.of(day.plusDays(14));
                case MONTHLY -> Optional.of(day.plusMonths(1));
            };
        }
    }

    public CheckInCadence {
        ValidationException.requireValue(interval, "checkInCadence");
        ValidationException.requireValue(weekday, "checkInWeekday");
    }

    /**
     * The day since which a check-in on this key result is due, empty when none is due on {@code today}. Only a METRIC
     * key result of a cycle running on {@code today} (its start and end days included) can be due, and never under
     * {@link Interval#OFF}. It is due from the day of its latest check-in plus the interval, or from the cycle's start
     * plus the interval before its first check-in; a check-in made before the cycle started counts from the start. A
     * key result checked in today is not due; one checked in exactly an interval ago is due since today. Once the
     * cycle has ended nothing of it is due.
     *
     * @param zone the time zone in which a check-in's instant falls on a day (the clock's)
     */
    public Optional<LocalDate> dueSince(KeyResult keyResult, Cycle cycle, LocalDate today, ZoneId zone) {
        if (keyResult.kind() != KeyResultKind.METRIC || today.isBefore(cycle.start()) || today.isAfter(cycle.end())) {
            return Optional.empty();
        }
        LocalDate checkedIn = keyResult
                .latestCheckIn()
                .map(CheckIn::at)
                .map(at -> at.atZone(zone).toLocalDate())
                .filter(day -> day.isAfter(cycle.start()))
                .orElse(cycle.start());
        return interval.after(checkedIn).filter(since -> !today.isBefore(since));
    }
}
