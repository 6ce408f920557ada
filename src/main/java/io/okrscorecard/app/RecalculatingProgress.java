package io.okrscorecard.app;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.KeyResultKind;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.perspective.Thresholds;
import io.okrscorecard.core.port.DirtyKeyResultJournal;
import io.okrscorecard.core.port.MaterialisedProgressRepository;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.SnapshotRepository;
import io.okrscorecard.core.port.Transactions;
import io.okrscorecard.core.port.VersionConflictException;
import io.okrscorecard.core.port.WorkItemSource;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.recompute.LiveScorecard;
import io.okrscorecard.core.recompute.ScorecardCalculator;
import io.okrscorecard.core.recompute.ScorecardDefinition;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.rollup.WorkRollup;
import io.okrscorecard.core.rollup.WorkSet;
import io.okrscorecard.core.scoring.KeyResultScore;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.scoring.StatusRule;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the materialised progress of key results and their objectives up to date with Jira: incrementally after issue
 * events or a check-in, or in full for every cycle (the nightly reconciliation, which also records the day's
 * snapshots).
 *
 * <p>Every write is conditional (ADR 0007): the versions of the rows are observed <em>before</em> the data is read,
 * and the rows are stored only if nobody stored a newer version in between; otherwise the recalculation reads and
 * computes again. So a result computed from data older than a stored row never replaces it, on one node or across
 * the cluster. Only the writes of one recalculation share a transaction.
 *
 * <p>After it stored an objective's rows, this node keeps the objective's expanded work state in a bounded
 * {@link WorkStateCache}, tagged with the stored versions. An issue event that changes fields of an existing work item
 * ({@link #apply}) then re-reads that one item, patches it into the kept state and stores the objective's rows on the
 * condition that their versions are still the kept ones: a few statements instead of reading the key result's whole
 * work again. Whenever that condition does not hold (another node or thread wrote, the settings changed, the item's
 * membership changed, the state was evicted), the objective is recomputed in full, which keeps its state again.
 */
public final class RecalculatingProgress {
    private static final Logger LOG = LoggerFactory.getLogger(RecalculatingProgress.class);

    /** Status of the rows of key results that measure no objective; the store keeps no status, only progress. */
    private static final StatusRule NO_CYCLE_RULE = new StatusRule(StatusMode.ABSOLUTE, 0);

    /** Full recalculations of key results whose rows another writer overtook, before they are journalled instead. */
    static final int ATTEMPTS = 3;

    /** Told how far a full recalculation has come, e.g. to show a progress bar on the admin page. */
    @FunctionalInterface
    public interface ProgressListener {
        ProgressListener NONE = (done, total) -> {};

        /** {@code done} of {@code total} objectives are recalculated; called with {@code done == 0} first. */
        void progressed(int done, int total);
    }

    /**
     * What an incremental recalculation did.
     *
     * @param rowsSaved key result and objective rows written
     * @param journalled true when it failed and the key results were marked dirty for the reconciliation job
     */
    public record Outcome(Set<KeyResultId> keyResults, int rowsSaved, boolean journalled) {
        public Outcome {
            keyResults = Set.copyOf(keyResults);
        }

        public boolean succeeded() {
            return !journalled;
        }
    }

    /**
     * What a full recalculation did.
     *
     * @param failedCycles cycles that could not be computed or saved (logged); the others were
     */
    public record FullOutcome(
            LocalDate day, int cycles, int objectives, int keyResults, int rowsSaved, List<CycleId> failedCycles) {
        public FullOutcome {
            failedCycles = List.copyOf(failedCycles);
        }
    }

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
     */
    private record Group(
            ObjectiveId objective,
            Set<KeyResultId> requested,
            List<StoredProgress> rows,
            LiveScorecard live,
            Set<KeyResultId> keyResults,
            Map<ProgressSubject, Long> dependencies,
            Set<KeyResultId> sharing) {

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
    private record Saved(List<Group> written, Map<ProgressSubject, StoredProgress> stored, List<Group> overtaken) {
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

    private final ObjectiveSource objectives;
    private final WorkItemSource work;
    private final ScorecardSettingsRepository settings;
    private final MaterialisedProgressRepository progress;
    private final SnapshotRepository snapshots;
    private final DirtyKeyResultJournal journal;
    private final Transactions transactions;
    private final Clock clock;
    private final WorkStateCache cache;
    private final KeptSettings keptSettings;

    public RecalculatingProgress(
            ObjectiveSource objectives,
            WorkItemSource work,
            ScorecardSettingsRepository settings,
            MaterialisedProgressRepository progress,
            SnapshotRepository snapshots,
            DirtyKeyResultJournal journal,
            Transactions transactions,
            Clock clock) {
        this(
                objectives,
                work,
                settings,
                progress,
                snapshots,
                journal,
                transactions,
                clock,
                WorkStateCache.withConfiguredBudget().itemBudget());
    }

    /** @param cachedItems the budget of this node's {@link WorkStateCache} in work items; 0 keeps nothing */
    public RecalculatingProgress(
            ObjectiveSource objectives,
            WorkItemSource work,
            ScorecardSettingsRepository settings,
            MaterialisedProgressRepository progress,
            SnapshotRepository snapshots,
            DirtyKeyResultJournal journal,
            Transactions transactions,
            Clock clock,
            int cachedItems) {
        this.objectives = objectives;
        this.work = work;
        this.settings = settings;
        this.progress = progress;
        this.snapshots = snapshots;
        this.journal = journal;
        this.transactions = transactions;
        this.clock = clock;
        this.cache = new WorkStateCache(cachedItems);
        this.keptSettings = new KeptSettings(settings);
    }

    WorkStateCache cache() {
        return cache;
    }

    /**
     * Recomputes these key results, their sibling key results and their objectives from a fresh read of their work,
     * and stores their rows. A key result that measures no objective still gets its row, from its linked work. On any
     * failure (an unreachable database, a configuration problem, rows overtaken by other writers again and again) the
     * key results are marked dirty instead of being lost.
     */
    public Outcome recalculate(Collection<KeyResultId> keyResults) {
        Set<KeyResultId> requested = new TreeSet<>(ValidationException.requireValue(keyResults, "keyResults"));
        if (requested.isEmpty()) {
            return new Outcome(requested, 0, false);
        }
        return recalculateFully(requested);
    }

    /**
     * Applies what issue events changed: key results whose items only changed in place are patched into this node's
     * kept work state when it is still the stored one; everything else is recomputed as {@link #recalculate} does.
     * The stored rows are the same either way.
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
        Outcome full = recalculateFully(whole);
        return new Outcome(all, saved + full.rowsSaved(), full.journalled());
    }

    private Outcome recalculateFully(Set<KeyResultId> requested) {
        int saved = 0;
        Set<KeyResultId> pending = requested;
        try {
            for (int attempt = 1; attempt <= ATTEMPTS && !pending.isEmpty(); attempt++) {
                Saved written = writeFresh(pending);
                saved += written.rows();
                pending = written.overtakenKeyResults();
            }
        } catch (RuntimeException e) {
            LOG.warn(
                    "Recalculating {} key results failed ({}); marked dirty for the reconciliation job",
                    requested.size(),
                    e.toString());
            LOG.debug("Recalculation failure", e);
            journal.mark(requested);
            return new Outcome(requested, saved, true);
        }
        if (!pending.isEmpty()) {
            LOG.warn(
                    "{} key results were written by other writers during each of {} recalculations; marked dirty",
                    pending.size(),
                    ATTEMPTS);
            journal.mark(pending);
            return new Outcome(requested, saved, true);
        }
        return new Outcome(requested, saved, false);
    }

    /**
     * One full recalculation: observes the stored versions, reads the objectives and their work, scores each objective
     * with the objectives sharing its work, stores the rows of every objective whose versions did not move, and keeps
     * the work state of those objectives.
     */
    private Saved writeFresh(Set<KeyResultId> requested) {
        KeptSettings.Snapshot current = keptSettings.now();
        Instant computedAt = clock.instant();
        // the versions of the requested key results are observed before anything is read: any writer that stores
        // newer data for their objectives (also a changed objective definition) writes these rows too
        Map<ProgressSubject, Long> observed = versionsOf(keyResultSubjects(requested));
        Map<ObjectiveId, Objective> measured = new LinkedHashMap<>();
        for (Objective objective : objectives.objectivesMeasuredBy(requested)) {
            if (measured.putIfAbsent(objective.id(), objective) == null) {
                // replaced below; dropped now so that a large one can be collected while the new one is built
                cache.take(objective.id());
            }
        }
        Set<KeyResultId> defined = new HashSet<>();
        Set<KeyResultId> workKeyResults = new TreeSet<>();
        List<ProgressSubject> more = new ArrayList<>();
        for (Objective objective : measured.values()) {
            more.add(ProgressSubject.of(objective.id()));
            for (KeyResult kr : objective.keyResults()) {
                defined.add(kr.id());
                more.add(ProgressSubject.of(kr.id()));
                if (kr.kind() == KeyResultKind.WORK) {
                    workKeyResults.add(kr.id());
                }
            }
        }
        Set<KeyResultId> orphans = new TreeSet<>(requested);
        orphans.removeAll(defined);
        workKeyResults.addAll(orphans);
        more.removeIf(observed::containsKey);
        observed.putAll(versionsOf(more));

        WorkGraph graph = workKeyResults.isEmpty() ? new WorkGraph() : work.workFor(workKeyResults);

        List<Objective> scored = new ArrayList<>();
        for (Objective objective : measured.values()) {
            if (current.cycles().containsKey(objective.cycle())) {
                scored.add(objective);
            } else {
                LOG.debug("Objectives of unknown cycle {} are not scored", objective.cycle());
            }
        }
        Map<ObjectiveId, Set<KeyResultId>> sharingOf = new HashMap<>();
        Set<KeyResultId> outside = new TreeSet<>();
        for (Objective objective : scored) {
            Set<KeyResultId> sharing = sharingKeyResults(graph, workKeyResultsOf(objective));
            sharing.removeAll(keyResultIdsOf(objective));
            sharingOf.put(objective.id(), sharing);
            outside.addAll(sharing);
        }
        outside.removeAll(defined);
        outside.removeAll(orphans);
        // observed before their objectives are read: a change of their kind, objective or cycle is then caught later
        Map<ProgressSubject, Long> outsideVersions = versionsOf(keyResultSubjects(outside));
        Map<KeyResultId, Objective> owners = new HashMap<>();
        if (!outside.isEmpty()) {
            for (Objective objective : objectives.objectivesMeasuredBy(outside)) {
                for (KeyResult kr : objective.keyResults()) {
                    owners.putIfAbsent(kr.id(), objective);
                }
            }
        }
        for (Objective objective : measured.values()) {
            for (KeyResult kr : objective.keyResults()) {
                owners.put(kr.id(), objective);
            }
        }

        boolean ownGraph = scored.size() == 1 && orphans.isEmpty();
        List<Group> groups = new ArrayList<>();
        for (Objective objective : scored) {
            Set<KeyResultId> sharing = sharingOf.get(objective.id());
            Map<ObjectiveId, Objective> inDefinition = new LinkedHashMap<>();
            inDefinition.put(objective.id(), objective);
            for (KeyResultId other : sharing) {
                Objective owner = owners.get(other);
                if (owner != null && owner.cycle().equals(objective.cycle())) {
                    inDefinition.putIfAbsent(owner.id(), owner);
                }
            }
            ScorecardDefinition definition = new ScorecardDefinition(
                    current.cycles().get(objective.cycle()),
                    current.perspectives(),
                    current.app().rollup(),
                    current.app().statusMode(),
                    List.copyOf(inDefinition.values()));
            WorkGraph own = ownGraph ? graph : graph.cutFor(workKeyResultsOf(objective));
            LiveScorecard live = LiveScorecard.owning(definition, own, clock);
            ObjectiveScore score = live.scorecard()
                    .objective(objective.id())
                    .orElseThrow(() -> new IllegalStateException(objective.key() + " was not scored"));
            List<StoredProgress> rows = new ArrayList<>();
            rowsOf(score, computedAt, rows);
            Set<KeyResultId> answered = new TreeSet<>(keyResultIdsOf(objective));
            answered.retainAll(requested);
            groups.add(new Group(objective.id(), answered, rows, live, keyResultIdsOf(objective), Map.of(), sharing));
        }
        for (KeyResultId orphan : orphans) {
            groups.add(new Group(
                    null,
                    Set.of(orphan),
                    List.of(orphanRow(orphan, graph, current.app().rollup(), computedAt)),
                    null,
                    Set.of(orphan),
                    Map.of(),
                    Set.of()));
        }
        Map<ProgressSubject, Long> expected = new HashMap<>();
        for (Group group : groups) {
            for (StoredProgress row : group.rows()) {
                expected.put(row.subject(), observed.getOrDefault(row.subject(), 0L));
            }
        }
        Saved saved = saveGroups(groups, expected, true);
        for (Group group : saved.overtaken()) {
            if (group.objective() != null) {
                cache.take(group.objective());
            }
        }
        if (current.revision() != null) {
            for (Group group : saved.written()) {
                if (group.live() != null) {
                    Map<ProgressSubject, Long> dependencies = new HashMap<>();
                    for (KeyResultId other : group.sharing()) {
                        ProgressSubject subject = ProgressSubject.of(other);
                        StoredProgress now = saved.stored().get(subject);
                        dependencies.put(
                                subject,
                                now != null
                                        ? now.version()
                                        : outsideVersions.getOrDefault(subject, observed.getOrDefault(subject, 0L)));
                    }
                    cache.put(new WorkStateCache.Entry(
                            group.objective(),
                            current.revision(),
                            group.live(),
                            group.keyResults(),
                            storedOf(group, saved.stored()),
                            dependencies));
                }
            }
        }
        return saved;
    }

    /** Result of patching changed items into kept work states. */
    private record Patched(int rows, Set<KeyResultId> notPatched) {}

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
            String revision = settings.revision();
            if (revision == null) {
                byObjective.values().forEach(requested -> notPatched.addAll(requested.keySet()));
                return new Patched(0, notPatched);
            }
            cache.retainRevision(revision);
            Instant computedAt = clock.instant();
            Set<IssueId> ids = new LinkedHashSet<>();
            taken.forEach((objective, entry) -> {
                if (entry.revision().equals(revision)) {
                    byObjective.get(objective).values().forEach(ids::addAll);
                }
            });
            Map<IssueId, WorkItem> now = ids.isEmpty() ? Map.of() : work.items(ids);
            List<Group> groups = new ArrayList<>();
            Map<ObjectiveId, WorkStateCache.Entry> writing = new HashMap<>();
            List<WorkStateCache.Entry> unchanged = new ArrayList<>();
            Map<ProgressSubject, Long> expected = new HashMap<>();
            taken.forEach((objective, entry) -> {
                Map<KeyResultId, Set<IssueId>> requested = byObjective.get(objective);
                ObjectiveScore score = entry.revision().equals(revision) && patched(entry.live(), requested, now)
                        ? entry.live().scorecard().objective(objective).orElse(null)
                        : null;
                if (score == null) {
                    notPatched.addAll(requested.keySet());
                    return;
                }
                List<StoredProgress> rows = new ArrayList<>();
                rowsOf(score, computedAt, rows);
                if (sameAsStored(rows, entry.stored())) {
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
                        Set.of()));
                writing.put(objective, entry);
                expected.putAll(entry.expectedVersions());
            });
            keep.addAll(stillStored(unchanged, byObjective, notPatched));
            if (groups.isEmpty()) {
                return new Patched(0, notPatched);
            }
            Saved saved = saveGroups(groups, expected, false);
            for (Group group : saved.written()) {
                WorkStateCache.Entry entry = writing.get(group.objective());
                keep.add(entry.withStored(storedOf(group, saved.stored())));
            }
            notPatched.addAll(saved.overtakenKeyResults());
            return new Patched(saved.rows(), notPatched);
        } finally {
            keep.forEach(cache::put);
        }
    }

    /**
     * Puts the current snapshots of the changed items into the kept state, if each one is still a member of the same
     * work sets there: known to the state, held by the key result it changed for, same kind, same epic and same parent.
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
        Map<ProgressSubject, Long> stored = versionsOf(expected.keySet());
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

    /** Whether every row carries the numbers already stored for its subject. */
    private static boolean sameAsStored(List<StoredProgress> rows, Map<ProgressSubject, StoredProgress> stored) {
        for (StoredProgress row : rows) {
            StoredProgress before = stored.get(row.subject());
            if (before == null
                    || !before.progress().equals(row.progress())
                    || Double.compare(before.attainment(), row.attainment()) != 0
                    || !before.counts().equals(row.counts())
                    || before.policyUsed() != row.policyUsed()
                    || before.fellBackToCount() != row.fellBackToCount()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Stores the groups' rows on the condition of the expected versions. When some subjects moved, the groups touching
     * them are set aside as overtaken and the others are stored without them.
     *
     * @param ownTransaction true to run each attempt in a transaction of {@link #transactions}; false when the caller
     *     already runs one, or when the store's own transaction is enough
     */
    private Saved saveGroups(List<Group> groups, Map<ProgressSubject, Long> expected, boolean ownTransaction) {
        List<Group> remaining = new ArrayList<>(groups);
        List<Group> overtaken = new ArrayList<>();
        while (!remaining.isEmpty()) {
            List<StoredProgress> rows = new ArrayList<>();
            Map<ProgressSubject, Long> conditions = new HashMap<>();
            for (Group group : remaining) {
                for (StoredProgress row : group.rows()) {
                    rows.add(row);
                    conditions.put(row.subject(), expected.get(row.subject()));
                }
                group.dependencies().forEach(conditions::putIfAbsent);
            }
            try {
                Map<ProgressSubject, StoredProgress> stored = ownTransaction
                        ? transactions.inTransaction(() -> progress.saveIfUnchanged(rows, conditions))
                        : progress.saveIfUnchanged(rows, conditions);
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

    private static Map<ProgressSubject, StoredProgress> storedOf(
            Group group, Map<ProgressSubject, StoredProgress> stored) {
        Map<ProgressSubject, StoredProgress> mine = new HashMap<>();
        for (StoredProgress row : group.rows()) {
            mine.put(row.subject(), stored.get(row.subject()));
        }
        return mine;
    }

    /** The stored version of each subject that has a row, in O(1) statements. */
    private Map<ProgressSubject, Long> versionsOf(Collection<ProgressSubject> subjects) {
        Map<ProgressSubject, Long> versions = new HashMap<>();
        if (!subjects.isEmpty()) {
            progress.load(subjects).forEach((subject, row) -> versions.put(subject, row.version()));
        }
        return versions;
    }

    private static List<ProgressSubject> keyResultSubjects(Collection<KeyResultId> keyResults) {
        List<ProgressSubject> subjects = new ArrayList<>(keyResults.size());
        for (KeyResultId keyResult : keyResults) {
            subjects.add(ProgressSubject.of(keyResult));
        }
        return subjects;
    }

    private static Set<KeyResultId> keyResultIdsOf(Objective objective) {
        Set<KeyResultId> ids = new TreeSet<>();
        for (KeyResult kr : objective.keyResults()) {
            ids.add(kr.id());
        }
        return ids;
    }

    private static Set<KeyResultId> workKeyResultsOf(Objective objective) {
        Set<KeyResultId> ids = new TreeSet<>();
        for (KeyResult kr : objective.keyResults()) {
            if (kr.kind() == KeyResultKind.WORK) {
                ids.add(kr.id());
            }
        }
        return ids;
    }

    /**
     * The objectives these key results measure, scored afresh from Jira with the same arithmetic as a full recompute
     * (one scorecard per cycle, also holding the objectives that share work with them, so that shared items are
     * listed). Nothing is stored: this is what an explanation is built from.
     */
    public List<Scorecard> scoreAfresh(Collection<KeyResultId> keyResults) {
        return scoreAfresh(new TreeSet<>(ValidationException.requireValue(keyResults, "keyResults")), null)
                .scorecards();
    }

    /** As {@link #scoreAfresh(Collection)}, counting only the issues that pass {@code counted}. */
    public List<Scorecard> scoreAfresh(Collection<KeyResultId> keyResults, Predicate<IssueId> counted) {
        ValidationException.requireValue(counted, "counted");
        return scoreAfresh(new TreeSet<>(ValidationException.requireValue(keyResults, "keyResults")), counted)
                .scorecards();
    }

    /**
     * Scorecards per cycle, the objectives measured by the requested key results, and the orphans among them;
     * {@code counted} (null: everything) restricts the work to the issues that pass it.
     */
    private record Fresh(
            List<Scorecard> scorecards, Set<ObjectiveId> measured, Set<KeyResultId> orphans, WorkGraph graph) {}

    private Fresh scoreAfresh(Set<KeyResultId> requested, Predicate<IssueId> counted) {
        KeptSettings.Snapshot current = keptSettings.now();
        AppSettings app = current.app();
        Perspectives perspectives = current.perspectives();

        Map<CycleId, List<Objective>> measuredByCycle = new LinkedHashMap<>();
        Set<ObjectiveId> measuredIds = new HashSet<>();
        Set<KeyResultId> defined = new HashSet<>();
        Set<KeyResultId> workKeyResults = new TreeSet<>();
        for (Objective objective : objectives.objectivesMeasuredBy(requested)) {
            if (!measuredIds.add(objective.id())) {
                continue;
            }
            measuredByCycle
                    .computeIfAbsent(objective.cycle(), c -> new ArrayList<>())
                    .add(objective);
            for (KeyResult kr : objective.keyResults()) {
                defined.add(kr.id());
                if (kr.kind() == KeyResultKind.WORK) {
                    workKeyResults.add(kr.id());
                }
            }
        }
        Set<KeyResultId> orphans = new TreeSet<>(requested);
        orphans.removeAll(defined);
        workKeyResults.addAll(orphans);

        WorkGraph read = workKeyResults.isEmpty() ? new WorkGraph() : work.workFor(workKeyResults);
        WorkGraph graph = counted == null ? read : read.restrictedTo(counted);
        Map<CycleId, List<Objective>> sharingByCycle =
                sharingContext(graph, workKeyResults, defined, measuredIds, measuredByCycle.keySet());

        List<Scorecard> scorecards = new ArrayList<>();
        for (Map.Entry<CycleId, List<Objective>> entry : measuredByCycle.entrySet()) {
            Cycle cycle = current.cycle(entry.getKey()).orElse(null);
            if (cycle == null) {
                LOG.debug("Objectives of unknown cycle {} are not scored", entry.getKey());
                continue;
            }
            List<Objective> inDefinition = new ArrayList<>(entry.getValue());
            inDefinition.addAll(sharingByCycle.getOrDefault(entry.getKey(), List.of()));
            ScorecardDefinition definition =
                    new ScorecardDefinition(cycle, perspectives, app.rollup(), app.statusMode(), inDefinition);
            scorecards.add(ScorecardCalculator.compute(definition, graph, clock));
        }
        return new Fresh(scorecards, measuredIds, orphans, graph);
    }

    /**
     * The objectives, in the cycles being computed, of the other WORK key results that share work with these ones.
     * They are scored along (their rows are not stored) so that the shared-item counts of the stored rows list every
     * key result of the cycle, exactly as a full recompute does.
     */
    private Map<CycleId, List<Objective>> sharingContext(
            WorkGraph graph,
            Set<KeyResultId> workKeyResults,
            Set<KeyResultId> defined,
            Set<ObjectiveId> measuredIds,
            Set<CycleId> cycles) {
        Set<KeyResultId> others = sharingKeyResults(graph, workKeyResults);
        others.removeAll(defined);
        others.removeAll(workKeyResults);
        Map<CycleId, List<Objective>> byCycle = new LinkedHashMap<>();
        if (others.isEmpty()) {
            return byCycle;
        }
        Set<ObjectiveId> seen = new HashSet<>(measuredIds);
        for (Objective objective : objectives.objectivesMeasuredBy(others)) {
            if (cycles.contains(objective.cycle()) && seen.add(objective.id())) {
                byCycle.computeIfAbsent(objective.cycle(), c -> new ArrayList<>())
                        .add(objective);
            }
        }
        return byCycle;
    }

    /**
     * Every key result linking an issue that the work sets of these key results are built from (a contributor, the
     * epic of a contributor, a child of a contributing epic): the key results that can share items with them. Includes
     * these key results themselves.
     */
    private static Set<KeyResultId> sharingKeyResults(WorkGraph graph, Collection<KeyResultId> workKeyResults) {
        Set<KeyResultId> others = new TreeSet<>();
        for (KeyResultId kr : workKeyResults) {
            for (IssueId contributor : graph.contributorsOf(kr)) {
                others.addAll(graph.keyResultsLinking(contributor));
                WorkItem item = graph.item(contributor);
                if (item != null) {
                    others.addAll(graph.keyResultsLinking(item.epicId()));
                }
                for (WorkItem child : graph.childrenOf(contributor)) {
                    others.addAll(graph.keyResultsLinking(child.id()));
                }
            }
        }
        return others;
    }

    /**
     * Recomputes every objective and key result of every cycle, stores all rows and records today's snapshots. A
     * cycle that fails is logged and reported; the others are still recalculated. Rows that another writer stored
     * while a cycle was computed are left to that writer's newer data, and their key results are recalculated again
     * right after the cycle.
     */
    public FullOutcome recalculateAll(ProgressListener listener) {
        ProgressListener progressListener = listener == null ? ProgressListener.NONE : listener;
        LocalDate today = LocalDate.now(clock);
        KeptSettings.Snapshot current = keptSettings.now();
        List<Cycle> cycles = List.copyOf(current.cycles().values());
        Map<Cycle, List<Objective>> objectivesByCycle = new LinkedHashMap<>();
        List<CycleId> failed = new ArrayList<>();
        int total = 0;
        for (Cycle cycle : cycles) {
            try {
                List<Objective> inCycle = objectives.objectivesIn(cycle.id());
                objectivesByCycle.put(cycle, inCycle);
                total += inCycle.size();
            } catch (RuntimeException e) {
                LOG.warn("Reading the objectives of cycle {} failed: {}", cycle.id(), e.toString());
                LOG.debug("Reading failure", e);
                failed.add(cycle.id());
            }
        }
        progressListener.progressed(0, total);
        int done = 0;
        int keyResultCount = 0;
        int saved = 0;
        for (Map.Entry<Cycle, List<Objective>> entry : objectivesByCycle.entrySet()) {
            Cycle cycle = entry.getKey();
            try {
                Saved cycleSaved = recalculateCycle(cycle, entry.getValue(), current, today);
                saved += cycleSaved.rows();
                keyResultCount += entry.getValue().stream()
                        .mapToInt(o -> o.keyResults().size())
                        .sum();
                Set<KeyResultId> overtaken = cycleSaved.overtakenKeyResults();
                if (!overtaken.isEmpty()) {
                    saved += recalculate(overtaken).rowsSaved();
                }
            } catch (RuntimeException e) {
                LOG.warn("Recalculating cycle {} failed: {}", cycle.id(), e.toString());
                LOG.debug("Recalculation failure", e);
                failed.add(cycle.id());
            }
            done += entry.getValue().size();
            progressListener.progressed(done, total);
        }
        return new FullOutcome(today, cycles.size(), total, keyResultCount, saved, failed);
    }

    /**
     * One cycle: observes the versions of its rows, reads its objectives again (so that no definition read before the
     * observation is stored) and their work, and stores the rows of every objective nobody wrote meanwhile together
     * with the day's snapshots.
     */
    private Saved recalculateCycle(
            Cycle cycle, List<Objective> firstRead, KeptSettings.Snapshot current, LocalDate today) {
        Instant computedAt = clock.instant();
        Map<ProgressSubject, Long> observed = versionsOf(ProgressSubject.ofObjectivesAndKeyResults(firstRead));
        List<Objective> inCycle = objectives.objectivesIn(cycle.id());
        List<ProgressSubject> more = ProgressSubject.ofObjectivesAndKeyResults(inCycle);
        more.removeIf(observed::containsKey);
        observed.putAll(versionsOf(more));
        Set<KeyResultId> workKeyResults = new TreeSet<>();
        for (Objective objective : inCycle) {
            workKeyResults.addAll(workKeyResultsOf(objective));
        }
        WorkGraph graph = workKeyResults.isEmpty() ? new WorkGraph() : work.workFor(workKeyResults);
        ScorecardDefinition definition = new ScorecardDefinition(
                cycle,
                current.perspectives(),
                current.app().rollup(),
                current.app().statusMode(),
                inCycle);
        Scorecard scorecard = ScorecardCalculator.compute(definition, graph, clock);
        List<Group> groups = new ArrayList<>();
        Map<ProgressSubject, Long> expected = new HashMap<>();
        scorecard.objectives().forEach(objective -> {
            List<StoredProgress> rows = new ArrayList<>();
            rowsOf(objective, computedAt, rows);
            Set<KeyResultId> keyResults = new TreeSet<>();
            for (KeyResultScore kr : objective.keyResults()) {
                keyResults.add(kr.id());
            }
            for (StoredProgress row : rows) {
                expected.put(row.subject(), observed.getOrDefault(row.subject(), 0L));
            }
            groups.add(new Group(objective.id(), keyResults, rows, null, keyResults, Map.of(), Set.of()));
        });
        return transactions.inTransaction(() -> {
            Saved written =
                    groups.isEmpty() ? new Saved(List.of(), Map.of(), List.of()) : saveGroups(groups, expected, false);
            snapshots.record(today, scorecard);
            return written;
        });
    }

    private static void rowsOf(ObjectiveScore objective, Instant computedAt, List<StoredProgress> rows) {
        rows.add(StoredProgress.of(objective, computedAt));
        for (KeyResultScore kr : objective.keyResults()) {
            rows.add(StoredProgress.of(kr, computedAt));
        }
    }

    /**
     * A key result that measures no objective (not linked yet, or its objective link was removed): its kind is only
     * known through an objective, so its row shows the progress of its linked work, with no other key result to share
     * work with ("no linked work" when it has none).
     */
    private static StoredProgress orphanRow(KeyResultId id, WorkGraph graph, RollupSettings rollup, Instant at) {
        WorkRollup.Result result = WorkRollup.explain(WorkSet.expand(id, graph, rollup), rollup, List.of());
        KeyResultScore score = new KeyResultScore(
                id,
                null,
                "",
                KeyResultKind.WORK,
                Weight.ONE,
                result.progress(),
                result.progress().value(),
                NO_CYCLE_RULE.statusOf(result.progress(), Thresholds.DEFAULT),
                null,
                result.explanation());
        return StoredProgress.of(score, at);
    }
}
