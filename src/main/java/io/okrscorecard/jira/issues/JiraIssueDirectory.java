package io.okrscorecard.jira.issues;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.port.IssueDirectory;
import java.util.Optional;

/** Finds issues by key through Jira's IssueManager (which also follows keys of moved issues). */
public final class JiraIssueDirectory implements IssueDirectory {
    private final IssueManager issues;

    public JiraIssueDirectory(IssueManager issues) {
        this.issues = issues;
    }

    @Override
    public Optional<IssueId> idOf(IssueKey key) {
        Issue issue = issues.getIssueObject(key.value());
        return issue == null || issue.getId() == null ? Optional.empty() : Optional.of(new IssueId(issue.getId()));
    }
}
