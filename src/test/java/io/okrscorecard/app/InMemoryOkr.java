package io.okrscorecard.app;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.cycle.CycleEvent;
import io.okrscorecard.core.cycle.FrozenCycle;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.PerspectiveMapping;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.port.ChangeMark;
import io.okrscorecard.core.port.CheckInRepository;
import io.okrscorecard.core.port.ConcurrentUpdateException;
import io.okrscorecard.core.port.CycleReviews;
import io.okrscorecard.core.port.DirtyKeyResultJournal;
import io.okrscorecard.core.port.MaterialisedProgressRepository;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.SnapshotRepository;
import io.okrscorecard.core.port.Transactions;
import io.okrscorecard.core.port.VersionConflictException;
import io.okrscorecard.core.port.WorkChains;
import io.okrscorecard.core.port.WorkItemSource;
import io.okrscorecard.core.port.WorkSetIndex;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.recompute.ScorecardCalculator;
import io.okrscorecard.core.recompute.ScorecardDefinition;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.scoring.KeyResultScore;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.PerspectiveScore;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.core.work.WorkChain;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * In-memory versions of every port the use cases call: a "Jira" (objectives and a full work graph, from which
 * {@link WorkItemSource#workFor} cuts the sub-graph a real source would read), the settings, the materialised progress
 * store with its newer-wins rule, the snapshots, the journal, the check-ins and transactions. Thread-safe: the
 * incremental rollup's worker reads while a test changes the data.
 */
public final class InMemoryOkr {

    public final FakeJira jira = new FakeJira();
    public final FakeProgressStore progress = new FakeProgressStore();
    public final FakeSettings settings = new FakeSettings(progress::moveObjectiveVersions);
    public final FakeSnapshots snapshots = new FakeSnapshots();
    public final FakeJournal journal = new FakeJournal();
    public final FakeCheckIns checkIns = new FakeCheckIns();
    public final CountingTransactions transactions = new CountingTransactions();

    public InMemoryOkr() {
        jira.readCheckInsFrom(checkIns);
    }

    public RecalculatingProgress recalculating(Clock clock) {
        return new RecalculatingProgress(jira, jira, settings, progress, snapshots, journal, transactions, clock);
    }

    /** A node that keeps the work-set index {@code index} with the progress rows, as the app in Jira does. */
    public RecalculatingProgress recalculating(Clock clock, WorkSetIndex index) {
        return new RecalculatingProgress(
                jira, jira, settings, progress, snapshots, journal, transactions, clock, index);
    }

    /** A node whose work-state cache keeps at most {@code cachedItems} work items. */
    public RecalculatingProgress recalculating(Clock clock, int cachedItems) {
        return new RecalculatingProgress(
                jira, jira, settings, progress, snapshots, journal, transactions, clock, cachedItems);
    }

    /** The incremental apply of a node of its own (with its own recalculation and work-state cache). */
    public ApplyingIssueChanges applying(Clock clock) {
        return applying(recalculating(clock), clock);
    }

    /** The incremental apply of a node whose recalculation (and work-state cache) is {@code recalculating}. */
    public ApplyingIssueChanges applying(RecalculatingProgress recalculating, Clock clock) {
        return new ApplyingIssueChanges(recalculating, jira, clock);
    }

    /** Fresh scoring for explanations over the in-memory Jira. */
    public ScoringAfresh scoring(Clock clock) {
        return new ScoringAfresh(jira, jira, settings, clock);
    }

    /**
     * The rows a full recompute of every cycle gives over the whole graph, without computedAt and version: what the
     * store must hold once every change has been applied.
     */
    public Map<ProgressSubject, Row> expectedRows(Clock clock) {
        Map<ProgressSubject, Row> rows = new TreeMap<>(InMemoryOkr::compare);
        for (Cycle cycle : settings.cycles()) {
            for (ObjectiveScore objective :
                    fullScorecard(cycle, clock).objectives().toList()) {
                rows.put(ProgressSubject.of(objective.id()), Row.of(StoredProgress.of(objective, clock.instant())));
                for (KeyResultScore kr : objective.keyResults()) {
                    rows.put(ProgressSubject.of(kr.id()), Row.of(StoredProgress.of(kr, clock.instant())));
                }
            }
        }
        return rows;
    }

    public Scorecard fullScorecard(Cycle cycle, Clock clock) {
        AppSettings app = settings.appSettings();
        ScorecardDefinition definition = new ScorecardDefinition(
                cycle, settings.perspectives(), app.rollup(), app.statusMode(), jira.objectivesIn(cycle.id()));
        return jira.withGraph(graph -> ScorecardCalculator.compute(definition, graph, clock));
    }

    /** The stored rows of the subjects a full recompute knows, in the same form as {@link #expectedRows}. */
    public Map<ProgressSubject, Row> storedRows(Collection<ProgressSubject> subjects) {
        Map<ProgressSubject, Row> rows = new TreeMap<>(InMemoryOkr::compare);
        progress.load(subjects).forEach((subject, row) -> rows.put(subject, Row.of(row)));
        return rows;
    }

    private static int compare(ProgressSubject a, ProgressSubject b) {
        int kind = a.kind().compareTo(b.kind());
        return kind != 0 ? kind : Long.compare(a.issueId(), b.issueId());
    }

    /** A stored row without the fields that depend on when and how often it was written. */
    public record Row(
            Progress progress,
            double attainment,
            StoredProgress.WorkCounts counts,
            RollupPolicy policyUsed,
            boolean fellBackToCount) {
        public static Row of(StoredProgress row) {
            return new Row(row.progress(), row.attainment(), row.counts(), row.policyUsed(), row.fellBackToCount());
        }
    }

    /** Jira as the objective and work-item sources see it. */
    public static final class FakeJira implements ObjectiveSource, WorkItemSource, WorkChains {
        private final WorkGraph graph = new WorkGraph();
        private final Map<ObjectiveId, Objective> objectives = new LinkedHashMap<>();
        private volatile CheckInRepository checkIns;
        public final AtomicInteger objectiveReads = new AtomicInteger();
        public final AtomicInteger workReads = new AtomicInteger();
        public final AtomicInteger itemReads = new AtomicInteger();
        private volatile RuntimeException failure;
        private volatile Runnable beforeRead = () -> {};

        /** Objectives are read with the check-in histories of this repository, e.g. the real store. */
        public FakeJira readCheckInsFrom(CheckInRepository repository) {
            checkIns = repository;
            return this;
        }

        public synchronized FakeJira objective(Objective objective) {
            objectives.put(objective.id(), objective);
            return this;
        }

        public synchronized FakeJira put(WorkItem item) {
            graph.put(item);
            return this;
        }

        public synchronized FakeJira remove(IssueId id) {
            graph.remove(id);
            return this;
        }

        public synchronized FakeJira link(KeyResultId keyResult, IssueId issue) {
            graph.link(keyResult, issue);
            return this;
        }

        public synchronized FakeJira unlink(KeyResultId keyResult, IssueId issue) {
            graph.unlink(keyResult, issue);
            return this;
        }

        /** The chain of a work item as the whole graph holds it (what a real source reads step by step). */
        @Override
        public synchronized WorkChain chainOf(IssueId issue) {
            failIfAsked();
            return WorkChain.of(issue, graph);
        }

        /** Every later read fails with this exception ({@code null}: reads work again). */
        public void failWith(RuntimeException exception) {
            failure = exception;
        }

        public synchronized <T> T withGraph(java.util.function.Function<WorkGraph, T> reader) {
            return reader.apply(graph);
        }

        public synchronized List<Objective> objectives() {
            return List.copyOf(objectives.values());
        }

        /** The ids of every objective's key results, in the objectives' order. */
        public synchronized List<KeyResultId> keyResultIds() {
            List<KeyResultId> ids = new ArrayList<>();
            for (Objective objective : objectives()) {
                objective.keyResults().forEach(kr -> ids.add(kr.id()));
            }
            return ids;
        }

        @Override
        public synchronized List<Objective> objectivesIn(CycleId cycle) {
            failIfAsked();
            objectiveReads.incrementAndGet();
            List<Objective> result = new ArrayList<>();
            for (Objective objective : objectives.values()) {
                if (objective.cycle().equals(cycle)) {
                    result.add(withHistories(objective));
                }
            }
            return result;
        }

        /** Runs before every {@link #objectivesMeasuredBy} read, outside the lock, e.g. to hold the worker there. */
        public void beforeEachRead(Runnable hook) {
            beforeRead = hook;
        }

        @Override
        public synchronized Optional<Objective> objective(ObjectiveId id) {
            failIfAsked();
            objectiveReads.incrementAndGet();
            return Optional.ofNullable(objectives.get(id)).map(this::withHistories);
        }

        @Override
        public List<Objective> objectivesMeasuredBy(Collection<KeyResultId> keyResults) {
            beforeRead.run();
            return measuredBy(keyResults);
        }

        private synchronized List<Objective> measuredBy(Collection<KeyResultId> keyResults) {
            failIfAsked();
            objectiveReads.incrementAndGet();
            Set<KeyResultId> wanted = new HashSet<>(keyResults);
            List<Objective> result = new ArrayList<>();
            for (Objective objective : objectives.values()) {
                if (objective.keyResults().stream().anyMatch(kr -> wanted.contains(kr.id()))) {
                    result.add(withHistories(objective));
                }
            }
            return result;
        }

        private Objective withHistories(Objective objective) {
            List<KeyResult> krs = new ArrayList<>();
            for (KeyResult kr : objective.keyResults()) {
                KeyResult withHistory = kr;
                for (CheckIn checkIn : checkIns.history(kr.id())) {
                    withHistory = withHistory.withCheckIn(checkIn);
                }
                krs.add(withHistory);
            }
            return objective.withKeyResults(krs);
        }

        /**
         * What a real source reads for these key results: their links and linked issues, the children of linked epics,
         * the epics of linked issues, and every other "contributes to" link of all those issues.
         */
        @Override
        public synchronized WorkGraph workFor(Collection<KeyResultId> keyResults) {
            failIfAsked();
            workReads.incrementAndGet();
            WorkGraph cut = new WorkGraph();
            Set<IssueId> issues = new HashSet<>();
            for (KeyResultId kr : keyResults) {
                for (IssueId contributor : graph.contributorsOf(kr)) {
                    issues.add(contributor);
                    for (WorkItem child : graph.childrenOf(contributor)) {
                        issues.add(child.id());
                    }
                    WorkItem item = graph.item(contributor);
                    if (item != null && item.epicId() != null) {
                        issues.add(item.epicId());
                    }
                }
            }
            for (IssueId id : issues) {
                WorkItem item = graph.item(id);
                if (item != null) {
                    cut.put(item);
                }
                for (KeyResultId linking : graph.keyResultsLinking(id)) {
                    cut.link(linking, id);
                }
            }
            return cut;
        }

        /** The current snapshots of these issues; deleted ones are absent. */
        @Override
        public synchronized Map<IssueId, WorkItem> items(Collection<IssueId> issues) {
            failIfAsked();
            itemReads.incrementAndGet();
            Map<IssueId, WorkItem> found = new LinkedHashMap<>();
            for (IssueId id : issues) {
                WorkItem item = graph.item(id);
                if (item != null) {
                    found.put(id, item);
                }
            }
            return found;
        }

        private void failIfAsked() {
            RuntimeException e = failure;
            if (e != null) {
                throw e;
            }
        }
    }

    /** The settings, and the closings and re-openings of cycles, which move the same revision as in the store. */
    public static final class FakeSettings implements ScorecardSettingsRepository, CycleReviews {
        private Perspectives perspectives = Perspectives.defaults();
        private PerspectiveMapping mapping = PerspectiveMapping.defaults();
        private AppSettings app = AppSettings.defaults();
        private final Map<CycleId, Cycle> cycles = new LinkedHashMap<>();
        private final Map<CycleId, FrozenCycle> frozen = new HashMap<>();
        private final List<CycleEvent> events = new ArrayList<>();
        private long revision;
        /** Moves the versions of the stored objective rows, as every save of the store does (ADR 0024). */
        private final Runnable objectiveRowsMoved;

        public FakeSettings() {
            this(() -> {});
        }

        public FakeSettings(Runnable objectiveRowsMoved) {
            this.objectiveRowsMoved = objectiveRowsMoved;
        }

        private void moveRevision() {
            revision++;
            objectiveRowsMoved.run();
        }

        @Override
        public synchronized String revision() {
            return Long.toString(revision);
        }

        @Override
        public synchronized Perspectives perspectives() {
            return perspectives;
        }

        @Override
        public synchronized void savePerspectives(Perspectives replacement) {
            perspectives = replacement;
            moveRevision();
        }

        @Override
        public synchronized PerspectiveMapping perspectiveMapping() {
            return mapping;
        }

        @Override
        public synchronized void savePerspectiveMapping(PerspectiveMapping replacement) {
            mapping = replacement;
            moveRevision();
        }

        @Override
        public synchronized AppSettings appSettings() {
            return app;
        }

        @Override
        public synchronized void saveAppSettings(AppSettings settings) {
            app = settings;
            moveRevision();
        }

        @Override
        public synchronized List<Cycle> cycles() {
            return List.copyOf(cycles.values());
        }

        @Override
        public synchronized Optional<Cycle> cycle(CycleId id) {
            return Optional.ofNullable(cycles.get(id));
        }

        @Override
        public synchronized void saveCycle(Cycle cycle) {
            cycles.put(cycle.id(), cycle);
            moveRevision();
        }

        @Override
        public synchronized boolean deleteCycle(CycleId id) {
            moveRevision();
            return cycles.remove(id) != null;
        }

        @Override
        public synchronized Set<CycleId> closedCycles() {
            return Set.copyOf(frozen.keySet());
        }

        @Override
        public synchronized Optional<FrozenCycle> frozen(CycleId cycle) {
            return Optional.ofNullable(frozen.get(cycle));
        }

        @Override
        public synchronized List<CycleEvent> history(CycleId cycle) {
            return events.stream().filter(event -> event.cycle().equals(cycle)).toList();
        }

        @Override
        public synchronized void close(CycleEvent closing, FrozenCycle snapshot) {
            if (frozen.putIfAbsent(closing.cycle(), snapshot) != null) {
                throw new ConcurrentUpdateException(closing.cycle().value(), "closed already");
            }
            events.add(closing);
            moveRevision();
        }

        @Override
        public synchronized void reopen(CycleEvent reopening) {
            if (frozen.remove(reopening.cycle()) == null) {
                throw new ConcurrentUpdateException(reopening.cycle().value(), "not closed");
            }
            events.add(reopening);
            moveRevision();
        }
    }

    /** Materialised progress with the store's rules: newer computedAt wins, a lost race writes nothing. */
    public static final class FakeProgressStore implements MaterialisedProgressRepository {
        private final Map<ProgressSubject, StoredProgress> rows = new HashMap<>();
        /** The id of each subject's row: the count of rows written when it was written. */
        private final Map<ProgressSubject, Long> ids = new HashMap<>();
        /** Counts the rows ever written, standing in for the table's newest id. */
        private long written;

        public final AtomicInteger saves = new AtomicInteger();
        public final AtomicInteger conflicts = new AtomicInteger();
        /** Calls of {@link #countStored}. */
        public final AtomicInteger counts = new AtomicInteger();

        private int racesToLose;

        /** The next {@code count} saves lose a race and throw {@link ConcurrentUpdateException}. */
        public synchronized void loseNextRaces(int count) {
            racesToLose = count;
        }

        @Override
        public synchronized Map<ProgressSubject, StoredProgress> save(Collection<StoredProgress> toSave) {
            if (racesToLose > 0) {
                racesToLose--;
                throw new ConcurrentUpdateException("KEY_RESULT", "a concurrent writer won");
            }
            saves.incrementAndGet();
            Map<ProgressSubject, StoredProgress> stored = new LinkedHashMap<>();
            for (StoredProgress row : toSave) {
                StoredProgress current = rows.get(row.subject());
                if (current != null && row.computedAt().isBefore(current.computedAt())) {
                    continue;
                }
                StoredProgress stamped = row.withVersion(current == null ? 1 : current.version() + 1);
                rows.put(row.subject(), stamped);
                stored.put(row.subject(), stamped);
                ids.put(row.subject(), ++written);
            }
            return stored;
        }

        /** The store's conditional write: every expected version must still be stored, or nothing is written. */
        @Override
        public synchronized Map<ProgressSubject, StoredProgress> saveIfUnchanged(
                Collection<StoredProgress> toSave, Map<ProgressSubject, Long> expected) {
            if (racesToLose > 0) {
                racesToLose--;
                throw new ConcurrentUpdateException("KEY_RESULT", "a concurrent writer won");
            }
            Set<ProgressSubject> moved = new HashSet<>();
            expected.forEach((subject, version) -> {
                StoredProgress current = rows.get(subject);
                if ((current == null ? 0 : current.version()) != version) {
                    moved.add(subject);
                }
            });
            for (StoredProgress row : toSave) {
                if (!expected.containsKey(row.subject())) {
                    throw new IllegalArgumentException("no expected version for " + row.subject());
                }
            }
            if (!moved.isEmpty()) {
                conflicts.incrementAndGet();
                throw new VersionConflictException(moved, moved + " moved");
            }
            saves.incrementAndGet();
            Map<ProgressSubject, StoredProgress> stored = new LinkedHashMap<>();
            for (StoredProgress row : toSave) {
                StoredProgress stamped = row.withVersion(expected.get(row.subject()) + 1);
                rows.put(row.subject(), stamped);
                stored.put(row.subject(), stamped);
                ids.put(row.subject(), ++written);
            }
            return stored;
        }

        @Override
        public synchronized Map<ProgressSubject, StoredProgress> load(Collection<ProgressSubject> subjects) {
            Map<ProgressSubject, StoredProgress> found = new LinkedHashMap<>();
            for (ProgressSubject subject : subjects) {
                StoredProgress row = rows.get(subject);
                if (row != null) {
                    found.put(subject, row);
                }
            }
            return found;
        }

        @Override
        public synchronized void delete(Collection<ProgressSubject> subjects) {
            subjects.forEach(rows::remove);
            subjects.forEach(ids::remove);
        }

        @Override
        public synchronized ChangeMark changeMark() {
            return new ChangeMark(written, rows.size());
        }

        @Override
        public synchronized RowsAfter rowsAfter(long row, int limit) {
            List<Map.Entry<ProgressSubject, Long>> after = new ArrayList<>();
            ids.entrySet().stream()
                    .filter(id -> id.getValue() > row)
                    .sorted(Map.Entry.comparingByValue())
                    .forEach(after::add);
            Map<ProgressSubject, StoredProgress> found = new LinkedHashMap<>();
            long newest = row;
            for (Map.Entry<ProgressSubject, Long> id : after.subList(0, Math.min(limit, after.size()))) {
                found.put(id.getKey(), rows.get(id.getKey()));
                newest = Math.max(newest, id.getValue());
            }
            return new RowsAfter(row, newest, found, after.size() <= limit);
        }

        @Override
        public synchronized long countStored(Collection<ProgressSubject> subjects) {
            counts.incrementAndGet();
            return new HashSet<>(subjects).stream().filter(rows::containsKey).count();
        }

        /** The stored version of each of these subjects that has a row. */
        public synchronized Map<ProgressSubject, Long> versionsOf(Collection<ProgressSubject> subjects) {
            Map<ProgressSubject, Long> versions = new HashMap<>();
            for (ProgressSubject subject : subjects) {
                StoredProgress row = rows.get(subject);
                if (row != null) {
                    versions.put(subject, row.version());
                }
            }
            return versions;
        }

        /** Every objective row at its next version, numbers unchanged: what a settings save does (ADR 0024). */
        public synchronized void moveObjectiveVersions() {
            for (Map.Entry<ProgressSubject, StoredProgress> row : rows.entrySet()) {
                if (row.getKey().kind() == ProgressSubject.Kind.OBJECTIVE) {
                    row.setValue(row.getValue().withVersion(row.getValue().version() + 1));
                    ids.put(row.getKey(), ++written);
                }
            }
        }

        public synchronized Optional<StoredProgress> row(ProgressSubject subject) {
            return Optional.ofNullable(rows.get(subject));
        }

        public synchronized int size() {
            return rows.size();
        }
    }

    /** One point per subject and day, replaced when the day is recorded again. */
    public static final class FakeSnapshots implements SnapshotRepository {
        private final Map<Subject, TreeMap<LocalDate, Progress>> points = new HashMap<>();
        public final AtomicInteger records = new AtomicInteger();

        @Override
        public synchronized void record(LocalDate day, Scorecard scorecard) {
            records.incrementAndGet();
            CycleId cycle = scorecard.cycle();
            put(new Subject(cycle, Subject.Kind.SCORECARD, cycle.value()), day, scorecard.progress());
            for (PerspectiveScore perspective : scorecard.perspectives()) {
                put(
                        new Subject(
                                cycle,
                                Subject.Kind.PERSPECTIVE,
                                perspective.perspective().key().value()),
                        day,
                        perspective.progress());
            }
            scorecard.objectives().forEach(o -> {
                put(new Subject(cycle, Subject.Kind.OBJECTIVE, o.id().toString()), day, o.progress());
                for (KeyResultScore kr : o.keyResults()) {
                    put(new Subject(cycle, Subject.Kind.KEY_RESULT, kr.id().toString()), day, kr.progress());
                }
            });
        }

        private void put(Subject subject, LocalDate day, Progress progress) {
            points.computeIfAbsent(subject, s -> new TreeMap<>()).put(day, progress);
        }

        @Override
        public synchronized Map<Subject, List<Point>> trends(
                Collection<Subject> subjects, LocalDate from, LocalDate to) {
            Map<Subject, List<Point>> result = new LinkedHashMap<>();
            for (Subject subject : subjects) {
                List<Point> list = new ArrayList<>();
                points.getOrDefault(subject, new TreeMap<>())
                        .subMap(from, true, to, true)
                        .forEach((day, progress) -> list.add(new Point(day, progress)));
                result.put(subject, list);
            }
            return result;
        }

        public synchronized int pointCount() {
            return points.values().stream().mapToInt(Map::size).sum();
        }
    }

    public static final class FakeJournal implements DirtyKeyResultJournal {
        private final List<Entry> entries = new ArrayList<>();
        private long nextId = 1;
        public final AtomicInteger marks = new AtomicInteger();
        /** The {@code max} of every {@link #oldest} call, in order. */
        public final List<Integer> oldestRequests = new ArrayList<>();

        @Override
        public synchronized void mark(Collection<KeyResultId> keyResults) {
            marks.incrementAndGet();
            for (KeyResultId id : keyResults) {
                entries.add(new Entry(nextId++, id));
            }
        }

        @Override
        public synchronized List<Entry> oldest(int max) {
            oldestRequests.add(max);
            return List.copyOf(entries.subList(0, Math.min(max, entries.size())));
        }

        @Override
        public synchronized void remove(Collection<Entry> removed) {
            entries.removeAll(new HashSet<>(removed));
        }

        @Override
        public synchronized int size() {
            return entries.size();
        }

        public synchronized Set<KeyResultId> keyResults() {
            Set<KeyResultId> ids = new java.util.TreeSet<>();
            entries.forEach(e -> ids.add(e.keyResult()));
            return ids;
        }
    }

    public static final class FakeCheckIns implements CheckInRepository {
        private final Map<KeyResultId, List<CheckIn>> histories = new HashMap<>();

        @Override
        public synchronized void append(KeyResultId keyResult, CheckIn checkIn) {
            histories.computeIfAbsent(keyResult, k -> new ArrayList<>()).add(checkIn);
        }

        @Override
        public synchronized List<CheckIn> history(KeyResultId keyResult) {
            return List.copyOf(histories.getOrDefault(keyResult, List.of()));
        }

        @Override
        public synchronized Map<KeyResultId, List<CheckIn>> histories(Collection<KeyResultId> keyResults) {
            Map<KeyResultId, List<CheckIn>> result = new LinkedHashMap<>();
            for (KeyResultId id : keyResults) {
                result.put(id, history(id));
            }
            return result;
        }
    }

    public static final class CountingTransactions implements Transactions {
        public final AtomicInteger count = new AtomicInteger();

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            count.incrementAndGet();
            return work.get();
        }
    }
}
