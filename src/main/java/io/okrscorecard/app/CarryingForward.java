package io.okrscorecard.app;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.cycle.CycleState;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.OkrIssueEditor;
import io.okrscorecard.core.port.OkrIssueEditor.Edit;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.scoring.ObjectiveScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A user carries unfinished work of a closed cycle into the cycle that starts next: whole objectives (their OKR Cycle
 * set to the next cycle; their key results come along) and single key results (re-linked to an objective of the next
 * cycle). Each issue is changed in Jira as the user, with their permissions ({@link OkrIssueEditor}); an issue the user
 * may not edit, a finished one, or one Jira refuses is reported and the others still move. The closed cycle answers
 * from its frozen snapshot, so its numbers stay as they were. See docs/adr/0019-carry-forward.md.
 */
public final class CarryingForward {

    /** More items than a review page lists would only be a long request; the rest can follow in a second one. */
    public static final int MAX_ITEMS = 500;

    /**
     * An issue as a request names it: by issue id, or by issue key (what the scorecard's answer lists), never both.
     */
    public record IssueRef(Long id, IssueKey key) {
        public IssueRef {
            if ((id == null) == (key == null)) {
                throw new IllegalArgumentException("an issue is named by its id or by its key");
            }
        }

        public static IssueRef of(long id) {
            return new IssueRef(id, null);
        }

        public static IssueRef of(IssueKey key) {
            return new IssueRef(null, key);
        }

        boolean names(long issueId, IssueKey issueKey) {
            return id != null ? id == issueId : key.equals(issueKey);
        }

        @Override
        public String toString() {
            return id != null ? String.valueOf(id) : key.value();
        }
    }

    /** A key result to re-link, and the objective of the next cycle it is to measure. */
    public record KeyResultMove(IssueRef keyResult, IssueRef into) {
        public KeyResultMove {
            ValidationException.requireValue(keyResult, "id");
            ValidationException.requireValue(into, "into");
        }
    }

    /** What to carry forward: whole objectives and single key results, at least one item. */
    public record Request(List<IssueRef> objectives, List<KeyResultMove> keyResults) {
        public Request {
            objectives = List.copyOf(ValidationException.requireValue(objectives, "objectives"));
            keyResults = List.copyOf(ValidationException.requireValue(keyResults, "keyResults"));
            if (objectives.isEmpty() && keyResults.isEmpty()) {
                throw new ValidationException("objectives", "choose at least one objective or key result");
            }
            if (objectives.size() + keyResults.size() > MAX_ITEMS) {
                throw new ValidationException("objectives", "at most " + MAX_ITEMS + " items at once");
            }
        }
    }

    public enum Outcome {
        MOVED,
        FAILED
    }

    /** Why an item was not moved; the page words each in the user's language. */
    public enum Reason {
        /** Its progress in the closed cycle is 100%: nothing is left to carry. */
        FINISHED,
        /** The user may not edit the issue (Jira's Edit Issues). */
        NOT_EDITABLE,
        /** Jira has it in the next cycle (or under another objective) already. */
        ALREADY_MOVED,
        /** Jira refused for lack of a permission (Edit Issues, Link Issues). */
        NO_PERMISSION,
        /** Jira's validation rejected the change; the messages say why. */
        REJECTED_BY_JIRA,
        /** The issue, its field or its link is no longer in Jira. */
        MISSING_IN_JIRA,
        /** A step failed and undoing the step before failed too; the messages say what is left. */
        LEFT_HALF_MOVED
    }

    /**
     * What became of one item.
     *
     * @param reason {@code null} when it moved
     * @param messages Jira's own words when Jira refused, else empty
     */
    public record Result(IssueKey issue, Outcome outcome, Reason reason, List<String> messages) {
        public Result {
            messages = List.copyOf(messages);
        }

        static Result moved(IssueKey issue) {
            return new Result(issue, Outcome.MOVED, null, List.of());
        }

        static Result failed(IssueKey issue, Reason reason, List<String> messages) {
            return new Result(issue, Outcome.FAILED, reason, messages);
        }
    }

    /** The results in the order asked: objectives first, then key results. */
    public record CarriedForward(CycleId from, Cycle into, List<Result> results) {
        public CarriedForward {
            results = List.copyOf(results);
        }
    }

