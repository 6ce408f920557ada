package io.okrscorecard.sandbox.server;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.ContributionLinks;
import io.okrscorecard.core.port.OkrIssueEditor.Edit;
import io.okrscorecard.core.port.OkrIssueEditor.Refusal;
import io.okrscorecard.sandbox.ImportedJira;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * The sandbox's stand-in for Jira's issue-link service: "contributes to" links made and removed from the issue panel,
 * kept in memory over the export's own links until the sandbox stops, and read by {@link SandboxJira} wherever it reads
 * work. Jira's Link Issues check is the persona's Edit Issues on the work item ({@link SandboxUsers#canEdit}). After
 * each change the key result is recalculated, as Jira's link event makes the app's listener do, so the gadget moves.
 */
final class SandboxContributionLinks implements ContributionLinks, ImportedJira.Contributions {

    private final ImportedJira.Contributions exported;
    private final BiPredicate<Viewer, IssueId> mayLink;
    private final Map<KeyResultId, Set<IssueId>> added = new HashMap<>();
    private final Map<KeyResultId, Set<IssueId>> removed = new HashMap<>();
    private volatile Consumer<Collection<KeyResultId>> afterChange = keyResults -> {};

    SandboxContributionLinks(ImportedJira imported, AccessControl users) {
        this.exported = imported.contributions();
        this.mayLink = users::canEdit;
    }

    /** What runs after each change, outside the lock: the recalculation of the key result. */
    void afterChange(Consumer<Collection<KeyResultId>> recalculation) {
        afterChange = recalculation;
    }

    @Override
    public Edit link(Viewer viewer, IssueId issue, KeyResultId keyResult) {
        if (!mayLink.test(viewer, issue)) {
            return Edit.refused(
                    Refusal.NO_PERMISSION, List.of("You do not have the permission to link issues in this project."));
        }
        synchronized (this) {
            Set<IssueId> wasRemoved = removed.get(keyResult);
            if (wasRemoved == null || !wasRemoved.remove(issue)) {
                added.computeIfAbsent(keyResult, k -> new LinkedHashSet<>()).add(issue);
            }
        }
        afterChange.accept(List.of(keyResult));
        return Edit.DONE;
    }

    @Override
    public Edit unlink(Viewer viewer, IssueId issue, KeyResultId keyResult) {
        if (!mayLink.test(viewer, issue)) {
            return Edit.refused(
                    Refusal.NO_PERMISSION, List.of("You do not have the permission to delete links in this project."));
        }
        synchronized (this) {
            Set<IssueId> wasAdded = added.get(keyResult);
            if (wasAdded == null || !wasAdded.remove(issue)) {
                removed.computeIfAbsent(keyResult, k -> new LinkedHashSet<>()).add(issue);
            }
        }
        afterChange.accept(List.of(keyResult));
        return Edit.DONE;
    }

    @Override
    public synchronized Set<IssueId> contributorsOf(KeyResultId keyResult) {
        Set<IssueId> add = added.get(keyResult);
        Set<IssueId> remove = removed.get(keyResult);
        Set<IssueId> exportedLinks = exported.contributorsOf(keyResult);
        if (add == null && remove == null) {
            return exportedLinks;
        }
        Set<IssueId> result = new LinkedHashSet<>(exportedLinks);
        if (add != null) {
            result.addAll(add);
        }
        if (remove != null) {
            result.removeAll(remove);
        }
        return result;
    }

    @Override
    public synchronized Set<KeyResultId> keyResultsOf(IssueId issue) {
        Set<KeyResultId> exportedLinks = exported.keyResultsOf(issue);
        if (added.isEmpty() && removed.isEmpty()) {
            return exportedLinks;
        }
        Set<KeyResultId> result = new LinkedHashSet<>(exportedLinks);
        added.forEach((keyResult, issues) -> {
            if (issues.contains(issue)) {
                result.add(keyResult);
            }
        });
        removed.forEach((keyResult, issues) -> {
            if (issues.contains(issue)) {
                result.remove(keyResult);
            }
        });
        return result;
    }
}
