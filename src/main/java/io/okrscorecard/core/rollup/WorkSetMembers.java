package io.okrscorecard.core.rollup;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.work.WorkItem;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which issues a key result's work set holds, as {@link WorkSet#expand} built it: the counted ones and those set aside
 * for an excluded resolution (docs/rollup-rules.md). This is what the app's stored work-set index keeps per key result
 * (docs/adr/0021-stored-work-set-index.md) and what the JQL functions answer from.
 *
 * @param counted the issues the rollup counts
 * @param excluded the issues left out for an excluded resolution
 * @param scope {@code null} when these are the whole work set; else the only issues these members speak for (an
 *     incremental change that touched a few issues), and the members of the work set outside it are unknown here
 */
public record WorkSetMembers(KeyResultId keyResult, Set<IssueId> counted, Set<IssueId> excluded, Set<IssueId> scope) {

    public WorkSetMembers {
        ValidationException.requireValue(keyResult, "keyResult");
        counted = Set.copyOf(ValidationException.requireValue(counted, "counted"));
        excluded = Set.copyOf(ValidationException.requireValue(excluded, "excluded"));
        scope = scope == null ? null : Set.copyOf(scope);
        for (IssueId id : counted) {
            if (excluded.contains(id)) {
                throw new ValidationException("excluded", "issue " + id + " is both counted and excluded");
            }
            if (scope != null && !scope.contains(id)) {
                throw new ValidationException("counted", "issue " + id + " is outside the scope");
            }
        }
        if (scope != null && !scope.containsAll(excluded)) {
            throw new ValidationException("excluded", "an excluded issue is outside the scope");
        }
    }

    /** The whole work set of a WORK key result. */
    public static WorkSetMembers of(KeyResultId keyResult, WorkSet workSet) {
        return new WorkSetMembers(keyResult, ids(workSet.items()), ids(workSet.excluded()), null);
    }

    /** A key result without a work set (METRIC or MILESTONE): it holds no issue. */
    public static WorkSetMembers none(KeyResultId keyResult) {
        return new WorkSetMembers(keyResult, Set.of(), Set.of(), null);
    }

    /**
     * The membership of only these issues in a work set, found by a binary search per issue (no scan of a large work
     * set): what an incremental change of these issues has to write.
     */
    public static WorkSetMembers within(KeyResultId keyResult, WorkSet workSet, Collection<IssueId> issues) {
        Set<IssueId> counted = new TreeSet<>();
        Set<IssueId> excluded = new TreeSet<>();
        for (IssueId id : issues) {
            switch (workSet.membershipOf(id)) {
                case COUNTED -> counted.add(id);
                case EXCLUDED -> excluded.add(id);
                case NONE -> {
                    // not in this work set
                }
            }
        }
        return new WorkSetMembers(keyResult, counted, excluded, new TreeSet<>(issues));
    }

    /** Whether these are the whole work set, not only some issues' part of it. */
    public boolean isWhole() {
        return scope == null;
    }

    private static Set<IssueId> ids(Collection<WorkItem> items) {
        Set<IssueId> ids = new TreeSet<>();
        for (WorkItem item : items) {
            ids.add(item.id());
        }
        return ids;
    }
}
