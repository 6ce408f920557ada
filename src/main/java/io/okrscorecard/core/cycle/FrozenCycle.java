package io.okrscorecard.core.cycle;

import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.scoring.StatusRule;
import io.okrscorecard.core.settings.AppSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A closed cycle's final snapshot: everything its scorecard is read from, as it was when the cycle was closed. The
 * objectives with their key results and check-ins as Jira had them, the stored numbers of each objective and key
 * result (with their explanation counts), the settings and perspectives they were read under and the status rule at
 * the end of the cycle. Every read of a closed cycle is composed from it alone, so it answers the same whatever
 * happens in Jira or in the settings afterwards.
 *
 * @param day the day the answers are of: the day of closing (trends end on it)
 */
public record FrozenCycle(
        Cycle cycle,
        Instant frozenAt,
        LocalDate day,
        AppSettings settings,
        Perspectives perspectives,
        StatusRule rule,
        List<Objective> objectives,
        Map<ProgressSubject, StoredProgress> rows) {

    public FrozenCycle {
        ValidationException.requireValue(cycle, "cycle");
        ValidationException.requireValue(frozenAt, "frozenAt");
        ValidationException.requireValue(day, "day");
        ValidationException.requireValue(settings, "settings");
        ValidationException.requireValue(perspectives, "perspectives");
        ValidationException.requireValue(rule, "rule");
        objectives = List.copyOf(ValidationException.requireValue(objectives, "objectives"));
        rows = Map.copyOf(ValidationException.requireValue(rows, "rows"));
        for (Objective objective : objectives) {
            if (!objective.cycle().equals(cycle.id())) {
                throw new ValidationException(
                        "objectives", objective.key() + " is in " + objective.cycle() + ", not in " + cycle.id());
            }
        }
    }
}
