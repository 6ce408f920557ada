package io.okrscorecard.app;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.port.MaterialisedProgressRepository;
import io.okrscorecard.core.port.Transactions;
import io.okrscorecard.core.port.VersionConflictException;
import io.okrscorecard.core.port.WorkSetIndex;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.recompute.LiveScorecard;
import io.okrscorecard.core.rollup.WorkExplanation;
import io.okrscorecard.core.rollup.WorkSetMembers;
import io.okrscorecard.core.scoring.KeyResultScore;
import io.okrscorecard.core.scoring.ObjectiveScore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress rows that a recalculation ({@link RecalculatingProgress}) or an incremental apply
 * ({@link ApplyingIssueChanges}) computed, grouped by objective, and their conditional write (ADR 0007): the rows of a
 * group are stored only if the versions observed before the data was read are still the stored ones.
 */
final class ProgressRows {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressRows.class);

    /**
     * The rows of one objective (or of one key result that measures no objective) that are stored together, with what
     * the cache keeps of them.
     *
     * @param objective {@code null} for a key result that measures no objective
     * @param requested the key results asked for that this group answers for
     * @param live the objective's work state, {@code null} when it is not kept
     * @param keyResults the objective's key results
     * @param dependencies versions of other rows the group was computed from, checked when it is stored
     * @param sharing the other key results whose work overlaps this objective's
     * @param workSets what the work-set index stores with the rows (whole work sets after a fresh read, the changed
     *     issues' part of them after an incremental apply); empty when the index stays as it is
     */
    record Group(
            ObjectiveId objective,
            Set<KeyResultId> requested,
            List<StoredProgress> rows,
            LiveScorecard live,
            Set<KeyResultId> keyResults,
            Map<ProgressSubject, Long> dependencies,
            Set<KeyResultId> sharing,
            List<WorkSetMembers> workSets) {

        boolean touches(Set<ProgressSubject> subjects) {
            for (StoredProgress row : rows) {
                if (subjects.contains(row.subject())) {
                    return true;
                }
            }
            for (ProgressSubject subject : dependencies.keySet()) {
                if (subjects.contains(subject)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The groups that were stored (with the stored rows) and those another writer overtook. */
    record Saved(List<Group> written, Map<ProgressSubject, StoredProgress> stored, List<Group> overtaken) {
        static final Saved NOTHING = new Saved(List.of(), Map.of(), List.of());

        int rows() {
            return stored.size();
        }

        Set<KeyResultId> overtakenKeyResults() {
            Set<KeyResultId> ids = new TreeSet<>();
            for (Group group : overtaken) {
                ids.addAll(group.requested());
            }
            return ids;
        }
    }

    private final MaterialisedProgressRepository progress;
    private final Transactions transactions;
    /** {@code null} on a node that keeps no work-set index (some tests and benchmarks). */
    private final WorkSetIndex index;

    ProgressRows(MaterialisedProgressRepository progress, Transactions transactions, WorkSetIndex index) {
        this.progress = progress;
        this.transactions = transactions;
        this.index = index;
    }

    /**
     * Stores the groups' rows on the condition of the expected versions, and their work sets into the work-set index in
     * the same transaction, after the rows (whose optimistic write makes this writer the only one for their key
     * results). When some subjects moved, the groups touching them are set aside as overtaken and the others are stored
     * without them.
     *
     * @param ownTransaction true to run each attempt in a transaction of its own; false when the caller already runs
     *     one, or when the store's own transaction is enough (a group with work sets to store always gets one, so that
     *     its rows and its index entries commit together)
     */
    Saved save(List<Group> groups, Map<ProgressSubject, Long> expected, boolean ownTransaction) {
        List<Group> remaining = new ArrayList<>(groups);
        List<Group> overtaken = new ArrayList<>();
        while (!remaining.isEmpty()) {
            List<StoredProgress> rows = new ArrayList<>();
            Map<ProgressSubject, Long> conditions = new HashMap<>();
            List<WorkSetMembers> workSets = new ArrayList<>();
            for (Group group : remaining) {
                for (StoredProgress row : group.rows()) {
                    rows.add(row);
                    conditions.put(row.subject(), expected.get(row.subject()));
                }
                group.dependencies().forEach(conditions::putIfAbsent);
                workSets.addAll(group.workSets());
            }
            boolean indexed = index != null && !workSets.isEmpty();
            Supplier<Map<ProgressSubject, StoredProgress>> write = () -> {
                Map<ProgressSubject, StoredProgress> written = progress.saveIfUnchanged(rows, conditions);
                if (indexed) {
                    index.store(workSets);
                }
                return written;
            };
            try {
                Map<ProgressSubject, StoredProgress> stored =
                        ownTransaction || indexed ? transactions.inTransaction(write) : write.get();
                return new Saved(remaining, stored, overtaken);
            } catch (VersionConflictException e) {
                List<Group> lost = new ArrayList<>();
                for (Group group : remaining) {
                    if (group.touches(e.moved())) {
                        lost.add(group);
                    }
                }
                if (lost.isEmpty()) {
                    lost.addAll(remaining);
                }
                LOG.debug(
                        "{} of {} objectives were written meanwhile by another writer", lost.size(), remaining.size());
                remaining.removeAll(lost);
                overtaken.addAll(lost);
            }
        }
        return new Saved(List.of(), Map.of(), overtaken);
    }

    /** The stored version of each subject that has a row, in O(1) statements. */
    Map<ProgressSubject, Long> versionsOf(Collection<ProgressSubject> subjects) {
        Map<ProgressSubject, Long> versions = new HashMap<>();
        if (!subjects.isEmpty()) {
            progress.load(subjects).forEach((subject, row) -> versions.put(subject, row.version()));
        }
        return versions;
    }

    /** The rows the store now holds for this group's subjects. */
    static Map<ProgressSubject, StoredProgress> storedOf(Group group, Map<ProgressSubject, StoredProgress> stored) {
        Map<ProgressSubject, StoredProgress> mine = new HashMap<>();
        for (StoredProgress row : group.rows()) {
            mine.put(row.subject(), stored.get(row.subject()));
        }
        return mine;
    }

    /** The whole work set of each key result of a scored objective; none for a METRIC or MILESTONE key result. */
    static List<WorkSetMembers> workSetsOf(ObjectiveScore objective) {
        List<WorkSetMembers> workSets = new ArrayList<>();
        for (KeyResultScore kr : objective.keyResults()) {
            workSets.add(
                    kr.explanation() instanceof WorkExplanation work
                            ? WorkSetMembers.of(kr.id(), work.workSet())
                            : WorkSetMembers.none(kr.id()));
        }
        return workSets;
    }

    /**
     * These issues' membership in the work set of each key result of a scored objective (a binary search per issue
     * and key result, no scan of the work sets).
     */
    static List<WorkSetMembers> workSetsWithin(ObjectiveScore objective, Set<IssueId> issues) {
        List<WorkSetMembers> workSets = new ArrayList<>();
        for (KeyResultScore kr : objective.keyResults()) {
            workSets.add(
                    kr.explanation() instanceof WorkExplanation work
                            ? WorkSetMembers.within(kr.id(), work.workSet(), issues)
                            : new WorkSetMembers(kr.id(), Set.of(), Set.of(), issues));
        }
        return workSets;
    }

    /** The rows of a scored objective: its own, then one per key result. */
    static List<StoredProgress> rowsOf(ObjectiveScore objective, Instant computedAt) {
        List<StoredProgress> rows = new ArrayList<>();
        rows.add(StoredProgress.of(objective, computedAt));
        for (KeyResultScore kr : objective.keyResults()) {
            rows.add(StoredProgress.of(kr, computedAt));
        }
        return rows;
    }

    /** The expected version of each row: the observed one, 0 for a subject that has no row yet. */
    static Map<ProgressSubject, Long> expectedVersions(List<Group> groups, Map<ProgressSubject, Long> observed) {
        Map<ProgressSubject, Long> expected = new HashMap<>();
        for (Group group : groups) {
            for (StoredProgress row : group.rows()) {
                expected.put(row.subject(), observed.getOrDefault(row.subject(), 0L));
            }
        }
        return expected;
    }
}
