package io.okrscorecard.app;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.IssueDirectory;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.WorkSetIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The answers of the app's JQL functions ({@code keyResultWork}, {@code objectiveWork}, {@code keyResults}): the
 * issues of a key result's or an objective's work as the stored work-set index holds them (never a search inside the
 * search), limited to what the searcher may browse. A key that names no issue, or an issue the searcher may not
 * browse, is one and the same unknown key: the answer never tells that a hidden issue exists.
 * See docs/adr/0021-stored-work-set-index.md.
 */
public final class FindingKeyResultWork {

    /** Why a function's argument names nothing to answer for. */
    public enum Problem {
        /** No issue has this key, or the searcher may not browse it. */
        UNKNOWN_KEY,
        /** The issue is not a key result that measures an objective. */
        NOT_A_KEY_RESULT,
        /** The issue is not an objective. */
        NOT_AN_OBJECTIVE
    }

    /**
     * Who searches: a Jira user ({@code viewer}, empty for an anonymous search), or Jira itself when it overrides
     * security for the search (then nothing is filtered, as Jira's own functions do).
     */
    public record Searcher(Optional<Viewer> viewer, boolean overridesSecurity) {
        public Searcher {
            ValidationException.requireValue(viewer, "viewer");
        }

        public static Searcher of(Viewer viewer) {
            return new Searcher(Optional.ofNullable(viewer), false);
        }
    }

    /** The issues found (sorted by id), or why the argument names nothing ({@code issues} then empty). */
    public record Answer(Optional<Problem> problem, Set<IssueId> issues) {
        public Answer {
            ValidationException.requireValue(problem, "problem");
            issues = Collections.unmodifiableSet(new TreeSet<>(issues));
        }

        static Answer of(Problem problem) {
            return new Answer(Optional.of(problem), Set.of());
        }

        static Answer found(Set<IssueId> issues) {
            return new Answer(Optional.empty(), issues);
        }
    }

    private final AccessControl access;
    private final IssueDirectory issues;
    private final ObjectiveSource objectives;
    private final WorkSetIndex index;

    public FindingKeyResultWork(
            AccessControl access, IssueDirectory issues, ObjectiveSource objectives, WorkSetIndex index) {
        this.access = access;
        this.issues = issues;
        this.objectives = objectives;
        this.index = index;
    }

    /**
     * The issues of a key result's work set: the counted ones, and with {@code withExcluded} also those left out for an
     * excluded resolution.
     */
    public Answer keyResultWork(Searcher searcher, String key, boolean withExcluded) {
        Optional<IssueId> id = visibleIssue(searcher, key);
        if (id.isEmpty()) {
            return Answer.of(Problem.UNKNOWN_KEY);
        }
        KeyResultId keyResult = new KeyResultId(id.get().value());
        if (objectives.objectivesMeasuredBy(Set.of(keyResult)).isEmpty()) {
            return Answer.of(Problem.NOT_A_KEY_RESULT);
        }
        return Answer.found(browsable(searcher, index.workOf(List.of(keyResult), withExcluded)));
    }

    /** Why a key names no key result for this searcher (what JQL validation reports), without reading its work. */
    public Optional<Problem> keyResultProblem(Searcher searcher, String key) {
        Optional<IssueId> id = visibleIssue(searcher, key);
        if (id.isEmpty()) {
            return Optional.of(Problem.UNKNOWN_KEY);
        }
        return objectives
                        .objectivesMeasuredBy(Set.of(new KeyResultId(id.get().value())))
                        .isEmpty()
                ? Optional.of(Problem.NOT_A_KEY_RESULT)
                : Optional.empty();
    }

    /** Why a key names no objective for this searcher (what JQL validation reports). */
    public Optional<Problem> objectiveProblem(Searcher searcher, String key) {
        Optional<IssueId> id = visibleIssue(searcher, key);
        if (id.isEmpty()) {
            return Optional.of(Problem.UNKNOWN_KEY);
        }
        return objectives.objective(new ObjectiveId(id.get().value())).isEmpty()
                ? Optional.of(Problem.NOT_AN_OBJECTIVE)
                : Optional.empty();
    }

    /** The counted issues of the work sets of an objective's key results the searcher may browse (their union). */
    public Answer objectiveWork(Searcher searcher, String key) {
        Optional<Objective> objective = visibleObjective(searcher, key);
        if (objective.isEmpty()) {
            return Answer.of(visibleIssue(searcher, key).isEmpty() ? Problem.UNKNOWN_KEY : Problem.NOT_AN_OBJECTIVE);
        }
        List<KeyResultId> keyResults = new ArrayList<>();
        for (IssueId id : visibleKeyResults(searcher, objective.get())) {
            keyResults.add(new KeyResultId(id.value()));
        }
        return Answer.found(keyResults.isEmpty() ? Set.of() : browsable(searcher, index.workOf(keyResults, false)));
    }

    /** The key results of an objective that the searcher may browse. */
    public Answer keyResults(Searcher searcher, String key) {
        Optional<Objective> objective = visibleObjective(searcher, key);
        if (objective.isEmpty()) {
            return Answer.of(visibleIssue(searcher, key).isEmpty() ? Problem.UNKNOWN_KEY : Problem.NOT_AN_OBJECTIVE);
        }
        return Answer.found(visibleKeyResults(searcher, objective.get()));
    }

    private Optional<Objective> visibleObjective(Searcher searcher, String key) {
        return visibleIssue(searcher, key).flatMap(id -> objectives.objective(new ObjectiveId(id.value())));
    }

    private Set<IssueId> visibleKeyResults(Searcher searcher, Objective objective) {
        Set<IssueId> ids = new TreeSet<>();
        for (KeyResult kr : objective.keyResults()) {
            ids.add(new IssueId(kr.id().value()));
        }
        return browsable(searcher, ids);
    }

    /** The issue a function's argument names, if it names one the searcher may browse; keys are read in capitals. */
    private Optional<IssueId> visibleIssue(Searcher searcher, String key) {
        IssueKey issueKey;
        try {
            issueKey = IssueKey.of(key == null ? "" : key.trim().toUpperCase(Locale.ROOT));
        } catch (ValidationException e) {
            return Optional.empty();
        }
        return issues.idOf(issueKey).filter(id -> mayBrowse(searcher, id));
    }

    private boolean mayBrowse(Searcher searcher, IssueId id) {
        return searcher.overridesSecurity()
                || searcher.viewer().map(viewer -> access.canBrowse(viewer, id)).orElse(false);
    }

    private Set<IssueId> browsable(Searcher searcher, Set<IssueId> ids) {
        if (searcher.overridesSecurity() || ids.isEmpty()) {
            return ids;
        }
        return searcher.viewer()
                .<Set<IssueId>>map(viewer -> new TreeSet<>(access.browsable(viewer, ids)))
                .orElse(Set.of());
    }
}
