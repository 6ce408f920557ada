package io.okrscorecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.port.WorkSetIndex;
import io.okrscorecard.core.rollup.WorkSetMembers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.java.ao.Query;

/**
 * The work-set index in the WORK_SET_ITEM table. A store reads the rows it may change (one statement per 1,000 key
 * results, or per 1,000 issues of a scoped change), then deletes the rows that left (one statement per 1,000 rows) and
 * inserts the rows that joined (batched): an unchanged work set costs its read and nothing else. It runs in the
 * transaction of the progress rows it belongs to, after their optimistic write, which already made this writer the only
 * one for these key results (docs/adr/0003, 0007); the unique member key is the guard if that ever fails, and its
 * violation rolls the whole transaction back like any lost race.
 */
public final class AoWorkSetIndex implements WorkSetIndex {

    private final ActiveObjects ao;
    private final ActiveObjectsTransactions transactions;
    private final AoInserts inserts;

    public AoWorkSetIndex(ActiveObjects ao, ActiveObjectsTransactions transactions) {
        this(ao, transactions, AoInserts.detect(ao));
    }

    AoWorkSetIndex(ActiveObjects ao, ActiveObjectsTransactions transactions, AoInserts inserts) {
        this.ao = ao;
        this.transactions = transactions;
        this.inserts = inserts;
    }

    @Override
    public int store(Collection<WorkSetMembers> workSets) {
        ValidationException.requireValue(workSets, "workSets");
        Map<KeyResultId, WorkSetMembers> whole = new TreeMap<>();
        Map<KeyResultId, WorkSetMembers> scoped = new TreeMap<>();
        for (WorkSetMembers members : workSets) {
            ValidationException.requireValue(members, "workSet");
            Map<KeyResultId, WorkSetMembers> into = members.isWhole() ? whole : scoped;
            if (into.put(members.keyResult(), members) != null) {
                throw new IllegalArgumentException("key result " + members.keyResult() + " is stored twice");
            }
        }
        scoped.keySet().removeAll(whole.keySet());
        if (whole.isEmpty() && scoped.isEmpty()) {
            return 0;
        }
        return transactions.inTransaction(() -> {
            List<Long> deleted = new ArrayList<>();
            List<Map<String, Object>> inserted = new ArrayList<>();
            Map<KeyResultId, Map<Long, WorkSetItemEntity>> stored = storedOf(whole.keySet());
            whole.values().forEach(members -> diff(members, stored.get(members.keyResult()), deleted, inserted));
            if (!scoped.isEmpty()) {
                Map<KeyResultId, Map<Long, WorkSetItemEntity>> storedScoped = storedOf(scoped.values());
                scoped.values()
                        .forEach(members -> diff(members, storedScoped.get(members.keyResult()), deleted, inserted));
            }
            for (List<Long> chunk : Chunks.of(deleted)) {
                ao.deleteWithSQL(WorkSetItemEntity.class, Chunks.in("ID", chunk.size()), chunk.toArray());
            }
            if (!inserted.isEmpty()) {
                inserts.insert(WorkSetItemEntity.class, inserted);
            }
            return deleted.size() + inserted.size();
        });
    }

    /** The rows that make {@code stored} equal to {@code members}: a flipped flag is a delete and an insert. */
    private static void diff(
            WorkSetMembers members,
            Map<Long, WorkSetItemEntity> stored,
            List<Long> deleted,
            List<Map<String, Object>> inserted) {
        Map<Long, Boolean> wanted = new HashMap<>();
        members.counted().forEach(id -> wanted.put(id.value(), false));
        members.excluded().forEach(id -> wanted.put(id.value(), true));
        stored.forEach((issue, row) -> {
            Boolean excluded = wanted.get(issue);
            if (excluded == null || excluded != row.isExcluded()) {
                deleted.add((long) row.getID());
            }
        });
        wanted.forEach((issue, excluded) -> {
            WorkSetItemEntity row = stored.get(issue);
            if (row == null || row.isExcluded() != excluded) {
                inserted.add(columns(members.keyResult(), issue, excluded));
            }
        });
    }

