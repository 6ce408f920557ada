package io.okrscorecard.app;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.ContributionLinks;
import io.okrscorecard.core.port.IssueDirectory;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.OkrIssueEditor.Edit;
import io.okrscorecard.core.port.OkrIssueEditor.Refusal;
import java.util.List;

/**
 * A user links a work item to a key result from the issue panel ("contributes to"), or removes that link, as
 * themselves: Jira checks Link Issues and may refuse (403 with Jira's words). The issue and the key result must be
 * browsable (else 404), the target must be a key result of an objective (else 400 naming {@code keyResult}); linking
 * twice and unlinking what is not linked change nothing. The answer is the issue's contributions read afterwards; the
 * key result's progress follows through Jira's link events.
 */
public final class LinkingWork {

    private final AccessControl access;
    private final IssueDirectory issues;
    private final ObjectiveSource objectives;
    private final ContributionLinks links;
    private final ReadingContributions reading;

    public LinkingWork(
            AccessControl access,
            IssueDirectory issues,
            ObjectiveSource objectives,
            ContributionLinks links,
            ReadingContributions reading) {
        this.access = access;
        this.issues = issues;
        this.objectives = objectives;
        this.links = links;
        this.reading = reading;
    }

    /** Links the issue to the key result unless it is linked already. */
    public WorkContributions link(IssueKey issueKey, String keyResultKey) {
        Viewer viewer = Viewers.require(access);
        IssueId issue = reading.visibleIssue(viewer, issueKey);
        KeyResultId keyResult = keyResultOf(viewer, keyResultKey);
        if (!reading.chainOf(issue).linksOf(issue).contains(keyResult)) {
            answer(links.link(viewer, issue, keyResult), keyResultKey);
        }
        return reading.of(viewer, issueKey, issue);
    }

    /** Removes the issue's own link to the key result, if it has one. */
    public WorkContributions unlink(IssueKey issueKey, String keyResultKey) {
        Viewer viewer = Viewers.require(access);
        IssueId issue = reading.visibleIssue(viewer, issueKey);
        KeyResultId keyResult = keyResultOf(viewer, keyResultKey);
        if (reading.chainOf(issue).linksOf(issue).contains(keyResult)) {
            answer(links.unlink(viewer, issue, keyResult), keyResultKey);
        }
        return reading.of(viewer, issueKey, issue);
    }

    private KeyResultId keyResultOf(Viewer viewer, String text) {
        ValidationException.requireText(text, "keyResult");
        IssueKey key;
        try {
            key = IssueKey.of(text.strip());
        } catch (ValidationException invalid) {
            throw new ValidationException(
                    "keyResult", "must be the key of a key result like OKR-12, was '" + text + "'");
        }
        IssueId id = issues.idOf(key).orElseThrow(() -> new NotFoundException("no key result " + key.value()));
        if (!access.canBrowse(viewer, id)) {
            throw new NotFoundException("no key result " + key.value());
        }
        KeyResultId keyResult = new KeyResultId(id.value());
        List<Objective> measured = objectives.objectivesMeasuredBy(List.of(keyResult));
        boolean isKeyResult = measured.stream()
                .flatMap(objective -> objective.keyResults().stream())
                .map(KeyResult::id)
                .anyMatch(keyResult::equals);
        if (!isKeyResult) {
            throw new ValidationException("keyResult", key.value() + " is not a key result of an objective");
        }
        return keyResult;
    }

    private static void answer(Edit edit, String keyResultKey) {
        if (edit.done()) {
            return;
        }
        if (edit.refusal() == Refusal.MISSING) {
            throw new NotFoundException("no key result " + keyResultKey);
        }
        String said = edit.messages().isEmpty()
                ? "Jira did not allow you to link issues here (Link Issues permission)"
                : String.join(" ", edit.messages());
        throw new AccessDeniedException(said, false);
    }
}
