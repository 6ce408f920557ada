package io.okrscorecard.app;

import io.okrscorecard.app.ProgressRows.Group;
import io.okrscorecard.app.ProgressRows.Saved;
import io.okrscorecard.app.RecalculatingProgress.Outcome;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.port.WorkItemSource;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.recompute.LiveScorecard;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.rollup.WorkSetMembers;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.work.WorkItem;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies what issue events changed to the materialised progress, as the event worker hands it over (ADR 0007).
 *
 * <p>After {@link RecalculatingProgress} stored an objective's rows, this node keeps the objective's expanded work
 * state in a bounded {@link WorkStateCache}, tagged with the stored versions. An issue event that changes fields of an
 * existing work item then re-reads that one item, patches it into the kept state and stores the rows whose numbers
 * changed, always with the objective's own row, on the condition that their versions are still the kept ones: two
 * statements instead of reading the key result's whole work again. The objective's row is written with every change
 * of any of its rows, and every settings save moves its version, so its version alone proves that nobody wrote the
 * objective's rows and that the settings are those of the kept state, without a read of the settings (ADR 0024).
 * Whenever that condition does not hold (another node or thread wrote, the settings changed), or the item's membership
 * changed or the state was evicted, the objective is recomputed in full by {@link RecalculatingProgress#recalculate},
 * which keeps its state again.
 */
public final class ApplyingIssueChanges {
    private static final Logger LOG = LoggerFactory.getLogger(ApplyingIssueChanges.class);

    /**
     * What issue events changed, as the event worker hands it over.
     *
     * @param whole key results whose work must be read again: their membership may have changed (links, epics,
     *     created, deleted or moved issues), or the key result or its objective itself changed
     * @param changedItems key results whose work only had these existing issues change in place (status, resolution,
     *     estimates, story points): they can be patched into the kept work state. A key result in {@code whole} is
     *     recomputed in full and left out here.
     */
    public record WorkChanges(Set<KeyResultId> whole, Map<KeyResultId, Set<IssueId>> changedItems) {
        public WorkChanges {
            Set<KeyResultId> full = Set.copyOf(ValidationException.requireValue(whole, "whole"));
            Map<KeyResultId, Set<IssueId>> items = new LinkedHashMap<>();
            ValidationException.requireValue(changedItems, "changedItems").forEach((keyResult, issues) -> {
                if (issues == null || issues.isEmpty()) {
                    throw new ValidationException("changedItems", "names no issue for key result " + keyResult);
                }
                if (!full.contains(keyResult)) {
                    items.put(keyResult, Set.copyOf(issues));
                }
            });
            whole = full;
            changedItems = Collections.unmodifiableMap(items);
        }

        /** Key results to recompute in full. */
        public static WorkChanges wholly(Collection<KeyResultId> keyResults) {
            return new WorkChanges(new HashSet<>(keyResults), Map.of());
        }

        /** Every key result named, in id order. */
        public Set<KeyResultId> keyResults() {
            Set<KeyResultId> all = new TreeSet<>(whole);
            all.addAll(changedItems.keySet());
            return all;
        }
    }

    /** Result of patching changed items into kept work states. */
    private record Patched(int rows, Set<KeyResultId> notPatched) {}

    private final RecalculatingProgress recalculating;
    private final WorkItemSource work;
    private final Clock clock;
    private final WorkStateCache cache;
    private final ProgressRows progressRows;

    /** @param recalculating recomputes what cannot be patched; its {@link WorkStateCache} is the one patched here */
    public ApplyingIssueChanges(RecalculatingProgress recalculating, WorkItemSource work, Clock clock) {
        this.recalculating = recalculating;
        this.work = work;
        this.clock = clock;
        this.cache = recalculating.cache();
        this.progressRows = recalculating.progressRows();
    }

    WorkStateCache cache() {
        return cache;
    }

    /**
     * Applies what issue events changed: key results whose items only changed in place are patched into this node's
     * kept work state when it is still the stored one; everything else is recomputed as
     * {@link RecalculatingProgress#recalculate} does. The stored rows are the same either way.
     */
    public Outcome apply(WorkChanges changes) {
        ValidationException.requireValue(changes, "changes");
        Set<KeyResultId> all = changes.keyResults();
        if (all.isEmpty()) {
            return new Outcome(all, 0, false);
        }
        Set<KeyResultId> whole = new TreeSet<>(changes.whole());
        int saved = 0;
        if (!changes.changedItems().isEmpty()) {
            try {
                Patched patched = patch(changes.changedItems());
                saved = patched.rows();
                whole.addAll(patched.notPatched());
            } catch (RuntimeException e) {
                LOG.debug("Applying changed items failed ({}); recomputing their key results in full", e.toString());
                whole.addAll(changes.changedItems().keySet());
            }
        }
        if (whole.isEmpty()) {
            return new Outcome(all, saved, false);
        }
        Outcome full = recalculating.recalculate(whole);
        return new Outcome(all, saved + full.rowsSaved(), full.journalled());
    }

    /**
     * Patches changed items into the kept work state of their objectives and stores the objectives' rows on the
     * condition that nobody wrote them since this node did. Returns the key results that could not be patched.
     */
    private Patched patch(Map<KeyResultId, Set<IssueId>> changedItems) {
        Set<KeyResultId> notPatched = new TreeSet<>();
        Map<ObjectiveId, Map<KeyResultId, Set<IssueId>>> byObjective = new LinkedHashMap<>();
        changedItems.forEach((keyResult, items) -> {
            ObjectiveId objective = cache.objectiveOf(keyResult);
            if (objective == null) {
                notPatched.add(keyResult);
            } else {
                byObjective
                        .computeIfAbsent(objective, o -> new LinkedHashMap<>())
                        .put(keyResult, items);
            }
        });
        Map<ObjectiveId, WorkStateCache.Entry> taken = new LinkedHashMap<>();
        byObjective.forEach((objective, requested) -> {
            WorkStateCache.Entry entry = cache.take(objective);
            if (entry == null) {
                notPatched.addAll(requested.keySet());
            } else {
                taken.put(objective, entry);
            }
        });
        if (taken.isEmpty()) {
            return new Patched(0, notPatched);
        }
        List<WorkStateCache.Entry> keep = new ArrayList<>();
        try {
            Instant computedAt = clock.instant();
            Set<IssueId> ids = new LinkedHashSet<>();
            taken.keySet()
                    .forEach(objective -> byObjective.get(objective).values().forEach(ids::addAll));
            Map<IssueId, WorkItem> now = work.items(ids);
            List<Group> groups = new ArrayList<>();
            Map<ObjectiveId, WorkStateCache.Entry> writing = new HashMap<>();
            List<WorkStateCache.Entry> unchanged = new ArrayList<>();
            Map<ProgressSubject, Long> expected = new HashMap<>();
            taken.forEach((objective, entry) -> {
                Map<KeyResultId, Set<IssueId>> requested = byObjective.get(objective);
                Set<IssueId> changed = new TreeSet<>();
                requested.values().forEach(changed::addAll);
                // only a resolution into or out of an excluded one moves an item between the index's lists
                List<WorkSetMembers> before = exclusionFlips(entry.live(), changed, now)
                        ? entry.live()
                                .objective(objective)
                                .map(held -> ProgressRows.workSetsWithin(held, changed))
                                .orElse(List.of())
                        : null;
                ObjectiveScore score = patched(entry.live(), requested, now)
                        ? entry.live().objective(objective).orElse(null)
                        : null;
                if (score == null) {
                    notPatched.addAll(requested.keySet());
                    return;
                }
                List<StoredProgress> rows = changedRows(ProgressRows.rowsOf(score, computedAt), entry.stored());
                if (rows.isEmpty()) {
                    unchanged.add(entry);
                    return;
                }
                groups.add(new Group(
                        objective,
                        requested.keySet(),
                        rows,
                        entry.live(),
                        entry.keyResults(),
                        entry.dependencies(),
                        Set.of(),
                        before == null
                                ? List.of()
                                : movedMembers(before, ProgressRows.workSetsWithin(score, changed))));
                writing.put(objective, entry);
                expected.putAll(entry.expectedVersionsOf(rows));
            });
            keep.addAll(stillStored(unchanged, byObjective, notPatched));
            if (groups.isEmpty()) {
                return new Patched(0, notPatched);
            }
            Saved saved = progressRows.save(groups, expected, false);
            for (Group group : saved.written()) {
                WorkStateCache.Entry entry = writing.get(group.objective());
                keep.add(entry.withNewlyStored(ProgressRows.storedOf(group, saved.stored())));
            }
            notPatched.addAll(saved.overtakenKeyResults());
            return new Patched(saved.rows(), notPatched);
        } finally {
            keep.forEach(cache::put);
        }
    }

    /**
     * Puts the current snapshots of the changed items into the kept state, if each one is still a member of the same
     * work sets there: known to the state, held by the key result it changed for, same kind, same epic, Parent Link and parent.
     * Anything else is a membership change (or a link the state does not know yet), which only a fresh read gets right.
     */
    private static boolean patched(
            LiveScorecard live, Map<KeyResultId, Set<IssueId>> requested, Map<IssueId, WorkItem> now) {
        for (Map.Entry<KeyResultId, Set<IssueId>> change : requested.entrySet()) {
            for (IssueId id : change.getValue()) {
                WorkItem before = live.item(id);
                WorkItem current = now.get(id);
                if (before == null
                        || current == null
                        || current.kind() != before.kind()
                        || !Objects.equals(current.epicId(), before.epicId())
                        || !Objects.equals(current.parentLinkId(), before.parentLinkId())
                        || !Objects.equals(current.parentId(), before.parentId())
                        || !live.keyResultsHolding(id).contains(change.getKey())) {
                    return false;
                }
                if (!current.equals(before)) {
                    live.put(current);
                }
            }
        }
        return true;
    }

    /**
     * Of the entries whose numbers the changes left alone, those whose rows (and dependencies) are still stored at the
     * kept versions, checked with one read: their stored rows are then exactly what a write would store. The others
     * were overtaken and their key results go to {@code notPatched}.
     */
    private List<WorkStateCache.Entry> stillStored(
            List<WorkStateCache.Entry> entries,
            Map<ObjectiveId, Map<KeyResultId, Set<IssueId>>> requested,
            Set<KeyResultId> notPatched) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<ProgressSubject, Long> expected = new HashMap<>();
        entries.forEach(entry -> expected.putAll(entry.expectedVersions()));
        Map<ProgressSubject, Long> stored = progressRows.versionsOf(expected.keySet());
        List<WorkStateCache.Entry> current = new ArrayList<>();
        for (WorkStateCache.Entry entry : entries) {
            boolean same = true;
            for (Map.Entry<ProgressSubject, Long> version :
                    entry.expectedVersions().entrySet()) {
                same &= stored.getOrDefault(version.getKey(), 0L).equals(version.getValue());
            }
            if (same) {
                current.add(entry);
            } else {
                notPatched.addAll(requested.get(entry.objective()).keySet());
            }
        }
        return current;
    }

    /**
     * The changed issues' membership in the work sets where it moved (an issue resolved as Won't Do goes from counted
     * to excluded): what the work-set index must store. A patch never changes the membership of other issues.
     */
    private static List<WorkSetMembers> movedMembers(List<WorkSetMembers> before, List<WorkSetMembers> after) {
        Map<KeyResultId, WorkSetMembers> previous = new HashMap<>();
        before.forEach(members -> previous.put(members.keyResult(), members));
        List<WorkSetMembers> moved = new ArrayList<>();
        for (WorkSetMembers members : after) {
            WorkSetMembers was = previous.get(members.keyResult());
            if (was == null
                    || !was.counted().equals(members.counted())
                    || !was.excluded().equals(members.excluded())) {
                moved.add(members);
            }
        }
        return moved;
    }

    /**
     * The rows to write of an objective's rows (its own first, as {@link ProgressRows#rowsOf} lists them): none when
     * every row carries the numbers already stored for its subject; otherwise the rows whose numbers changed and always
     * the objective's own, whose version guards the whole group (ADR 0024).
     */
    private static List<StoredProgress> changedRows(
            List<StoredProgress> rows, Map<ProgressSubject, StoredProgress> stored) {
        List<StoredProgress> changed = new ArrayList<>(rows.size());
        for (int i = 1; i < rows.size(); i++) {
            if (!sameNumbers(rows.get(i), stored.get(rows.get(i).subject()))) {
                changed.add(rows.get(i));
            }
        }
        StoredProgress own = rows.get(0);
        if (changed.isEmpty() && sameNumbers(own, stored.get(own.subject()))) {
            return List.of();
        }
        changed.add(0, own);
        return changed;
    }

    /** Whether the row carries the numbers stored before; {@code false} when nothing was stored. */
    private static boolean sameNumbers(StoredProgress row, StoredProgress before) {
        return before != null
                && before.progress().equals(row.progress())
                && Double.compare(before.attainment(), row.attainment()) == 0
                && before.counts().equals(row.counts())
                && before.policyUsed() == row.policyUsed()
                && before.fellBackToCount() == row.fellBackToCount();
    }

    /**
     * Whether a changed item is resolved into an excluded resolution or out of one: the only in-place change that moves
     * it between a work set's counted and excluded issues, which the work-set index stores.
     */
    private static boolean exclusionFlips(LiveScorecard live, Set<IssueId> changed, Map<IssueId, WorkItem> now) {
        RollupSettings rollup = live.definition().rollup();
        for (IssueId id : changed) {
            WorkItem before = live.item(id);
            WorkItem current = now.get(id);
            if (before == null
                    || current == null
                    || rollup.excludes(before.resolution()) != rollup.excludes(current.resolution())) {
                return true;
            }
        }
        return false;
    }
}
