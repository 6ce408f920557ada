package io.okrscorecard.jira.issues;

import com.atlassian.jira.jql.builder.JqlClauseBuilder;
import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import com.atlassian.query.Query;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * One query read in slices of issue creation time, {@code (query) AND created >= "from" AND created < "before"}, each
 * slice small enough for the search window: the one partition of a single value's hits (one epic's 25,000 children)
 * that public JQL offers for every issue, since every issue has a creation time and nobody can change it.
 *
 * <p>Slices are bisected between {@link #FLOOR} and {@link #CEILING}, a slice at a time, until each one's hits fit;
 * issues created before the floor or after the ceiling are read as one slice each. Bounds are JQL date-times to the
 * minute ("yyyy-MM-dd HH:mm", the finest a JQL date names: Atlassian's "Advanced searching - fields reference",
 * Created), so a slice of one minute cannot be split: if it alone holds more hits than the window, the read fails
 * with {@link SearchWindowExceededException} rather than returning part of the work.
 *
 * <p>Jira reads the bounds in its own time zone, not UTC as they are written here. Whatever instant each bound names,
 * adjacent slices share it as end and start, so together the slices cover every creation time; an issue found twice
 * (a bound read out of order across a daylight-saving change) is handed on once by {@link PagedSearch}.
 */
final class CreationTimeSlices {

    /** JQL's date-time format, read by Jira in its time zone; written here in UTC. */
    static final DateTimeFormatter JQL_MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** Where the bisection starts: issues created earlier (imported from older trackers) are one slice. */
    static final Instant FLOOR = Instant.parse("1970-01-01T00:00:00Z");
    /** Where the bisection ends: issues created later (only by an import that set such dates) are one slice. */
    static final Instant CEILING = Instant.parse("2100-01-01T00:00:00Z");

    private static final long MINUTE_SECONDS = 60;

    private final Query query;

    CreationTimeSlices(Query query) {
        this.query = query;
    }

    /**
     * Reads every slice with {@code readWithin}, which reads a slice and answers whether its hits fit the window.
     *
     * @throws SearchWindowExceededException when a slice of one minute does not fit
     */
    void read(Predicate<Query> readWithin) {
        long floor = minutes(FLOOR);
        long ceiling = minutes(CEILING);
        if (!readWithin.test(narrowed(null, floor))) {
            throw new SearchWindowExceededException(query, null, label(floor));
        }
        split(floor, ceiling, readWithin);
        if (!readWithin.test(narrowed(ceiling, null))) {
            throw new SearchWindowExceededException(query, label(ceiling), null);
        }
    }

    private void bisect(long from, long before, Predicate<Query> readWithin) {
        if (!readWithin.test(narrowed(from, before))) {
            split(from, before, readWithin);
        }
    }

    private void split(long from, long before, Predicate<Query> readWithin) {
        if (before - from <= 1) {
            throw new SearchWindowExceededException(query, label(from), label(before));
        }
        long middle = from + (before - from) / 2;
        bisect(from, middle, readWithin);
        bisect(middle, before, readWithin);
    }

    /** The query with {@code created >= from} and {@code created < before}, each left out when null. */
    private Query narrowed(Long from, Long before) {
        // JqlQueryBuilder.newBuilder(existing) keeps the existing where clause as one operand of the AND that follows
        JqlClauseBuilder where = JqlQueryBuilder.newBuilder(query).where();
        if (from != null) {
            where = where.and().created().gtEq(label(from));
        }
        if (before != null) {
            where = where.and().created().lt(label(before));
        }
        return where.buildQuery();
    }

    private static long minutes(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), MINUTE_SECONDS);
    }

    private static String label(long minutes) {
        return JQL_MINUTE.format(Instant.ofEpochSecond(minutes * MINUTE_SECONDS));
    }
}
