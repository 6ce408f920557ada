package io.okrscorecard.jira.measures;

import static io.okrscorecard.jira.JiraIssues.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.filter.SearchRequestService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.measure.Aggregate;
import io.okrscorecard.core.measure.MeasureDefinition;
import io.okrscorecard.core.measure.MeasureFailedException;
import io.okrscorecard.core.measure.MeasuredIssue;
import io.okrscorecard.core.measure.Measurement;
import io.okrscorecard.jira.FakeSearch;
import io.okrscorecard.jira.FakeSearch.BuiltQuery;
import io.okrscorecard.jira.JiraIssues;
import io.okrscorecard.jira.JiraIssues.FakeIssue;
import io.okrscorecard.jira.issues.PagedSearch;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The Jira adapter of measures: Jira's parse and validation messages on the JQL field, the number field check, the
 * issues read in pages of 1,000 as the technical user (so what that user may not browse is not counted), created and
 * resolution dates and field values, and the deadline.
 */
public class JiraMeasureSearchTest {
    private static final KeyResultId KR = KeyResultId.of(5);
    private static final String JQL = "project = SUP AND issuetype = Complaint";
    private static final Instant NOW = Instant.parse("2026-11-16T02:00:00Z");
    private static final Instant CREATED = Instant.parse("2026-10-01T00:00:00Z");

    private final List<FakeIssue> index = new ArrayList<>();
    private FakeSearch search;
    private final UserManager users = mock(UserManager.class);
    private final CustomFieldManager fields = mock(CustomFieldManager.class);
    private final ApplicationUser technical = mock(ApplicationUser.class);
    private final CustomField number = JiraIssues.field(10_300, JiraMeasureSearch.NUMBER_FIELD_TYPE);
    private final CustomField text =
            JiraIssues.field(10_400, "com.atlassian.jira.plugin.system.customfieldtypes:textfield");
    private JiraMeasureSearch measures;

