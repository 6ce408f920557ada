package io.okrscorecard.core.digest;

import io.okrscorecard.core.ValidationException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * When a weekly digest goes out: a weekday and a whole hour in Jira's default time zone (the zone of the app's clock,
 * ADR 0016), the same for every subscriber, so that "Monday 8:00" means one moment for the whole cluster.
 */
public record DigestSchedule(DayOfWeek weekday, int hour) {

    public DigestSchedule {
        ValidationException.requireValue(weekday, "weekday");
        if (hour < 0 || hour > 23) {
            throw new ValidationException("hour", "must be a whole hour from 0 to 23, was " + hour);
        }
    }

    /**
     * The day of this week's digest if its moment has come by {@code now} and is not before the hour of {@code since}
     * (the subscription's creation: a new subscription waits for its first moment, and one made within the hour of
     * its moment gets that moment's digest); weeks start on Monday. Empty while this week's moment is still to come. A
     * moment in a daylight-saving gap moves forward by the gap's length.
     */
    public Optional<LocalDate> dueDay(Instant now, Instant since, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate day = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .with(TemporalAdjusters.nextOrSame(weekday));
        Instant moment = moment(day, zone);
        Instant sinceHour = since.atZone(zone).truncatedTo(ChronoUnit.HOURS).toInstant();
        if (moment.isAfter(now) || moment.isBefore(sinceHour)) {
            return Optional.empty();
        }
        return Optional.of(day);
    }

    /** When the digest of {@code day} is due. */
    public Instant moment(LocalDate day, ZoneId zone) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    }
}
