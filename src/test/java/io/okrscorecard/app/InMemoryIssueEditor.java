package io.okrscorecard.app;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.OkrIssueEditor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Jira's side of carrying forward over the in-memory Jira: moving an objective changes its cycle, re-linking a key
 * result moves it from one objective to the other; an issue a test names in {@link #refusals} is refused with that
 * answer and left as it was.
 */
public final class InMemoryIssueEditor implements OkrIssueEditor {
    private final InMemoryOkr.FakeJira jira;
    /** By issue id: the answer Jira gives instead of making the change. */
    public final Map<Long, Edit> refusals = new ConcurrentHashMap<>();

    public final List<ObjectiveId> movedObjectives = new CopyOnWriteArrayList<>();
    public final List<KeyResultId> relinked = new CopyOnWriteArrayList<>();

    public InMemoryIssueEditor(InMemoryOkr.FakeJira jira) {
        this.jira = jira;
    }

    @Override
    public Edit moveToCycle(Viewer viewer, ObjectiveId objective, CycleId cycle) {
        if (refusals.containsKey(objective.value())) {
            return refusals.get(objective.value());
        }
        Objective now = jira.objective(objective).orElseThrow();
        jira.objective(new Objective(
                now.id(),
                now.key(),
                now.summary(),
                now.perspective(),
                cycle,
                now.weight(),
                now.owner(),
                now.supports(),
                now.drives(),
                now.keyResults()));
        movedObjectives.add(objective);
        return Edit.DONE;
    }

    @Override
    public Edit relinkKeyResult(Viewer viewer, KeyResultId keyResult, ObjectiveId from, ObjectiveId to) {
        if (refusals.containsKey(keyResult.value())) {
            return refusals.get(keyResult.value());
        }
        Objective old = jira.objective(from).orElseThrow();
        KeyResult moving = old.keyResults().stream()
                .filter(kr -> kr.id().equals(keyResult))
                .findFirst()
                .orElseThrow();
        Objective target = jira.objective(to).orElseThrow();
        List<KeyResult> kept = new ArrayList<>(old.keyResults());
        kept.remove(moving);
        List<KeyResult> joined = new ArrayList<>(target.keyResults());
        joined.add(moving);
        jira.objective(old.withKeyResults(kept)).objective(target.withKeyResults(joined));
        relinked.add(keyResult);
        return Edit.DONE;
    }
}
