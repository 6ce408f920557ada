package io.okrscorecard.app;

import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.measure.MeasureDefinition;
import io.okrscorecard.core.measure.MeasureFailedException;
import io.okrscorecard.core.measure.MeasuredIssue;
import io.okrscorecard.core.port.JiraMeasures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Jira's side of measures in memory: JQL texts it knows (each with its issues, an issue optionally visible to some
 * users only), saved filters, number and text custom fields, users; any other JQL fails to validate with the message
 * Jira gives for an unknown field. A JQL can be made to fail at search time (a field deleted since it was saved).
 */
public final class FakeJiraMeasures implements JiraMeasures {

    /** An issue a JQL finds; {@code visibleTo} empty: every user may browse it. */
    public record Found(MeasuredIssue issue, Set<String> visibleTo) {}

    private final Map<String, List<Found>> byJql = new HashMap<>();
    private final Map<Long, String> filters = new HashMap<>();
    private final Set<String> numberFields = new HashSet<>();
    private final Set<String> textFields = new HashSet<>();
    private final Set<String> users = new HashSet<>();
    private final Map<String, String> failures = new HashMap<>();
    /** How many searches ran. */
    public final AtomicInteger searches = new AtomicInteger();

    public synchronized FakeJiraMeasures user(String userKey) {
        users.add(userKey);
        return this;
    }

    public synchronized FakeJiraMeasures numberField(String fieldId) {
        numberFields.add(fieldId);
        return this;
    }

    public synchronized FakeJiraMeasures textField(String fieldId) {
        textFields.add(fieldId);
        return this;
    }

    /** The JQL finds these issues (visible to every user). */
    public synchronized FakeJiraMeasures jql(String jql, MeasuredIssue... issues) {
        List<Found> found = new ArrayList<>();
        for (MeasuredIssue issue : issues) {
            found.add(new Found(issue, Set.of()));
        }
        byJql.put(jql, found);
        failures.remove(jql);
        return this;
    }

    /** The JQL also finds this issue, which only these users may browse. */
    public synchronized FakeJiraMeasures restricted(String jql, MeasuredIssue issue, String... visibleTo) {
        byJql.computeIfAbsent(jql, j -> new ArrayList<>()).add(new Found(issue, Set.of(visibleTo)));
        return this;
    }

    public synchronized FakeJiraMeasures filter(long id, String jql) {
        filters.put(id, jql);
        return this;
    }

    /** From now on the search of this JQL fails with Jira's message. */
    public synchronized FakeJiraMeasures failing(String jql, String message) {
        failures.put(jql, message);
        return this;
    }

    @Override
    public synchronized void validate(MeasureDefinition definition, String userKey) {
        if (definition.filterId() != null && !filters.containsKey(definition.filterId())) {
            throw new ValidationException(
                    "measure.filterId",
                    "no saved filter " + definition.filterId() + " exists, or the user may not see it");
        }
        String jql = jqlOf(definition);
        if (!byJql.containsKey(jql)) {
            throw new ValidationException(
                    "measure.jql", "Field 'nonsense' does not exist or you do not have permission to view it.");
        }
        if (definition.fieldId() != null) {
            if (textFields.contains(definition.fieldId())) {
                throw new ValidationException(
                        "measure.fieldId", definition.fieldId() + " is not a number field: SUM and AVERAGE need one");
            }
            if (!numberFields.contains(definition.fieldId())) {
                throw new ValidationException("measure.fieldId", "no custom field " + definition.fieldId());
            }
        }
    }

    @Override
    public synchronized List<MeasuredIssue> issues(
            MeasureDefinition definition, String technicalUserKey, Instant deadline) {
        searches.incrementAndGet();
        String jql = jqlOf(definition);
        if (failures.containsKey(jql)) {
            throw new MeasureFailedException(failures.get(jql));
        }
        List<Found> found = byJql.get(jql);
        if (found == null) {
            throw new MeasureFailedException(
                    "Field 'nonsense' does not exist or you do not have permission to view it.");
        }
        List<MeasuredIssue> visible = new ArrayList<>();
        for (Found f : found) {
            if (f.visibleTo().isEmpty() || f.visibleTo().contains(technicalUserKey)) {
                visible.add(f.issue());
            }
        }
        return visible;
    }

    @Override
    public synchronized boolean userExists(String userKey) {
        return users.contains(userKey);
    }

    private String jqlOf(MeasureDefinition definition) {
        return definition.jql() != null ? definition.jql() : filters.get(definition.filterId());
    }
}