    private static Map<String, Object> columns(KeyResultId keyResult, long issue, boolean excluded) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(WorkSetItemEntity.KEY_RESULT_ID, keyResult.value());
        columns.put(WorkSetItemEntity.ISSUE_ID, issue);
        columns.put(WorkSetItemEntity.EXCLUDED, excluded);
        columns.put(WorkSetItemEntity.MEMBER_KEY, keyResult.value() + ":" + issue);
        return columns;
    }

    /** Every stored row of these key results, by key result and issue id. */
    private Map<KeyResultId, Map<Long, WorkSetItemEntity>> storedOf(Set<KeyResultId> keyResults) {
        Map<KeyResultId, Map<Long, WorkSetItemEntity>> stored = new HashMap<>();
        keyResults.forEach(id -> stored.put(id, new HashMap<>()));
        for (List<Long> chunk : Chunks.of(values(keyResults))) {
            collect(
                    ao.find(
                            WorkSetItemEntity.class,
                            Query.select()
                                    .where(Chunks.in(WorkSetItemEntity.KEY_RESULT_ID, chunk.size()), chunk.toArray())),
                    stored);
        }
        return stored;
    }

    /** The stored rows of each scoped member's key result among its scope's issues. */
    private Map<KeyResultId, Map<Long, WorkSetItemEntity>> storedOf(Collection<WorkSetMembers> scoped) {
        Map<KeyResultId, Map<Long, WorkSetItemEntity>> stored = new HashMap<>();
        Set<Long> keyResults = new TreeSet<>();
        Set<Long> issues = new TreeSet<>();
        for (WorkSetMembers members : scoped) {
            stored.put(members.keyResult(), new HashMap<>());
            keyResults.add(members.keyResult().value());
            members.scope().forEach(id -> issues.add(id.value()));
        }
        for (List<Long> krChunk : Chunks.of(keyResults)) {
            for (List<Long> issueChunk : Chunks.of(issues)) {
                List<Object> parameters = new ArrayList<>(krChunk);
                parameters.addAll(issueChunk);
                collect(
                        ao.find(
                                WorkSetItemEntity.class,
                                Query.select()
                                        .where(
                                                Chunks.in(WorkSetItemEntity.KEY_RESULT_ID, krChunk.size()) + " AND "
                                                        + Chunks.in(WorkSetItemEntity.ISSUE_ID, issueChunk.size()),
                                                parameters.toArray())),
                        stored);
            }
        }
        for (WorkSetMembers members : scoped) {
            Set<Long> scope = new TreeSet<>();
            members.scope().forEach(id -> scope.add(id.value()));
            stored.get(members.keyResult()).keySet().retainAll(scope);
        }
        return stored;
    }

    private static void collect(WorkSetItemEntity[] rows, Map<KeyResultId, Map<Long, WorkSetItemEntity>> into) {
        for (WorkSetItemEntity row : rows) {
            Map<Long, WorkSetItemEntity> rowsOfKeyResult = into.get(new KeyResultId(row.getKeyResultId()));
            if (rowsOfKeyResult != null) {
                rowsOfKeyResult.put(row.getIssueId(), row);
            }
        }
    }

    @Override
    public Set<IssueId> workOf(Collection<KeyResultId> keyResults, boolean withExcluded) {
        Set<IssueId> issues = new TreeSet<>();
        for (List<Long> chunk : Chunks.of(values(new LinkedHashSet<>(keyResults)))) {
            String where = Chunks.in(WorkSetItemEntity.KEY_RESULT_ID, chunk.size());
            List<Object> parameters = new ArrayList<>(chunk);
            if (!withExcluded) {
                where += " AND " + WorkSetItemEntity.EXCLUDED + " = ?";
                parameters.add(Boolean.FALSE);
            }
            for (WorkSetItemEntity row :
                    ao.find(WorkSetItemEntity.class, Query.select().where(where, parameters.toArray()))) {
                issues.add(new IssueId(row.getIssueId()));
            }
        }
        return issues;
    }

    @Override
    public Set<KeyResultId> keyResultsHolding(IssueId issue) {
        Set<KeyResultId> keyResults = new TreeSet<>();
        for (WorkSetItemEntity row : ao.find(
                WorkSetItemEntity.class, Query.select().where(WorkSetItemEntity.ISSUE_ID + " = ?", issue.value()))) {
            keyResults.add(new KeyResultId(row.getKeyResultId()));
        }
        return keyResults;
    }

    private static List<Long> values(Collection<KeyResultId> keyResults) {
        List<Long> values = new ArrayList<>(keyResults.size());
        for (KeyResultId id : keyResults) {
            values.add(id.value());
        }
        return values;
    }
}
