package io.okrscorecard.sandbox.demo;

import io.okrscorecard.core.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JQL the sandbox's Jira understands for measures: clauses joined by {@code AND}, each one of {@code project =
 * KEY}, {@code issuetype = NAME}, {@code priority = NAME}, {@code created} or {@code resolved} compared ({@code >=},
 * {@code >}, {@code <=}, {@code <}) with a relative date ({@code -30d}, {@code -4w}) or a date ({@code "2026-10-01"}),
 * and {@code resolution is EMPTY} or {@code is not EMPTY}. Anything else is refused, as Jira refuses JQL it cannot
 * parse, with a message that names what the sandbox understands.
 */
final class ServiceDeskQuery {

    static final String UNDERSTOOD = "the sandbox understands clauses joined by AND: project = KEY, issuetype = NAME,"
            + " priority = NAME, created or resolved >= -30d (or > < <=, or \"yyyy-MM-dd\"), resolution is [not] EMPTY";

    private static final Pattern EQUALS =
            Pattern.compile("(?i)(project|issuetype|type|priority)\\s*=\\s*(?:\"([^\"]+)\"|([A-Za-z0-9_-]+))");
    private static final Pattern DATE =
            Pattern.compile("(?i)(created|resolved)\\s*(>=|<=|>|<)\\s*(?:(-\\d+)([dw])|\"(\\d{4}-\\d{2}-\\d{2})\")");
    private static final Pattern RESOLUTION = Pattern.compile("(?i)resolution\\s+is\\s+(not\\s+)?empty");
    private static final Pattern AND = Pattern.compile("(?i)\\s+and\\s+");

    private final List<BiPredicate<ServiceDesk.Ticket, Instant>> clauses;

    private ServiceDeskQuery(List<BiPredicate<ServiceDesk.Ticket, Instant>> clauses) {
        this.clauses = clauses;
    }

    static ServiceDeskQuery parse(String jql) {
        if (jql == null || jql.isBlank()) {
            throw new ValidationException("measure.jql", "the JQL is empty; " + UNDERSTOOD);
        }
        List<BiPredicate<ServiceDesk.Ticket, Instant>> clauses = new ArrayList<>();
        for (String clause : AND.split(jql.strip())) {
            clauses.add(clause(clause.strip()));
        }
        return new ServiceDeskQuery(clauses);
    }

    boolean matches(ServiceDesk.Ticket ticket, Instant now) {
        for (BiPredicate<ServiceDesk.Ticket, Instant> clause : clauses) {
            if (!clause.test(ticket, now)) {
                return false;
            }
        }
        return true;
    }

    private static BiPredicate<ServiceDesk.Ticket, Instant> clause(String clause) {
        Matcher equals = EQUALS.matcher(clause);
        if (equals.matches()) {
            String field = equals.group(1).toLowerCase(Locale.ROOT);
            String value = (equals.group(2) != null ? equals.group(2) : equals.group(3)).strip();
            return switch (field) {
                case "project" -> {
                    if (!value.equalsIgnoreCase(ServiceDesk.PROJECT)) {
                        throw new ValidationException(
                                "measure.jql",
                                "The value '" + value + "' does not exist for the field 'project'. (The sandbox's"
                                        + " service desk project is " + ServiceDesk.PROJECT + ".)");
                    }
                    yield (ticket, now) -> true;
                }
                case "priority" -> (ticket, now) -> ticket.priority().equalsIgnoreCase(value);
                default -> (ticket, now) -> ticket.type().equalsIgnoreCase(value);
            };
        }
        Matcher date = DATE.matcher(clause);
        if (date.matches()) {
            boolean created = date.group(1).equalsIgnoreCase("created");
            String operator = date.group(2);
            Duration back = date.group(3) == null
                    ? null
                    : Duration.ofDays(
                            -Long.parseLong(date.group(3)) * (date.group(4).equalsIgnoreCase("w") ? 7 : 1));
            Instant fixed = date.group(5) == null
                    ? null
                    : LocalDate.parse(date.group(5))
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant();
            return (ticket, now) -> {
                Instant at = created ? ticket.created() : resolvedBy(ticket, now);
                if (at == null) {
                    return false;
                }
                Instant bound = fixed != null ? fixed : now.minus(back);
                return switch (operator) {
                    case ">=" -> !at.isBefore(bound);
                    case ">" -> at.isAfter(bound);
                    case "<=" -> !at.isAfter(bound);
                    default -> at.isBefore(bound);
                };
            };
        }
        Matcher resolution = RESOLUTION.matcher(clause);
        if (resolution.matches()) {
            boolean resolved = resolution.group(1) != null;
            return (ticket, now) -> (resolvedBy(ticket, now) != null) == resolved;
        }
        throw new ValidationException(
                "measure.jql", "Error in the JQL Query: the sandbox cannot read '" + clause + "'; " + UNDERSTOOD);
    }

    private static Instant resolvedBy(ServiceDesk.Ticket ticket, Instant now) {
        return ticket.resolved() != null && !ticket.resolved().isAfter(now) ? ticket.resolved() : null;
    }
}
