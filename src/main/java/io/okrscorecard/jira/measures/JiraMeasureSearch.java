package io.okrscorecard.jira.measures;

import com.atlassian.jira.bc.JiraServiceContext;
import com.atlassian.jira.bc.JiraServiceContextImpl;
import com.atlassian.jira.bc.filter.SearchRequestService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchRequest;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.measure.MeasureDefinition;
import io.okrscorecard.core.measure.MeasureFailedException;
import io.okrscorecard.core.measure.MeasuredIssue;
import io.okrscorecard.core.port.JiraMeasures;
import io.okrscorecard.jira.issues.PagedSearch;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Jira measures over Jira's search: the JQL parsed and validated by {@link SearchService} (Jira's own messages), a
 * saved filter read with the user's rights by {@link SearchRequestService}, the number field looked up in the
 * {@link CustomFieldManager} (its type must be Jira's Number Field), and the issues read in pages by
 * {@link PagedSearch#forEachAs} as the technical user, so only what that user may browse is counted. The deadline is
 * checked after every issue read.
 */
public final class JiraMeasureSearch implements JiraMeasures {

    /** The type key of Jira's Number Field custom field type, whose values are {@code Double}s. */
    static final String NUMBER_FIELD_TYPE = "com.atlassian.jira.plugin.system.customfieldtypes:float";

    private final SearchService searchService;
    private final SearchRequestService filters;
    private final CustomFieldManager customFields;
    private final UserManager users;
    private final PagedSearch pagedSearch;
    private final Clock clock;

    public JiraMeasureSearch(
            SearchService searchService,
            SearchRequestService filters,
            CustomFieldManager customFields,
            UserManager users,
            PagedSearch pagedSearch,
            Clock clock) {
        this.searchService = searchService;
        this.filters = filters;
        this.customFields = customFields;
        this.users = users;
        this.pagedSearch = pagedSearch;
        this.clock = clock;
    }

    @Override
    public void validate(MeasureDefinition definition, String userKey) {
        ApplicationUser user = users.getUserByKey(userKey);
        if (user == null) {
            throw new ValidationException("measure.jql", "Jira knows no user '" + userKey + "' to check the JQL as");
        }
        query(definition, user);
        if (definition.fieldId() != null) {
            numberField(definition.fieldId());
        }
    }

    @Override
    public List<MeasuredIssue> issues(MeasureDefinition definition, String technicalUserKey, Instant deadline) {
        ApplicationUser user = users.getUserByKey(technicalUserKey);
        if (user == null || !user.isActive()) {
            throw new MeasureFailedException("the technical user '" + technicalUserKey
                    + "' is unknown to Jira or inactive: an administrator" + " chooses another");
        }
        Query query;
        CustomField field;
        try {
            query = query(definition, user);
            field = definition.fieldId() == null ? null : numberField(definition.fieldId());
        } catch (ValidationException invalid) {
            throw new MeasureFailedException(invalid.reason());
        }
        List<MeasuredIssue> found = new ArrayList<>();
        pagedSearch.forEachAs(user, query, issue -> {
            if (clock.instant().isAfter(deadline)) {
                throw new MeasureFailedException(
                        "the search ran past its time budget after reading " + found.size() + " issues");
            }
            found.add(measured(issue, field));
        });
        return found;
    }

    @Override
    public boolean userExists(String userKey) {
        ApplicationUser user = users.getUserByKey(userKey);
        return user != null && user.isActive();
    }

    /** The definition's query for the user: the saved filter's, or the JQL parsed; then validated. */
    private Query query(MeasureDefinition definition, ApplicationUser user) {
        Query query;
        String field;
        if (definition.filterId() != null) {
            field = "measure.filterId";
            JiraServiceContext context = new JiraServiceContextImpl(user);
            SearchRequest filter = filters.getFilter(context, definition.filterId());
            if (filter == null || context.getErrorCollection().hasAnyErrors()) {
                throw new ValidationException(
                        field,
                        "no saved filter " + definition.filterId() + " exists, or " + user.getDisplayName()
                                + " may not see it");
            }
            query = filter.getQuery();
        } else {
            field = "measure.jql";
            SearchService.ParseResult parsed = searchService.parseQuery(user, definition.jql());
            if (!parsed.isValid()) {
                throw new ValidationException(field, messages(parsed.getErrors().getErrorMessages()));
            }
            query = parsed.getQuery();
        }
        MessageSet validation = searchService.validateQuery(user, query);
        if (validation.hasAnyErrors()) {
            throw new ValidationException(field, messages(validation.getErrorMessages()));
        }
        return query;
    }

    private CustomField numberField(String fieldId) {
        CustomField field = customFields.getCustomFieldObject(fieldId);
        if (field == null) {
            throw new ValidationException("measure.fieldId", "Jira has no custom field " + fieldId);
        }
        if (field.getCustomFieldType() == null
                || !NUMBER_FIELD_TYPE.equals(field.getCustomFieldType().getKey())) {
            throw new ValidationException(
                    "measure.fieldId",
                    fieldId + " (" + field.getName() + ") is not a number field: SUM and AVERAGE need one");
        }
        return field;
    }

    private static MeasuredIssue measured(Issue issue, CustomField field) {
        Timestamp created = issue.getCreated();
        Timestamp resolved = issue.getResolutionDate();
        Double value = null;
        if (field != null && issue.getCustomFieldValue(field) instanceof Number number) {
            double d = number.doubleValue();
            value = Double.isFinite(d) ? d : null;
        }
        return new MeasuredIssue(created.toInstant(), resolved == null ? null : resolved.toInstant(), value);
    }

    private static String messages(Collection<String> messages) {
        return messages == null || messages.isEmpty() ? "Jira refused the query" : String.join(" ", messages);
    }
}
