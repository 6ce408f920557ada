package io.okrscorecard.bench;

import io.okrscorecard.app.ApplyingIssueChanges;
import io.okrscorecard.app.InMemoryOkr;
import io.okrscorecard.app.RecalculatingProgress;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.core.work.IssueKind;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.core.work.WorkItem;
import io.okrscorecard.store.ActiveObjectsTransactions;
import io.okrscorecard.store.AoDirtyKeyResultJournal;
import io.okrscorecard.store.AoMaterialisedProgressRepository;
import io.okrscorecard.store.AoScorecardSettingsRepository;
import io.okrscorecard.store.AoSnapshotRepository;
import io.okrscorecard.store.AoWorkSetIndex;
import io.okrscorecard.store.H2Store;
import io.okrscorecard.store.JiraTableNames;
import io.okrscorecard.store.TestActiveObjects;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * The incremental-apply budget of design section 6 in the app, with the real store: one status change of one work item,
 * applied the way the event worker applies it ({@link ApplyingIssueChanges#apply} of the affected key result with the
 * changed issue, including the database commit), against the physical floor measured in the same run on the same
 * database and connections: one single-row conditional write of the store with its commit. The budget: apply p50 at
 * most 2x the floor's p50, and apply p95 at most 2x the floor's p95. For information only, it also times a full
 * recompute ({@link RecalculatingProgress#recalculateAll}) of the same cycle and of the key result alone ({@link
 * RecalculatingProgress#recalculate}: what the worker does on a cache miss, and what it did for every event before
 * ADR 0007).
 *
 * <p>Jira is the in-memory {@link InMemoryOkr.FakeJira}: its reads are hash lookups, so the figures leave out the cost
 * of Jira's own searches and are a lower bound for a real Jira. The store is the Active Objects adapter on H2 or
 * PostgreSQL, as in {@link StoreBench}. One cycle: 20 objectives of 5 WORK key results. Key result 1 (objective 1)
 * links 100 epics of 1,000 stories (100,000 items); each of the other 99 links one epic of 100 stories (9,900 more).
 *
 * <p>Not JMH: each run writes to the database, so it is timed as a whole, after warm-ups, and reported as p50 / p95 /
 * max. System properties: {@code bench.db.url} (default an in-memory H2), {@code bench.db.user}, {@code
 * bench.db.password}, {@code bench.db.schema}, {@code bench.runs} (default 200: incremental runs per key result),
 * {@code bench.fullRuns} (default 10, after 3 warm-ups), {@code bench.warmups} (default 50), {@code bench.db.pool} (default true: closed
 * JDBC connections are reused, as from Jira's pool).
 */
public final class IncrementalApplyBench {

    private static final int OBJECTIVES = 20;
    private static final int KEY_RESULTS_PER_OBJECTIVE = 5;
    private static final int BIG_EPICS = 100;
    private static final int BIG_STORIES_PER_EPIC = 1000;
    private static final int SMALL_STORIES = 100;
    private static final int WARM_UPS = Integer.getInteger("bench.warmups", 50);
    private static final Instant NOW = Instant.parse("2026-11-16T00:00:00Z");
    /** The first issue id of the rows of the bare conditional writes: no issue of the cycle. */
    private static final long FLOOR_SUBJECT = 999_999_000L;
    /**
     * Rows of the bare conditional writes timed in each run: 1 is the floor; 2 (a key result and its objective: the rows
     * a status change alters, which the apply writes, ADR 0024) and 6 (all rows of an objective with 5 key results, what
     * the apply wrote before) show what the row count adds.
     */
    private static final int[] WRITE_SIZES = {1, 2, 6};

    private final TestActiveObjects ao;
    private final EntityManager entityManager;
    private final InMemoryOkr.FakeJira jira = new InMemoryOkr().jira;
    private final Random random = new Random(BenchData.SEED);
    private final TimedPorts timed = new TimedPorts();
    private final RecalculatingProgress recalculating;
    private final ApplyingIssueChanges applying;
    private final AoMaterialisedProgressRepository progress;
    private final List<KeyResultId> keyResults = new ArrayList<>();
    private final List<List<WorkItem>> storiesOf = new ArrayList<>();
    private int stories;
    private int epics;
    private long nextId = 1_000_000;

    private IncrementalApplyBench(EntityManager entityManager) {
        this.entityManager = entityManager;
        ao = new TestActiveObjects(entityManager);
        ActiveObjectsTransactions transactions = new ActiveObjectsTransactions(ao);
        AoScorecardSettingsRepository settings = new AoScorecardSettingsRepository(ao, transactions);
        progress = new AoMaterialisedProgressRepository(ao, transactions);
        settings.saveCycle(BenchData.CYCLE);
        settings.saveAppSettings(AppSettings.defaults()
                .withRollup(BenchData.settings(RollupPolicy.STORY_POINTS))
                .withStoryPointsFieldId("customfield_10106"));
        // a clock that ticks, half-way through the cycle, so that every write is newer than the stored row
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), NOW));
        TimedPorts.Source timedJira = timed.source(jira);
        ScorecardSettingsRepository timedSettings = timed.settings(settings);
        recalculating = new RecalculatingProgress(
                timedJira,
                timedJira,
                timedSettings,
                timed.progress(progress),
                new AoSnapshotRepository(ao, transactions),
                new AoDirtyKeyResultJournal(ao, transactions),
                timed.transactions(transactions),
                clock,
                // the work-set index, as the app in Jira keeps it (ADR 0021)
                new AoWorkSetIndex(ao, transactions));
        applying = new ApplyingIssueChanges(recalculating, timedJira, clock);
        seed();
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.db.url", "jdbc:h2:mem:okr-incremental;DB_CLOSE_DELAY=-1");
        if (Boolean.parseBoolean(System.getProperty("bench.db.pool", "true"))) {
            ReusingDriver.install(url);
        }
        EntityManager entityManager = EntityManagerBuilder.url(url)
                .username(System.getProperty("bench.db.user", "sa"))
                .password(System.getProperty("bench.db.password", ""))
                .schema(System.getProperty("bench.db.schema", url.startsWith("jdbc:postgresql") ? "public" : "PUBLIC"))
                .auto()
                .tableNameConverter(new JiraTableNames())
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .build();
        entityManager.migrateDestructively();
        // every table of the store, as Jira creates them (the settings read the cycle events, ADR 0018)
        H2Store.migrate(entityManager);
        try {
            new IncrementalApplyBench(entityManager)
                    .run(url, Integer.getInteger("bench.runs", 200), Integer.getInteger("bench.fullRuns", 10));
        } finally {
            entityManager.migrateDestructively();
            entityManager.getProvider().dispose();
        }
    }

    /** 20 objectives x 5 WORK key results; key result 1 has 100 epics x 1,000 stories, the others 1 epic x 100. */
    private void seed() {
        String[] perspectives = {"financial", "customer", "internal-processes", "learning-growth"};
        long keyResultId = 1;
        for (int o = 0; o < OBJECTIVES; o++) {
            List<KeyResult> krs = new ArrayList<>();
            for (int k = 0; k < KEY_RESULTS_PER_OBJECTIVE; k++) {
                KeyResultId kr = KeyResultId.of(keyResultId);
                krs.add(KeyResult.work(
                        kr, IssueKey.of("KR-" + keyResultId), "kr " + keyResultId, Weight.of(1 + random.nextInt(3))));
                keyResultId++;
                keyResults.add(kr);
                List<WorkItem> linked = new ArrayList<>();
                storiesOf.add(linked);
                boolean big = o == 0 && k == 0;
                int epicCount = big ? BIG_EPICS : 1;
                int perEpic = big ? BIG_STORIES_PER_EPIC : SMALL_STORIES;
                for (int e = 0; e < epicCount; e++) {
                    WorkItem epic = item(IssueKind.EPIC, null);
                    jira.put(epic);
                    jira.link(kr, epic.id());
                    epics++;
                    for (int s = 0; s < perEpic; s++) {
                        WorkItem story = item(IssueKind.STANDARD, epic.id());
                        jira.put(story);
                        linked.add(story);
                        stories++;
                    }
                }
            }
            jira.objective(new Objective(
                    ObjectiveId.of(100_000 + o),
                    IssueKey.of("O-" + (o + 1)),
                    "objective " + o,
                    PerspectiveKey.of(perspectives[o % perspectives.length]),
                    BenchData.CYCLE.id(),
                    Weight.ONE,
                    new Person("JIRAUSER10100", "Olivia Owner"),
                    Set.of(),
                    Set.of(),
                    krs));
        }
    }

    private WorkItem item(IssueKind kind, IssueId epic) {
        long id = nextId++;
        return new WorkItem(
                IssueId.of(id),
                IssueKey.of("W-" + id),
                kind,
                StatusCategory.values()[random.nextInt(3)],
                random.nextInt(10) == 0 ? "Won't Do" : null,
                random.nextInt(5) == 0 ? null : (double) (1 + random.nextInt(8)),
                random.nextInt(5) == 0 ? null : 3600L * (1 + random.nextInt(16)),
                epic,
                null);
    }

    private void run(String url, int runs, int fullRuns) {
        String database = entityManager.getProvider().getClass().getSimpleName().replace("DatabaseProvider", "");
        System.out.printf(
                Locale.ROOT,
                "%nIncremental apply on %s (%s, connections %s): 1 cycle, %d objectives, %d WORK key results, %,d stories in %d epics;"
                        + " %d warm-ups, then %d runs (full recomputes: 3 warm-ups, %d runs)%n",
                database,
                url,
                Boolean.parseBoolean(System.getProperty("bench.db.pool", "true")) ? "reused" : "opened per use",
                OBJECTIVES,
                keyResults.size(),
                stories,
                epics,
                WARM_UPS,
                runs,
                fullRuns);
        recalculating.recalculateAll(null);

        KeyResultId big = keyResults.get(0);
        KeyResultId small = keyResults.get(keyResults.size() - 1);
        RunTimes bigFull = fullOfKeyResult(big, storiesOf.get(0), fullRuns);
        // the two key results take turns, so that both series see the same state of the JVM and the database
        // (whichever series ran first paid for the collections and the database's own work after the full recomputes)
        KeptStateMemory.usedHeapAfterGc();
        RunTimes[] applied =
                incremental(List.of(big, small), List.of(storiesOf.get(0), storiesOf.get(keyResults.size() - 1)), runs);
        RunTimes bigApply = applied[0];
        RunTimes smallApply = applied[1];
        RunTimes floor = applied[2];
        RunTimes twoRows = applied[3];
        RunTimes sixRows = applied[4];
        KeptStateMemory.usedHeapAfterGc();
        StoredProgress bigRow = row(big);
        RunTimes full = full(fullRuns);
        StoredProgress afterFull = row(big);
        if (!bigRow.progress().equals(afterFull.progress()) || !bigRow.counts().equals(afterFull.counts())) {
            throw new IllegalStateException(
                    "the incremental row differs from a full recompute: " + bigRow + " vs " + afterFull);
        }

        System.out.printf(
                Locale.ROOT,
                "| what | p50 ms | p95 ms | max ms | SQL per run | of p50: Jira reads / settings reads / version reads /"
                        + " row writes incl. commit ms |%n|---|---|---|---|---|---|%n");
        floor.print("floor: 1 single-row conditional write + commit, saveIfUnchanged(1 PROGRESS row)");
        twoRows.print("bare conditional write + commit of 2 PROGRESS rows (as many as the apply writes)");
        sixRows.print(
                "bare conditional write + commit of 6 PROGRESS rows (all of an objective's, as the apply wrote before ADR 0024)");
        bigApply.print("incremental: 1 status change in the 100,000-item KR, apply(KR, item) incl. commit");
        smallApply.print("incremental: 1 status change in a 100-item KR, apply(KR, item) incl. commit");
        bigFull.print("full recompute of the 100,000-item KR alone, recalculate(KR) incl. commit");
        full.print("full: recalculateAll (whole cycle, incl. commit and snapshots)");
        System.out.printf(
                Locale.ROOT,
                "budget: apply p50 <= 2x floor p50 and apply p95 <= 2x floor p95 (floor p50 %.2f ms, p95 %.2f ms)%n",
                floor.p50(),
                floor.p95());
        budget("100,000-item KR", bigApply, floor);
        budget("100-item KR", smallApply, floor);
        System.out.printf(
                Locale.ROOT,
                "information, not a budget: full p50 / apply p50 %.0fx (100k-item KR), %.0fx (100-item KR);"
                        + " recalculate(KR) p50 / apply p50 (100k-item KR) %.0fx%n",
                full.p50() / bigApply.p50(),
                full.p50() / smallApply.p50(),
                bigFull.p50() / bigApply.p50());
        KeptStateMemory.print(jira, big);
    }

    /**
     * Prints the apply's ratios to the floor with PASS or FAIL, and where its time beyond the floor goes: the settings
     * reads (none since ADR 0024), the conditional write of the objective's rows beyond the floor's single row, the version and Jira reads,
     * and the app's work in the JVM.
     */
    private static void budget(String what, RunTimes apply, RunTimes floor) {
        double p50 = apply.p50() / floor.p50();
        double p95 = apply.p95() / floor.p95();
        System.out.printf(
                Locale.ROOT,
                "  %s: apply p50 %.2f ms = %.2fx floor, p95 %.2f ms = %.2fx floor -> %s%n",
                what,
                apply.p50(),
                p50,
                apply.p95(),
                p95,
                p50 <= 2 && p95 <= 2 ? "PASS" : "FAIL");
        for (double p : new double[] {0.50, 0.95}) {
            System.out.printf(
                    Locale.ROOT,
                    "    p%.0f of each part: settings reads %.2f, write + commit %.2f (floor %.2f), version and Jira reads"
                            + " %.2f, in the JVM %.2f ms%n",
                    p * 100,
                    apply.settings(p),
                    apply.writes(p),
                    p == 0.50 ? floor.p50() : floor.p95(),
                    apply.reads(p),
                    apply.inProcess(p));
        }
    }

    private StoredProgress row(KeyResultId kr) {
        ProgressSubject subject = new ProgressSubject(ProgressSubject.Kind.KEY_RESULT, kr.value());
        return progress.load(List.of(subject)).get(subject);
    }

    /** The status of the next story of the key result flips in Jira; returns the changed story. */
    private WorkItem flipNext(List<WorkItem> linked, int index) {
        WorkItem item = linked.get(index);
        StatusCategory flipped = item.status() == StatusCategory.DONE ? StatusCategory.NEW : StatusCategory.DONE;
        WorkItem changed = new WorkItem(
                item.id(),
                item.key(),
                item.kind(),
                flipped,
                item.resolution(),
                item.storyPoints(),
                item.originalEstimateSeconds(),
                item.epicId(),
                item.parentId());
        jira.put(changed);
        linked.set(index, changed);
        return changed;
    }

    /**
     * Each run flips the status of the next story of each key result in turn in Jira, then times what the event worker
     * runs for it: {@code apply} with the key result and the story. After the key results, each run times the physical
     * floor on the same database and connections: the smallest durable write of the store, one conditional write of a
     * single PROGRESS row (a delete at the expected version and an insert of the next) in one transaction with its
     * commit, and the same write of 2 and of 6 rows ({@link #WRITE_SIZES}). The series are the key results' in order,
     * then the floor's, then those of 2 and 6 rows.
     */
    private RunTimes[] incremental(List<KeyResultId> krs, List<List<WorkItem>> linked, int runs) {
        RunTimes[] results = new RunTimes[krs.size() + WRITE_SIZES.length];
        int[] next = new int[krs.size()];
        for (int k = 0; k < results.length; k++) {
            results[k] = new RunTimes(runs);
        }
        ConditionalWrite[] writes = new ConditionalWrite[WRITE_SIZES.length];
        for (int w = 0; w < WRITE_SIZES.length; w++) {
            writes[w] = new ConditionalWrite(FLOOR_SUBJECT + 100L * w, WRITE_SIZES[w]);
        }
        for (int i = -WARM_UPS; i < runs; i++) {
            for (int k = 0; k < krs.size(); k++) {
                List<WorkItem> stories = linked.get(k);
                // a story counted in the work set (not resolved "Won't Do"), so that its change changes the numbers
                while (stories.get(next[k]).resolution() != null) {
                    next[k] = (next[k] + 1) % stories.size();
                }
                int index = next[k];
                next[k] = (next[k] + 997) % stories.size();
                WorkItem changed = flipNext(stories, index);
                ApplyingIssueChanges.WorkChanges changes =
                        new ApplyingIssueChanges.WorkChanges(Set.of(), Map.of(krs.get(k), Set.of(changed.id())));
                timed.reset();
                ao.statementsSinceLastCall();
                long start = System.nanoTime();
                RecalculatingProgress.Outcome outcome = applying.apply(changes);
                long nanos = System.nanoTime() - start;
                int statements = ao.statementsSinceLastCall();
                if (!outcome.succeeded() || outcome.rowsSaved() == 0) {
                    throw new IllegalStateException("the change did not store its rows: " + outcome);
                }
                if (i >= 0) {
                    results[k].add(i, nanos, statements, timed);
                }
            }
            for (int w = 0; w < WRITE_SIZES.length; w++) {
                timed.reset();
                ao.statementsSinceLastCall();
                long start = System.nanoTime();
                writes[w].next(i);
                long nanos = System.nanoTime() - start;
                int statements = ao.statementsSinceLastCall();
                if (i >= 0) {
                    results[krs.size() + w].add(i, nanos, statements, timed);
                }
            }
        }
        return results;
    }

    /** A full recompute of the key result after each flip: the worker's path on a cache miss. */
    private RunTimes fullOfKeyResult(KeyResultId kr, List<WorkItem> linked, int runs) {
        RunTimes result = new RunTimes(runs);
        int next = 1;
        for (int i = -3; i < runs; i++) {
            int index = next;
            next = (next + 991) % linked.size();
            flipNext(linked, index);
            timed.reset();
            ao.statementsSinceLastCall();
            long start = System.nanoTime();
            RecalculatingProgress.Outcome outcome = recalculating.recalculate(List.of(kr));
            long nanos = System.nanoTime() - start;
            int statements = ao.statementsSinceLastCall();
            if (!outcome.succeeded() || outcome.rowsSaved() == 0) {
                throw new IllegalStateException("recalculation did not store its rows: " + outcome);
            }
            if (i >= 0) {
                result.add(i, nanos, statements, timed);
            }
        }
        return result;
    }

    private RunTimes full(int runs) {
        RunTimes result = new RunTimes(runs);
        for (int i = -3; i < runs; i++) {
            timed.reset();
            ao.statementsSinceLastCall();
            long start = System.nanoTime();
            RecalculatingProgress.FullOutcome outcome = recalculating.recalculateAll(null);
            long nanos = System.nanoTime() - start;
            int statements = ao.statementsSinceLastCall();
            if (!outcome.failedCycles().isEmpty()) {
                throw new IllegalStateException("full recalculation failed: " + outcome);
            }
            if (i >= 0) {
                result.add(i, nanos, statements, timed);
            }
        }
        return result;
    }

    /** One conditional write of the store with its commit, of a fixed set of rows, each time at their next versions. */
    private final class ConditionalWrite {
        private final Map<ProgressSubject, Long> versions = new LinkedHashMap<>();

        ConditionalWrite(long firstIssue, int rows) {
            for (int r = 0; r < rows; r++) {
                versions.put(new ProgressSubject(ProgressSubject.Kind.KEY_RESULT, firstIssue + r), 0L);
            }
        }

        void next(int run) {
            List<StoredProgress> rows = new ArrayList<>();
            for (ProgressSubject subject : versions.keySet()) {
                rows.add(new StoredProgress(
                        subject,
                        Progress.of((run & 1023) / 1024.0),
                        (run & 1023) / 1024.0,
                        new StoredProgress.WorkCounts(1, 0, 1, 0, 0),
                        RollupPolicy.COUNT,
                        false,
                        NOW,
                        0));
            }
            progress.saveIfUnchanged(rows, Map.copyOf(versions))
                    .forEach((subject, saved) -> versions.put(subject, saved.version()));
        }
    }
}
