package io.okrscorecard.jira.issues;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.port.IssueDirectory;
import io.okrscorecard.core.settings.HostObject;
import java.util.Optional;

/**
 * Finds issues by key through Jira's IssueManager (which also follows keys of moved issues), and the app's link types
 * by the ids the bootstrap recorded, so a link type an admin renamed reads with its new description.
 */
public final class JiraIssueDirectory implements IssueDirectory {
    private final IssueManager issues;
    private final HostObjectLookup lookup;
    private final IssueLinkTypeManager linkTypes;

    public JiraIssueDirectory(
            IssueManager issues,
            HostObjectRegistry registry,
            CustomFieldManager customFields,
            IssueLinkTypeManager linkTypes) {
        this.issues = issues;
        this.lookup = new HostObjectLookup(registry, customFields);
        this.linkTypes = linkTypes;
    }

    @Override
    public Optional<IssueId> idOf(IssueKey key) {
        Issue issue = issues.getIssueObject(key.value());
        return issue == null || issue.getId() == null ? Optional.empty() : Optional.of(new IssueId(issue.getId()));
    }

    @Override
    public Optional<String> inwardDescription(HostObject linkType) {
        return lookup.linkTypeId(linkType)
                .map(linkTypes::getIssueLinkType)
                .map(IssueLinkType::getInward)
                .filter(description -> !description.isBlank());
    }
}