    @Before
    public void jira() {
        search = new FakeSearch(query -> index);
        when(technical.isActive()).thenReturn(true);
        when(technical.getDisplayName()).thenReturn("OKR measures");
        when(users.getUserByKey("svc-okr")).thenReturn(technical);
        when(fields.getCustomFieldObject("customfield_10300")).thenReturn(number);
        when(fields.getCustomFieldObject("customfield_10400")).thenReturn(text);
        parsesAs(JQL, List.of());
        measures = measuresAt(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @After
    public void close() {
        search.close();
    }

    private JiraMeasureSearch measuresAt(Clock clock) {
        return new JiraMeasureSearch(
                search.searchService,
                mock(SearchRequestService.class),
                fields,
                users,
                new PagedSearch(search.searchService),
                clock);
    }

    /** Jira parses {@code jql} with these errors (none: valid), and validates it without errors. */
    private void parsesAs(String jql, List<String> errors) {
        MessageSet messages = mock(MessageSet.class);
        when(messages.hasAnyErrors()).thenReturn(!errors.isEmpty());
        when(messages.getErrorMessages()).thenReturn(Set.copyOf(errors));
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(parsed.isValid()).thenReturn(errors.isEmpty());
        when(parsed.getErrors()).thenReturn(messages);
        when(parsed.getQuery()).thenReturn(new BuiltQuery(List.of(jql), List.of(), null, null));
        when(search.searchService.parseQuery(any(), eq(jql))).thenReturn(parsed);
        MessageSet valid = mock(MessageSet.class);
        when(search.searchService.validateQuery(any(), any())).thenReturn(valid);
    }

    private static MeasureDefinition definition(Aggregate aggregate, String fieldId) {
        return MeasureDefinition.ofJql(KR, JQL, aggregate, fieldId);
    }

    @Test
    public void twoThousandFiveHundredComplaintsAreReadInPagesOfAThousandAsTheTechnicalUser() {
        for (int i = 1; i <= 2_500; i++) {
            index.add(issue(i, "SUP-" + i).created(CREATED).resolvedAt(CREATED.plus(Duration.ofHours(i))));
        }

        List<MeasuredIssue> found =
                measures.issues(definition(Aggregate.MEDIAN_RESOLUTION_HOURS, null), "svc-okr", NOW);

        assertEquals(2_500, found.size());
        assertEquals(
                List.of(new FakeSearch.Page(0, 1000), new FakeSearch.Page(1000, 1000), new FakeSearch.Page(2000, 1000)),
                search.pages);
        assertTrue("every page as the technical user", search.searchers.stream().allMatch(technical::equals));
        assertEquals(3, search.searchers.size());
        // 1 .. 2,500 h: the median of an even count is the mean of 1,250 and 1,251
        assertEquals(
                1250.5, Measurement.of(Aggregate.MEDIAN_RESOLUTION_HOURS, found).value(), 1e-9);
    }

    @Test
    public void aTicketTheTechnicalUserCannotSeeIsNotCounted() {
        index.add(issue(1, "SUP-1").created(CREATED));
        index.add(issue(2, "SUP-2").created(CREATED));
        index.add(issue(3, "SUP-3").created(CREATED));
        search.mayBrowse = (user, issue) -> !issue.getKey().equals("SUP-2");

        List<MeasuredIssue> found = measures.issues(definition(Aggregate.COUNT, null), "svc-okr", NOW);

        assertEquals(2.0, Measurement.of(Aggregate.COUNT, found).value(), 0.0);
    }

    @Test
    public void createdResolvedAndTheNumberFieldAreRead() {
        index.add(issue(1, "SUP-1")
                .created(CREATED)
                .resolvedAt(CREATED.plus(Duration.ofMinutes(90)))
                .value(number, 2.5));
        index.add(issue(2, "SUP-2").created(CREATED).value(number, 4.0));
        index.add(issue(3, "SUP-3").created(CREATED));

        List<MeasuredIssue> found = measures.issues(definition(Aggregate.SUM, "customfield_10300"), "svc-okr", NOW);

        assertEquals(new MeasuredIssue(CREATED, CREATED.plus(Duration.ofMinutes(90)), 2.5), found.get(0));
        assertEquals(6.5, Measurement.of(Aggregate.SUM, found).value(), 1e-9);
        assertEquals(2, Measurement.of(Aggregate.SUM, found).counted());
    }

    @Test
    public void aJqlThatDoesNotParseIsRefusedWithJirasMessageOnTheJqlField() {
        String bad = "project = SUP AND";
        parsesAs(bad, List.of("Error in the JQL Query: Expecting a field name but got the end of the query."));

        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> measures.validate(MeasureDefinition.ofJql(KR, bad, Aggregate.COUNT, null), "svc-okr"));

        assertEquals("measure.jql", refused.field());
        assertTrue(refused.reason(), refused.reason().contains("Expecting a field name"));
    }

    @Test
    public void aJqlThatDoesNotValidateIsRefusedAndFailsTheRunWithJirasMessage() {
        MessageSet invalid = mock(MessageSet.class);
        when(invalid.hasAnyErrors()).thenReturn(true);
        when(invalid.getErrorMessages())
                .thenReturn(Set.of("Field 'Severity' does not exist or you do not have permission to view it."));
        when(search.searchService.validateQuery(any(), any())).thenReturn(invalid);

        ValidationException refused = assertThrows(
                ValidationException.class, () -> measures.validate(definition(Aggregate.COUNT, null), "svc-okr"));
        assertEquals("measure.jql", refused.field());
        MeasureFailedException failed = assertThrows(
                MeasureFailedException.class, () -> measures.issues(definition(Aggregate.COUNT, null), "svc-okr", NOW));
        assertTrue(failed.getMessage().contains("'Severity' does not exist"));
    }

    @Test
    public void sumNeedsAnExistingNumberField() {
        ValidationException unknown = assertThrows(
                ValidationException.class,
                () -> measures.validate(definition(Aggregate.SUM, "customfield_99999"), "svc-okr"));
        assertEquals("measure.fieldId", unknown.field());
        ValidationException notANumber = assertThrows(
                ValidationException.class,
                () -> measures.validate(definition(Aggregate.AVERAGE, "customfield_10400"), "svc-okr"));
        assertEquals("measure.fieldId", notANumber.field());
        assertTrue(notANumber.reason().contains("not a number field"));
    }

    @Test
    public void aSearchPastTheDeadlineFails() {
        index.add(issue(1, "SUP-1").created(CREATED));
        MeasureFailedException failed = assertThrows(
                MeasureFailedException.class,
                () -> measures.issues(definition(Aggregate.COUNT, null), "svc-okr", NOW.minusSeconds(1)));
        assertTrue(failed.getMessage().contains("time budget"));
    }

    @Test
    public void anUnknownOrInactiveTechnicalUserFailsTheRun() {
        MeasureFailedException failed = assertThrows(
                MeasureFailedException.class, () -> measures.issues(definition(Aggregate.COUNT, null), "gone", NOW));
        assertTrue(failed.getMessage().contains("'gone'"));
        when(technical.isActive()).thenReturn(false);
        assertEquals(false, measures.userExists("svc-okr"));
    }
}
