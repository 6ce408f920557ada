package io.okrscorecard.core.compare;

import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.digest.ProgressChange;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.PerspectiveScore;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.scoring.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two scorecards of the same scope side by side, one from an earlier cycle ({@code from}) and one from a later one
 * ({@code to}): the scorecard's score, every perspective matched by its key and every listed objective matched by its
 * issue, each with both values and the change "to − from" of {@link ProgressChange} (undefined on either side: no
 * change). A perspective or objective found in only one of the two has no value in the other and no change
 * (docs/rollup-rules.md, "Comparing cycles").
 *
 * @param scorecardFrom the scorecard's score in {@code from}, over every objective in scope (listed or not)
 * @param perspectives those of {@code to} in its order, then those only {@code from} has
 * @param objectives those listed in {@code to} in its order (perspectives, then unassigned), then those listed only in
 *     {@code from}, in its order
 */
public record ScorecardComparison(
        Progress scorecardFrom,
        Status statusFrom,
        Progress scorecardTo,
        Status statusTo,
        List<PerspectiveChange> perspectives,
        List<ObjectiveChange> objectives) {

    public ScorecardComparison {
        ValidationException.requireValue(scorecardFrom, "scorecardFrom");
        ValidationException.requireValue(scorecardTo, "scorecardTo");
        ValidationException.requireValue(statusFrom, "statusFrom");
        ValidationException.requireValue(statusTo, "statusTo");
        perspectives = List.copyOf(perspectives);
        objectives = List.copyOf(objectives);
    }

    /** A perspective in one or both cycles; at least one side is present. */
    public record PerspectiveChange(
            PerspectiveKey key, Optional<PerspectiveScore> from, Optional<PerspectiveScore> to) {
        public PerspectiveChange {
            if (from.isEmpty() && to.isEmpty()) {
                throw new IllegalArgumentException("a perspective of neither cycle: " + key.value());
            }
        }

        /** The perspective as the later cycle has it, else as the earlier one had it. */
        public PerspectiveScore shown() {
            return to.orElseGet(from::orElseThrow);
        }

        /** to − from; empty when the perspective is missing in one of the cycles. */
        public Optional<ProgressChange> change() {
            return between(from.map(PerspectiveScore::progress), to.map(PerspectiveScore::progress));
        }
    }

    /** An objective listed in one or both cycles; at least one side is present. */
    public record ObjectiveChange(ObjectiveId id, Optional<ObjectiveScore> from, Optional<ObjectiveScore> to) {
        public ObjectiveChange {
            if (from.isEmpty() && to.isEmpty()) {
                throw new IllegalArgumentException("an objective of neither cycle: " + id.value());
            }
        }

        /** The objective as the later cycle has it, else as the earlier one had it. */
        public ObjectiveScore shown() {
            return to.orElseGet(from::orElseThrow);
        }

        /** to − from; empty when the objective is missing in one of the cycles. */
        public Optional<ProgressChange> change() {
            return between(from.map(ObjectiveScore::progress), to.map(ObjectiveScore::progress));
        }
    }

    /** The scorecard's change, to − from. */
    public ProgressChange scorecardChange() {
        return new ProgressChange(scorecardFrom, scorecardTo);
    }

    /**
     * Compares two scorecards; only the objectives in {@code listedFrom} and {@code listedTo} (those the viewer may
     * browse) are listed, while the scores stay those of every objective in scope, as each scorecard shows them.
     */
    public static ScorecardComparison of(
            Scorecard from, Set<ObjectiveId> listedFrom, Scorecard to, Set<ObjectiveId> listedTo) {
        Map<PerspectiveKey, PerspectiveScore> fromPerspectives = new LinkedHashMap<>();
        from.perspectives().forEach(p -> fromPerspectives.put(p.perspective().key(), p));
        List<PerspectiveChange> perspectives = new ArrayList<>();
        for (PerspectiveScore now : to.perspectives()) {
            PerspectiveKey key = now.perspective().key();
            perspectives.add(
                    new PerspectiveChange(key, Optional.ofNullable(fromPerspectives.remove(key)), Optional.of(now)));
        }
        fromPerspectives.forEach(
                (key, then) -> perspectives.add(new PerspectiveChange(key, Optional.of(then), Optional.empty())));

        Map<ObjectiveId, ObjectiveScore> fromObjectives = new LinkedHashMap<>();
        from.objectives()
                .filter(objective -> listedFrom.contains(objective.id()))
                .forEach(objective -> fromObjectives.put(objective.id(), objective));
        List<ObjectiveChange> objectives = new ArrayList<>();
        to.objectives()
                .filter(objective -> listedTo.contains(objective.id()))
                .forEach(now -> objectives.add(new ObjectiveChange(
                        now.id(), Optional.ofNullable(fromObjectives.remove(now.id())), Optional.of(now))));
        fromObjectives.forEach(
                (id, then) -> objectives.add(new ObjectiveChange(id, Optional.of(then), Optional.empty())));
        return new ScorecardComparison(
                from.progress(), from.status(), to.progress(), to.status(), perspectives, objectives);
    }

    private static Optional<ProgressChange> between(Optional<Progress> from, Optional<Progress> to) {
        return from.isPresent() && to.isPresent()
                ? Optional.of(new ProgressChange(from.get(), to.get()))
                : Optional.empty();
    }
}
