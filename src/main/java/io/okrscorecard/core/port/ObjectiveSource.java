package io.okrscorecard.core.port;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.objective.Objective;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads Objective issues with their key results (issues linked by "measures"), their perspective, weight, alignment
 * and cause links, and each key result's check-in history.
 */
public interface ObjectiveSource {

    /** One objective with its key results, if the issue with this id is an objective. */
    Optional<Objective> objective(ObjectiveId id);

    /** Every objective of the cycle. */
    List<Objective> objectivesIn(CycleId cycle);

    /**
     * The objectives these key results measure, each with all of its key results (an objective's progress needs its
     * siblings too). Key results that measure no objective are left out.
     */
    List<Objective> objectivesMeasuredBy(Collection<KeyResultId> keyResults);
}
