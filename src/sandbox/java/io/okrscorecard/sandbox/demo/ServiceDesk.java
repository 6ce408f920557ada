package io.okrscorecard.sandbox.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.okrscorecard.core.measure.MeasuredIssue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo's service desk project {@value #PROJECT}: complaints and incidents, each created and (mostly) resolved at a
 * time of the demo's timeline, generated from a fixed seed so the same on every machine for a given day. Complaints
 * are resolved faster as the running cycle goes on (a median of about 34 h ten weeks before today, about 20 h now);
 * P1 incidents get rarer (about 6 a month then, 3 now). One P1 incident has a security level that only the sandbox's
 * administrator may see: the measures' technical user does not count it. Jira measures in the sandbox run over these
 * tickets ({@link ServiceDeskQuery}).
 */
public final class ServiceDesk {

    public static final String PROJECT = "HELP";
    /** The demo's technical user that measures run as: a service account, not a person. */
    public static final String TECHNICAL_USER_KEY = "JIRAUSER10900";
    /** Its display name. */
    public static final String TECHNICAL_USER_NAME = "OKR Measures (service account)";
    /** The median resolution time of the complaints resolved in the last 30 days. */
    public static final String COMPLAINTS_JQL = "project = HELP AND issuetype = Complaint AND resolved >= -30d";
    /** The P1 incidents created in the last 30 days. */
    public static final String P1_INCIDENTS_JQL =
            "project = HELP AND issuetype = Incident AND priority = P1 AND created >= -30d";

    private static final long SEED = 20_261_204L;
    /** Days of tickets before the demo's day. */
    static final int DAYS = 140;

    /** A ticket; {@code resolved} is null while open; {@code restricted}: only the administrator may browse it. */
    public record Ticket(
            String key, String type, String priority, Instant created, Instant resolved, boolean restricted) {

        /** The ticket as a measure reads it at {@code now}: created before, resolved only if resolved by then. */
        MeasuredIssue asOf(Instant now) {
            return new MeasuredIssue(created, resolved != null && !resolved.isAfter(now) ? resolved : null, null);
        }
    }

    private final List<Ticket> tickets;

    public ServiceDesk(List<Ticket> tickets) {
        this.tickets = List.copyOf(tickets);
    }

    /** No tickets: an imported Jira. */
    public static ServiceDesk empty() {
        return new ServiceDesk(List.of());
    }

    /** The tickets of the {@value #DAYS} days up to {@code today}, in {@code zone}. */
    public static ServiceDesk generate(LocalDate today, ZoneId zone) {
        Random random = new Random(SEED);
        List<Ticket> tickets = new ArrayList<>();
        Instant end = today.atStartOfDay(zone).toInstant();
        double p1Due = 0.35;
        int number = 0;
        for (int day = DAYS; day >= 1; day--) {
            LocalDate date = today.minusDays(day);
            // 0 ten weeks (and more) before today, 1 today
            double progress = Math.max(0.0, Math.min(1.0, (70.0 - day) / 70.0));
            double medianHours = 34.0 - 14.0 * progress;
            int complaints = 2 + random.nextInt(3);
            for (int i = 0; i < complaints; i++) {
                Instant created =
                        date.atStartOfDay(zone).toInstant().plus(Duration.ofMinutes(480 + random.nextInt(600)));
                double factor = Math.exp((random.nextDouble() - 0.5) * 1.2);
                Instant resolved = created.plus(Duration.ofMinutes(Math.round(medianHours * factor * 60)));
                tickets.add(new Ticket(
                        PROJECT + "-" + ++number,
                        "Complaint",
                        "P3",
                        created,
                        resolved.isBefore(end) ? resolved : null,
                        false));
            }
            p1Due += (6.0 - 3.0 * progress) / 30.0;
            while (p1Due >= 1.0) {
                p1Due -= 1.0;
                Instant created = date.atStartOfDay(zone).toInstant().plus(Duration.ofMinutes(random.nextInt(1440)));
                tickets.add(new Ticket(
                        PROJECT + "-" + ++number, "Incident", "P1", created, created.plus(Duration.ofHours(5)), false));
            }
            if (random.nextInt(2) == 0) {
                Instant created = date.atStartOfDay(zone).toInstant().plus(Duration.ofMinutes(random.nextInt(1440)));
                tickets.add(new Ticket(
                        PROJECT + "-" + ++number,
                        "Incident",
                        random.nextBoolean() ? "P2" : "P3",
                        created,
                        null,
                        false));
            }
        }
        Instant secret = today.minusDays(3).atStartOfDay(zone).toInstant().plus(Duration.ofHours(2));
        tickets.add(
                new Ticket(PROJECT + "-" + ++number, "Incident", "P1", secret, secret.plus(Duration.ofHours(3)), true));
        return new ServiceDesk(tickets);
    }

    public List<Ticket> tickets() {
        return tickets;
    }

    /**
     * The tickets the JQL finds at {@code now} (created by then), as a measure reads them, for a user who may or may
     * not browse restricted tickets.
     *
     * @throws io.okrscorecard.core.ValidationException naming {@code measure.jql} for JQL the sandbox does not
     *     understand
     */
    public List<MeasuredIssue> find(String jql, Instant now, boolean seesRestricted) {
        ServiceDeskQuery query = ServiceDeskQuery.parse(jql);
        List<MeasuredIssue> found = new ArrayList<>();
        for (Ticket ticket : tickets) {
            if (!ticket.created().isAfter(now)
                    && (seesRestricted || !ticket.restricted())
                    && query.matches(ticket, now)) {
                found.add(ticket.asOf(now));
            }
        }
        return found;
    }

    /** The tickets as JSON, kept in the sandbox's data folder. */
    public JsonNode toJson() {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Ticket ticket : tickets) {
            ObjectNode node = array.addObject();
            node.put("key", ticket.key());
            node.put("type", ticket.type());
            node.put("priority", ticket.priority());
            node.put("created", ticket.created().toString());
            node.put(
                    "resolved",
                    ticket.resolved() == null ? null : ticket.resolved().toString());
            node.put("restricted", ticket.restricted());
        }
        return array;
    }

    public static ServiceDesk fromJson(JsonNode json) {
        List<Ticket> tickets = new ArrayList<>();
        for (JsonNode node : json) {
            tickets.add(new Ticket(
                    node.get("key").asText(),
                    node.get("type").asText(),
                    node.get("priority").asText(),
                    Instant.parse(node.get("created").asText()),
                    node.get("resolved").isNull()
                            ? null
                            : Instant.parse(node.get("resolved").asText()),
                    node.get("restricted").asBoolean()));
        }
        return new ServiceDesk(tickets);
    }
}
