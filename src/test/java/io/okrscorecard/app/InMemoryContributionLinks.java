package io.okrscorecard.app;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.ContributionLinks;
import io.okrscorecard.core.port.OkrIssueEditor.Edit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Jira's issue-link service over the in-memory Jira: a link made or removed changes the graph, then {@link #afterChange}
 * runs as Jira's link event would make the listener run (e.g. a recalculation of the key result); an issue a test
 * names in {@link #refusals} is refused with that answer and left as it was.
 */
public final class InMemoryContributionLinks implements ContributionLinks {
    private final InMemoryOkr.FakeJira jira;
    private final Consumer<KeyResultId> afterChange;
    /** By work item id: the answer Jira gives instead of making the change. */
    public final Map<Long, Edit> refusals = new ConcurrentHashMap<>();
    /** Each change made, "link A-1 KR-2" or "unlink A-1 KR-2" by ids. */
    public final List<String> changes = new CopyOnWriteArrayList<>();

    public InMemoryContributionLinks(InMemoryOkr.FakeJira jira, Consumer<KeyResultId> afterChange) {
        this.jira = jira;
        this.afterChange = afterChange;
    }

    @Override
    public Edit link(Viewer viewer, IssueId issue, KeyResultId keyResult) {
        Edit refused = refusals.get(issue.value());
        if (refused != null) {
            return refused;
        }
        jira.link(keyResult, issue);
        changes.add("link " + issue.value() + " " + keyResult.value());
        afterChange.accept(keyResult);
        return Edit.DONE;
    }

    @Override
    public Edit unlink(Viewer viewer, IssueId issue, KeyResultId keyResult) {
        Edit refused = refusals.get(issue.value());
        if (refused != null) {
            return refused;
        }
        jira.unlink(keyResult, issue);
        changes.add("unlink " + issue.value() + " " + keyResult.value());
        afterChange.accept(keyResult);
        return Edit.DONE;
    }
}