    private final AccessControl access;
    private final CycleStates states;
    private final ReadingScorecard reading;
    private final ObjectiveSource objectives;
    private final OkrIssueEditor editor;
    private final RecalculatingProgress recalculating;

    public CarryingForward(
            AccessControl access,
            CycleStates states,
            ReadingScorecard reading,
            ObjectiveSource objectives,
            OkrIssueEditor editor,
            RecalculatingProgress recalculating) {
        this.access = access;
        this.states = states;
        this.reading = reading;
        this.objectives = objectives;
        this.editor = editor;
        this.recalculating = recalculating;
    }

    /**
     * Carries the items forward from the closed cycle. The whole request is checked before anything moves: an item that
     * is not in the closed cycle as the user reads it, or a target that is not an objective of the next cycle, is a
     * {@link ValidationException} naming the field. Then each item moves or fails on its own.
     */
    public CarriedForward carryForward(CycleId cycle, Request request) {
        Viewer viewer = Viewers.require(access);
        ValidationException.requireValue(cycle, "cycle");
        ValidationException.requireValue(request, "carryForward");
        CycleStates.Stated stated = states.of(cycle);
        if (stated.state() != CycleState.CLOSED) {
            throw new StateConflictException("close the cycle first: closing freezes its numbers (cycle '"
                    + cycle.value() + "' is " + stated.state().name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        Cycle next = states.next(cycle)
                .orElseThrow(() -> new StateConflictException(
                        "no cycle starts after '" + cycle.value() + "': add the next cycle on the admin page first"));
        ScorecardReading closed = reading.readAs(viewer, ofCycle(cycle));
        ScorecardReading following = reading.readAs(viewer, ofCycle(next.id()));
        Plan plan = plan(closed, following, request);

        List<Result> results = new ArrayList<>();
        Set<KeyResultId> toRecalculate = new TreeSet<>();
        for (Objective objective : plan.objectives) {
            results.add(
                    moveObjective(viewer, objective, plan.objectiveProgress.get(objective.id()), next, toRecalculate));
        }
        for (PlannedKeyResult keyResult : plan.keyResults) {
            results.add(relink(viewer, keyResult, toRecalculate));
        }
        recalculating.recalculate(toRecalculate);
        return new CarriedForward(cycle, next, results);
    }

    private Result moveObjective(
            Viewer viewer, Objective objective, Progress progress, Cycle next, Set<KeyResultId> toRecalculate) {
        if (finished(progress)) {
            return Result.failed(objective.key(), Reason.FINISHED, List.of());
        }
        if (!access.canEdit(viewer, new IssueId(objective.id().value()))) {
            return Result.failed(objective.key(), Reason.NOT_EDITABLE, List.of());
        }
        Optional<Objective> now = objectives.objective(objective.id());
        if (now.isEmpty()) {
            return Result.failed(objective.key(), Reason.MISSING_IN_JIRA, List.of());
        }
        if (now.get().cycle().equals(next.id())) {
            return Result.failed(objective.key(), Reason.ALREADY_MOVED, List.of());
        }
        Edit edit = editor.moveToCycle(viewer, objective.id(), next.id());
        if (!edit.done()) {
            return refused(objective.key(), edit);
        }
        now.get().keyResults().forEach(kr -> toRecalculate.add(kr.id()));
        return Result.moved(objective.key());
    }

    private Result relink(Viewer viewer, PlannedKeyResult planned, Set<KeyResultId> toRecalculate) {
        IssueKey key = planned.keyResult.keyResult().key();
        if (finished(planned.keyResult.progress())) {
            return Result.failed(key, Reason.FINISHED, List.of());
        }
        KeyResultId id = planned.keyResult.keyResult().id();
        if (!access.canEdit(viewer, new IssueId(id.value()))) {
            return Result.failed(key, Reason.NOT_EDITABLE, List.of());
        }
        Optional<Objective> owner = objectives.objectivesMeasuredBy(List.of(id)).stream()
                .filter(objective ->
                        objective.keyResults().stream().anyMatch(kr -> kr.id().equals(id)))
                .findFirst();
        if (owner.isEmpty()) {
            return Result.failed(key, Reason.MISSING_IN_JIRA, List.of());
        }
        if (!owner.get().id().equals(planned.from)) {
            return Result.failed(key, Reason.ALREADY_MOVED, List.of());
        }
        Edit edit = editor.relinkKeyResult(viewer, id, planned.from, planned.into);
        if (!edit.done()) {
            return refused(key, edit);
        }
        toRecalculate.add(id);
        // the objective it left is scored again without it
        owner.get().keyResults().forEach(kr -> toRecalculate.add(kr.id()));
        return Result.moved(key);
    }

    private static Result refused(IssueKey key, Edit edit) {
        Reason reason =
                switch (edit.refusal()) {
                    case NO_PERMISSION -> Reason.NO_PERMISSION;
                    case REJECTED -> Reason.REJECTED_BY_JIRA;
                    case MISSING -> Reason.MISSING_IN_JIRA;
                    case LEFT_HALF_DONE -> Reason.LEFT_HALF_MOVED;
                };
        return Result.failed(key, reason, edit.messages());
    }

    /** Finished: measured at 100% (or above, for a metric past its target); undefined progress is unfinished. */
    private static boolean finished(Progress progress) {
        return progress != null && progress.isDefined() && progress.value() >= 1.0;
    }

    private static ScorecardQuery ofCycle(CycleId cycle) {
        return new ScorecardQuery(Optional.of(cycle), List.of(), Optional.empty(), 0, Optional.empty());
    }

    private record PlannedKeyResult(ScorecardReading.KeyResultReading keyResult, ObjectiveId from, ObjectiveId into) {}

    private record Plan(
            List<Objective> objectives,
            Map<ObjectiveId, Progress> objectiveProgress,
            List<PlannedKeyResult> keyResults) {}

    /** The request checked against the two cycles as the user reads them; nothing has moved yet. */
    private static Plan plan(ScorecardReading closed, ScorecardReading following, Request request) {
        String closedId = closed.cycle().id().value();
        List<Objective> objectives = new ArrayList<>();
        Map<ObjectiveId, Progress> progress = new HashMap<>();
        for (int i = 0; i < request.objectives().size(); i++) {
            IssueRef ref = request.objectives().get(i);
            String field = "objectives[" + i + "]";
            Objective objective = closed.objectives().stream()
                    .filter(candidate -> ref.names(candidate.id().value(), candidate.key()))
                    .findFirst()
                    .orElseThrow(() -> new ValidationException(
                            field, "is not an objective of cycle '" + closedId + "' that you can see, was " + ref));
            if (progress.containsKey(objective.id())) {
                throw new ValidationException(field, "lists " + objective.key().value() + " twice");
            }
            objectives.add(objective);
            progress.put(
                    objective.id(),
                    closed.scorecard()
                            .objective(objective.id())
                            .map(ObjectiveScore::progress)
                            .orElse(null));
        }
        List<PlannedKeyResult> keyResults = new ArrayList<>();
        Set<KeyResultId> listed = new HashSet<>();
        for (int i = 0; i < request.keyResults().size(); i++) {
            KeyResultMove move = request.keyResults().get(i);
            String field = "keyResults[" + i + "]";
            ObjectiveId from = null;
            ScorecardReading.KeyResultReading kr = null;
            for (Map.Entry<ObjectiveId, List<ScorecardReading.KeyResultReading>> entry :
                    closed.keyResults().entrySet()) {
                for (ScorecardReading.KeyResultReading candidate : entry.getValue()) {
                    if (move.keyResult()
                            .names(
                                    candidate.keyResult().id().value(),
                                    candidate.keyResult().key())) {
                        from = entry.getKey();
                        kr = candidate;
                    }
                }
            }
            if (kr == null) {
                throw new ValidationException(
                        field + ".id",
                        "is not a key result of cycle '" + closedId + "' that you can see, was " + move.keyResult());
            }
            if (!listed.add(kr.keyResult().id())) {
                throw new ValidationException(
                        field + ".id", "lists " + kr.keyResult().key().value() + " twice");
            }
            if (progress.containsKey(from)) {
                throw new ValidationException(
                        field + ".id", "comes along with its objective, which is carried forward too");
            }
            Objective target = following.objectives().stream()
                    .filter(candidate -> move.into().names(candidate.id().value(), candidate.key()))
                    .findFirst()
                    .orElseThrow(() -> new ValidationException(
                            field + ".into",
                            "is not an objective of the next cycle '"
                                    + following.cycle().id().value() + "' that you can see, was " + move.into()));
            keyResults.add(new PlannedKeyResult(kr, from, target.id()));
        }
        return new Plan(objectives, progress, keyResults);
    }
}
