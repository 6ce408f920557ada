package io.okrscorecard.app;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.ChangeMark;
import io.okrscorecard.core.port.MaterialisedProgressRepository;
import io.okrscorecard.core.port.MaterialisedProgressRepository.RowsAfter;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings what a node kept of a cycle up to the progress rows written since, instead of reading the whole cycle again:
 * the rows with an id above the newest one it has seen (one statement over the primary key, as every write inserts its
 * rows with new ids), the objectives those rows belong to read again from Jira (with their key results and check-ins;
 * a row of an issue the cycle did not hold may be an objective or key result that joined it), and a count of the
 * stored rows of the subjects it now holds rows for, which must equal their number: a row deleted without a successor
 * (a deleted issue) lowers it, and then the cycle is read afresh; a row rewritten meanwhile still counts, and the next
 * read brings it. The count is left out when the table's number of rows did not move and every row read, now and at the
 * last refresh, was a new version of a row the cycle held: a delete would have lowered the number, and a new subject
 * that could hide it would be among the rows read, as every row committed before the observation is. This holds
 * because a kept cycle is only brought forward, to observations read after the one it was brought to. Every change
 * the scorecard shows writes a row of the objective or key result it changed (ADR 0009), so the objectives whose rows
 * did not move are as Jira has them. See docs/adr/0010-kept-cycle-refreshed-by-changed-rows.md.
 */
final class KeptCycleRefresh {

    /**
     * Rows written since the cycle was kept beyond which it is read afresh: a recalculation rewrote most of the store,
     * and reading every objective of the cycle from one search is then cheaper than reading them one by one.
     */
    static final int MOST_ROWS = 500;

    /**
     * A cycle brought up to date: its objectives by key, their stored rows, the newest row id it reflects, and whether
     * the rows read were only new versions of rows it held.
     */
    record Refreshed(
            List<Objective> objectives, Map<ProgressSubject, StoredProgress> stored, long seen, boolean rewritesOnly) {}

    /**
     * Where a kept cycle stands: the newest row id it reflects, whether the rows read at its last refresh were only new
     * versions of rows it held, the table's number of rows at its stamp, and the change mark observed now.
     */
    record Since(long seen, boolean rewritesOnly, long rowsThen, ChangeMark now) {}

    private final ObjectiveSource objectiveSource;
    private final MaterialisedProgressRepository progress;

    KeptCycleRefresh(ObjectiveSource objectiveSource, MaterialisedProgressRepository progress) {
        this.objectiveSource = objectiveSource;
        this.progress = progress;
    }

    /**
     * The objectives and stored rows of {@code cycle} as the store and Jira have them now, from what was kept of it
     * with every row up to id {@code since.seen()}; empty when only reading the cycle afresh can tell (too many rows
     * written, or a kept row deleted without a successor).
     */
    Optional<Refreshed> refresh(
            CycleId cycle, List<Objective> objectives, Map<ProgressSubject, StoredProgress> stored, Since since) {
        RowsAfter after = progress.rowsAfter(since.seen(), MOST_ROWS);
        if (!after.complete()) {
            return Optional.empty();
        }
        // the observation may be older than rows already read (readers share observations, and rows committed after
        // it are read too): every row committed before it was read now or at an earlier refresh all the same, since
        // each refresh reads every row above the newest one read before it, and the observations a kept cycle is
        // brought up to follow one another (KeptCycles)
        boolean rewritesOnly = after.rows().values().stream()
                .allMatch(row -> stored.containsKey(row.subject())
                        && row.version() > stored.get(row.subject()).version());
        Map<ProgressSubject, StoredProgress> rows = new HashMap<>(stored);
        rows.putAll(after.rows());
        Map<ObjectiveId, Objective> byId = new LinkedHashMap<>();
        objectives.forEach(objective -> byId.put(objective.id(), objective));
        Map<ObjectiveId, Optional<Objective>> fresh = readAgain(owners(objectives), after.rows());
        Set<ProgressSubject> notHeld = new LinkedHashSet<>();
        fresh.forEach((id, objective) -> {
            if (objective.isPresent() && objective.get().cycle().equals(cycle)) {
                byId.put(id, objective.get());
                ProgressSubject.ofObjectivesAndKeyResults(List.of(objective.get())).stream()
                        .filter(subject -> !rows.containsKey(subject))
                        .forEach(notHeld::add);
            } else {
                byId.remove(id);
            }
        });
        if (!notHeld.isEmpty()) {
            rows.putAll(progress.load(notHeld));
        }
        List<Objective> refreshed = new ArrayList<>(byId.values());
        refreshed.sort(Comparator.comparing(Objective::key));
        List<ProgressSubject> subjects = ProgressSubject.ofObjectivesAndKeyResults(refreshed);
        Map<ProgressSubject, StoredProgress> held = new HashMap<>();
        for (ProgressSubject subject : subjects) {
            StoredProgress row = rows.get(subject);
            if (row != null) {
                held.put(subject, row);
            }
        }
        boolean noneDeleted = since.rewritesOnly()
                && rewritesOnly
                && since.rowsThen() == since.now().rows();
        if (!noneDeleted && !held.isEmpty() && progress.countStored(held.keySet()) != held.size()) {
            return Optional.empty();
        }
        return Optional.of(new Refreshed(List.copyOf(refreshed), Map.copyOf(held), after.newestRow(), rewritesOnly));
    }

    /**
     * The objectives that rows were written for, read again from Jira: the kept objectives the rows belong to, the
     * objectives the rows' key results measure now, and the objectives the rows are of. Absent: no longer an objective.
     */
    private Map<ObjectiveId, Optional<Objective>> readAgain(
            Map<ProgressSubject, ObjectiveId> owners, Map<ProgressSubject, StoredProgress> written) {
        Set<ObjectiveId> ids = new LinkedHashSet<>();
        List<KeyResultId> keyResults = new ArrayList<>();
        for (ProgressSubject subject : written.keySet()) {
            ObjectiveId owner = owners.get(subject);
            if (owner != null) {
                ids.add(owner);
            }
            if (subject.kind() == ProgressSubject.Kind.KEY_RESULT) {
                keyResults.add(KeyResultId.of(subject.issueId()));
            } else {
                ids.add(ObjectiveId.of(subject.issueId()));
            }
        }
        Map<ObjectiveId, Optional<Objective>> fresh = new LinkedHashMap<>();
        if (!keyResults.isEmpty()) {
            objectiveSource
                    .objectivesMeasuredBy(keyResults)
                    .forEach(objective -> fresh.put(objective.id(), Optional.of(objective)));
        }
        for (ObjectiveId id : ids) {
            if (!fresh.containsKey(id)) {
                fresh.put(id, objectiveSource.objective(id));
            }
        }
        return fresh;
    }

    /** The objective each subject of these objectives belongs to. */
    private static Map<ProgressSubject, ObjectiveId> owners(List<Objective> objectives) {
        Map<ProgressSubject, ObjectiveId> owners = new HashMap<>();
        for (Objective objective : objectives) {
            owners.put(ProgressSubject.of(objective.id()), objective.id());
            for (KeyResult keyResult : objective.keyResults()) {
                owners.put(ProgressSubject.of(keyResult.id()), objective.id());
            }
        }
        return owners;
    }
}
