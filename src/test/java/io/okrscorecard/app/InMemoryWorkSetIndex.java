package io.okrscorecard.app;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.port.WorkSetIndex;
import io.okrscorecard.core.rollup.WorkSetMembers;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The work-set index in memory, with the store's rules (a store makes the rows of its key results, or of its scope's
 * issues, equal to the members, counting what it changed); shared by the nodes of a test as the table is in Jira.
 */
public final class InMemoryWorkSetIndex implements WorkSetIndex {

    /** Per key result: issue id to excluded flag. */
    private final Map<KeyResultId, Map<IssueId, Boolean>> rows = new HashMap<>();

    @Override
    public synchronized int store(Collection<WorkSetMembers> workSets) {
        int changed = 0;
        for (WorkSetMembers members : workSets) {
            Map<IssueId, Boolean> stored = rows.computeIfAbsent(members.keyResult(), kr -> new TreeMap<>());
            Map<IssueId, Boolean> wanted = new TreeMap<>();
            members.counted().forEach(id -> wanted.put(id, false));
            members.excluded().forEach(id -> wanted.put(id, true));
            Set<IssueId> touched = new TreeSet<>(members.isWhole() ? stored.keySet() : members.scope());
            touched.addAll(wanted.keySet());
            for (IssueId id : touched) {
                Boolean before = stored.get(id);
                Boolean after = wanted.get(id);
                if (before == null && after != null) {
                    stored.put(id, after);
                    changed++;
                } else if (before != null && after == null) {
                    stored.remove(id);
                    changed++;
                } else if (before != null && !before.equals(after)) {
                    stored.put(id, after);
                    changed += 2;
                }
            }
        }
        return changed;
    }

    @Override
    public synchronized Set<IssueId> workOf(Collection<KeyResultId> keyResults, boolean withExcluded) {
        Set<IssueId> issues = new TreeSet<>();
        for (KeyResultId keyResult : keyResults) {
            rows.getOrDefault(keyResult, Map.of()).forEach((id, excluded) -> {
                if (withExcluded || !excluded) {
                    issues.add(id);
                }
            });
        }
        return issues;
    }

    @Override
    public synchronized Set<KeyResultId> keyResultsHolding(IssueId issue) {
        Set<KeyResultId> holding = new TreeSet<>();
        rows.forEach((keyResult, issues) -> {
            if (issues.containsKey(issue)) {
                holding.add(keyResult);
            }
        });
        return holding;
    }
}
