package io.okrscorecard.app;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.compare.ScorecardComparison;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.objective.Objective;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A viewer compares the scorecard of one cycle with that of another, for the same scope: both are read as the
 * scorecard reads them ({@link ReadingScorecard#read}, with its permissions, its 404 for an unknown cycle and whatever
 * it answers a closed cycle from), and matched perspective by perspective and objective by objective
 * ({@link ScorecardComparison}).
 */
public final class ComparingCycles {
    private final ReadingScorecard reading;

    public ComparingCycles(ReadingScorecard reading) {
        this.reading = reading;
    }

    /**
     * Two cycles (they may be the same one) and the scope of the scorecard: projects, a saved filter, a perspective.
     * The scope's own cycle and trend days are not used.
     */
    public record Query(CycleId from, CycleId to, ScorecardQuery scope) {
        public Query {
            ValidationException.requireValue(from, "from");
            ValidationException.requireValue(to, "to");
            ValidationException.requireValue(scope, "scope");
        }

        /** From request parameters: {@code from} and {@code to} are required cycle ids, the scope's may be blank. */
        public static Query of(String from, String to, List<String> projects, String perspective, String filter) {
            CycleId fromId = cycle(from, "from");
            CycleId toId = cycle(to, "to");
            return new Query(
                    fromId,
                    toId,
                    ScorecardQuery.forProjects(null, projects, perspective, 0).withFilter(filter));
        }

        private static CycleId cycle(String id, String field) {
            if (id == null || id.isBlank()) {
                throw new ValidationException(field, "is required: the id of a cycle, like 2026-Q3");
            }
            try {
                return CycleId.of(id.trim());
            } catch (ValidationException invalid) {
                throw new ValidationException(field, invalid.reason());
            }
        }

        ScorecardQuery in(CycleId cycle) {
            return new ScorecardQuery(Optional.of(cycle), scope.projects(), scope.perspective(), 0, scope.filter());
        }
    }

    /**
     * The comparison as the viewer may see it.
     *
     * @param hiddenFrom objectives in scope in {@code from} that the viewer may not browse (as its scorecard counts them)
     * @param hiddenTo the same in {@code to}
     */
    public record CycleComparison(Cycle from, Cycle to, ScorecardComparison comparison, int hiddenFrom, int hiddenTo) {}

    public CycleComparison compare(Query query) {
        ScorecardReading from = reading.read(query.in(query.from()));
        ScorecardReading to = query.from().equals(query.to()) ? from : reading.read(query.in(query.to()));
        return new CycleComparison(
                from.cycle(),
                to.cycle(),
                ScorecardComparison.of(from.scorecard(), listed(from), to.scorecard(), listed(to)),
                from.hiddenObjectives(),
                to.hiddenObjectives());
    }

    private static Set<ObjectiveId> listed(ScorecardReading reading) {
        return reading.objectives().stream().map(Objective::id).collect(Collectors.toSet());
    }
}
