package io.okrscorecard.core.objective;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.keyresult.KeyResult;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An Objective issue with its key results ("measures" links), its BSC perspective ({@code null}:
 * listed under Unassigned), its cycle, its owner (the issue's assignee; {@code null}: no owner), and its links to
 * other objectives: {@code supports} (alignment parents) and {@code drives} (strategy-map cause to effect).
 */
public record Objective(
        ObjectiveId id,
        IssueKey key,
        String summary,
        PerspectiveKey perspective,
        CycleId cycle,
        Weight weight,
        Person owner,
        Set<ObjectiveId> supports,
        Set<ObjectiveId> drives,
        List<KeyResult> keyResults) {

    public Objective {
        ValidationException.requireValue(id, "objective.id");
        ValidationException.requireValue(key, "objective.key");
        summary = summary == null ? "" : summary;
        ValidationException.requireValue(cycle, "objective.cycle");
        ValidationException.requireValue(weight, "objective.weight");
        supports = Set.copyOf(ValidationException.requireValue(supports, "objective.supports"));
        drives = Set.copyOf(ValidationException.requireValue(drives, "objective.drives"));
        keyResults = List.copyOf(ValidationException.requireValue(keyResults, "objective.keyResults"));
        Set<KeyResultId> seen = new HashSet<>();
        for (KeyResult kr : keyResults) {
            if (!seen.add(kr.id())) {
                throw new ValidationException("objective.keyResults", kr.key() + " is listed twice in " + key);
            }
        }
    }

    public Objective withKeyResults(List<KeyResult> newKeyResults) {
        return new Objective(id, key, summary, perspective, cycle, weight, owner, supports, drives, newKeyResults);
    }

    /** This objective in another perspective ({@code null}: unassigned), e.g. after the admin changed the mapping. */
    public Objective withPerspective(PerspectiveKey newPerspective) {
        return new Objective(id, key, summary, newPerspective, cycle, weight, owner, supports, drives, keyResults);
    }
}
