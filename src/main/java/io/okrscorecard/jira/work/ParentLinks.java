package io.okrscorecard.jira.work;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.CustomField;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import java.util.Optional;

/**
 * The item one level up that Advanced Roadmaps' Parent Link names (the levels above epics), read from an issue the
 * way {@link WorkItemReader} reads it: an issue value, or the field type's string form of an id or a key, looked up
 * in Jira's {@link IssueManager}. Used on the event thread to find the key results linked to the levels above an issue,
 * so the field is found once, at {@link #refresh()}, not per event.
 */
public final class ParentLinks {
    /** Nothing is ever above anything: Jira without Advanced Roadmaps, or a test without it. */
    public static final ParentLinks NONE = new ParentLinks(null, null, null);

    private final CustomFieldManager customFields;
    private final IssueManager issues;
    private final ScorecardSettingsRepository settings;
    private volatile CustomField field;

    public ParentLinks(CustomFieldManager customFields, IssueManager issues, ScorecardSettingsRepository settings) {
        this.customFields = customFields;
        this.issues = issues;
        this.settings = settings;
    }

    /**
     * Finds the field again: the one the admin names, else the field of Advanced Roadmaps' Parent Link type. Called at
     * start: a field the admin names later reaches the event listener at the app's next start (the reads of work take
     * it at once).
     */
    public void refresh() {
        field = customFields == null
                ? null
                : JiraWorkItemSource.parentLinkField(
                        customFields, settings.appSettings().parentLinkFieldId());
    }

    /** Whether Jira has the Parent Link field (as found at the latest {@link #refresh()}). */
    public boolean isKnown() {
        return field != null;
    }

    /** The issue the Parent Link of {@code issue} names, if any Jira still has. */
    public Optional<Issue> parentOf(Issue issue) {
        CustomField parentLink = field;
        if (parentLink == null || issue == null) {
            return Optional.empty();
        }
        WorkItemReader reader = new WorkItemReader(null, null, null, parentLink);
        Object value = issue.getCustomFieldValue(parentLink);
        if (value instanceof Issue parent) {
            return Optional.of(parent);
        }
        IssueId id = reader.parentLinkIdOf(issue);
        if (id != null) {
            return Optional.ofNullable(issues.getIssueObject(id.value()));
        }
        String key = reader.parentLinkKey(issue);
        return key == null ? Optional.empty() : Optional.ofNullable(issues.getIssueObject(key));
    }
}
