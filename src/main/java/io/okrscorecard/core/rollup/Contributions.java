package io.okrscorecard.core.rollup;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.work.WorkChain;
import io.okrscorecard.core.work.WorkItem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which key results' work sets one work item is in, and how it counts in each, from its {@link WorkChain} alone. The
 * rule is {@link WorkSet#expand} read from the item's side (docs/rollup-rules.md): an issue is in the work set of a key
 * result it contributes to, or that a container above it contributes to (its epic, the item its Parent Link names, and
 * so on up; not a sub-task); a linked container with children stands for them; a sub-task is never counted itself,
 * its parent is; an excluded resolution leaves the numbers.
 */
public final class Contributions {

    /** How the issue takes part in one key result's work set. */
    public enum Way {
        /** Counted: in the numerator's and the denominator's items. */
        COUNTED,
        /** In the work set, but its resolution is excluded: in neither numerator nor denominator. */
        EXCLUDED,
        /** A linked container (an epic, or an item above epics) with children: they count instead of it. */
        EXPANDED,
        /** A sub-task whose parent is in the work set: the parent counts for it. */
        SUBTASK,
        /** A sub-task linked directly: never counted (its parent should be linked instead). */
        IGNORED_SUBTASK
    }

    /**
     * The issue in one key result's work set.
     *
     * @param through the item of the chain whose link puts the issue there: the issue itself, its epic, or a
     *     sub-task's parent (or the parent's epic)
     * @param resolution the excluded resolution, for {@link Way#EXCLUDED} (the parent's for a sub-task whose parent is
     *     excluded); {@code null} otherwise
     * @param parent the counted parent of a sub-task ({@link Way#SUBTASK}), else {@code null}
     * @param children the children that count instead of an epic ({@link Way#EXPANDED}), else 0
     * @param alsoCountedBy the other key results that count the issue, for {@link Way#COUNTED}; empty otherwise
     */
    public record Contribution(
            KeyResultId keyResult,
            Way way,
            IssueId through,
            String resolution,
            WorkItem parent,
            int children,
            Set<KeyResultId> alsoCountedBy) {
        public Contribution {
            ValidationException.requireValue(keyResult, "keyResult");
            ValidationException.requireValue(way, "way");
            alsoCountedBy = Set.copyOf(alsoCountedBy);
        }

        /** Counted here and by other key results too. */
        public boolean shared() {
            return !alsoCountedBy.isEmpty();
        }
    }

    private Contributions() {}

    /** One contribution per key result whose work set holds the issue, in the order the chain links them. */
    public static List<Contribution> of(WorkChain chain, RollupSettings settings) {
        WorkItem self = chain.self();
        List<Contribution> result = new ArrayList<>();
        if (self == null) {
            return result;
        }
        Set<KeyResultId> counting = new LinkedHashSet<>();
        if (!self.isSubtask() && !settings.excludes(self.resolution())) {
            for (KeyResultId keyResult : chain.keyResults()) {
                if (through(chain, self, keyResult) != null) {
                    counting.add(keyResult);
                }
            }
        }
        for (KeyResultId keyResult : chain.keyResults()) {
            Contribution contribution = contribution(chain, self, keyResult, settings, counting);
            if (contribution != null) {
                result.add(contribution);
            }
        }
        return result;
    }

    private static Contribution contribution(
            WorkChain chain, WorkItem self, KeyResultId keyResult, RollupSettings settings, Set<KeyResultId> counting) {
        if (self.isSubtask()) {
            WorkItem parent = chain.item(self.parentId());
            IssueId parentThrough = parent == null ? null : through(chain, parent, keyResult);
            if (parentThrough != null) {
                String resolution = settings.excludes(parent.resolution()) ? parent.resolution() : null;
                return new Contribution(keyResult, Way.SUBTASK, parentThrough, resolution, parent, 0, Set.of());
            }
            if (chain.linksOf(self.id()).contains(keyResult)) {
                return new Contribution(keyResult, Way.IGNORED_SUBTASK, self.id(), null, null, 0, Set.of());
            }
            return null;
        }
        if (expands(chain, self)) {
            IssueId reaching = reaching(chain, self, keyResult);
            return reaching == null
                    ? null
                    : new Contribution(
                            keyResult,
                            Way.EXPANDED,
                            reaching,
                            null,
                            null,
                            chain.children().countable(),
                            Set.of());
        }
        IssueId through = through(chain, self, keyResult);
        if (through != null) {
            if (settings.excludes(self.resolution())) {
                return new Contribution(keyResult, Way.EXCLUDED, through, self.resolution(), null, 0, Set.of());
            }
            Set<KeyResultId> others = new LinkedHashSet<>(counting);
            others.remove(keyResult);
            return new Contribution(keyResult, Way.COUNTED, through, null, null, 0, others);
        }
        return null;
    }

    /**
     * The item of the chain that puts a non-sub-task item into the key result's work set as an item of its own (linked
     * itself and not a container with children, or below a linked container: the nearest one); {@code null} when none
     * does. The walk up never goes round a Parent Link cycle.
     */
    private static IssueId through(WorkChain chain, WorkItem item, KeyResultId keyResult) {
        if (item.isSubtask() || expands(chain, item)) {
            return null;
        }
        return reaching(chain, item, keyResult);
    }

    /**
     * The item of the chain whose link brings a non-sub-task item into the key result's work set, as an item or as a
     * container expanded into its children: the item itself when linked, else the nearest linked container above it.
     */
    private static IssueId reaching(WorkChain chain, WorkItem item, KeyResultId keyResult) {
        if (chain.linksOf(item.id()).contains(keyResult)) {
            return item.id();
        }
        Set<IssueId> seen = new LinkedHashSet<>();
        seen.add(item.id());
        IssueId up = chain.containerOf(item);
        while (up != null && seen.add(up)) {
            if (chain.linksOf(up).contains(keyResult)) {
                return up;
            }
            up = chain.containerOf(chain.item(up));
        }
        return null;
    }

    private static boolean expands(WorkChain chain, WorkItem item) {
        return !item.isSubtask() && chain.hasChildren(item.id());
    }
}
