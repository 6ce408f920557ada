package io.okrscorecard.core.scoring;

import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.rollup.Cascade;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.UndefinedReason;
import io.okrscorecard.core.scoring.ObjectiveScore.Cascaded;
import io.okrscorecard.core.strategymap.AlignmentTree;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The cascade of aligned objectives (docs/rollup-rules.md, "Cascade of aligned objectives"): an objective's own
 * progress mixed with the weighted mean of the objectives supporting it. The full computation applies it while it
 * scores objectives; reads apply it to the objectives' own progress as stored, with the same arithmetic.
 */
public final class Cascading {

    /** A supporting objective as its parent counts it. */
    public record Supporting(ObjectiveId id, IssueKey key, Weight weight, Progress progress) {}

    private Cascading() {}

    /** The parts of an objective's progress; without the cascade, or without supporting objectives, its own. */
    public static Cascaded parts(Progress own, List<Supporting> supporting, Cascade cascade) {
        if (!cascade.enabled() || supporting.isEmpty()) {
            return Cascaded.none(own);
        }
        List<Supporting> byKey = new ArrayList<>(supporting);
        byKey.sort(Comparator.comparing(Supporting::key));
        WeightedMean mean = new WeightedMean();
        List<ObjectiveId> ids = new ArrayList<>(byKey.size());
        for (Supporting child : byKey) {
            mean.add(child.progress(), child.weight().value());
            ids.add(child.id());
        }
        Progress children = mean.result(UndefinedReason.NO_OBJECTIVES);
        double fromSupporting = !children.isDefined() ? 0.0 : own.isDefined() ? cascade.childrenShare() : 1.0;
        return new Cascaded(own, ids, children, fromSupporting);
    }

    /** The objective's progress from its parts. */
    public static Progress combined(Cascaded parts) {
        if (parts.fromSupporting() == 0.0) {
            return parts.own();
        }
        if (parts.fromSupporting() == 1.0) {
            return parts.supportingProgress();
        }
        double value = (1 - parts.fromSupporting()) * parts.own().value()
                + parts.fromSupporting() * parts.supportingProgress().value();
        return Progress.of(Math.max(0.0, Math.min(1.0, value)));
    }

    /**
     * The parts of every objective of a cycle from their own progress (as stored), children before parents.
     *
     * @param own each objective's own progress
     */
    public static Map<ObjectiveId, Cascaded> over(
            Collection<Objective> objectives, Function<ObjectiveId, Progress> own, Cascade cascade) {
        Map<ObjectiveId, Cascaded> parts = new HashMap<>();
        if (!cascade.enabled()) {
            for (Objective objective : objectives) {
                parts.put(objective.id(), Cascaded.none(own.apply(objective.id())));
            }
            return parts;
        }
        AlignmentTree tree = AlignmentTree.of(objectives);
        Map<ObjectiveId, Progress> progress = new HashMap<>();
        for (Objective objective : tree.bottomUp()) {
            List<Supporting> supporting = new ArrayList<>();
            for (ObjectiveId child : tree.childrenOf(objective.id())) {
                Objective supporter = byId(tree, child);
                supporting.add(new Supporting(child, supporter.key(), supporter.weight(), progress.get(child)));
            }
            Cascaded cascaded = parts(own.apply(objective.id()), supporting, cascade);
            parts.put(objective.id(), cascaded);
            progress.put(objective.id(), combined(cascaded));
        }
        return parts;
    }

    private static Objective byId(AlignmentTree tree, ObjectiveId id) {
        return tree.bottomUp().get(tree.positionOf(id));
    }
}
