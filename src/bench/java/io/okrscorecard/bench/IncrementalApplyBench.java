package io.okrscorecard.bench;

import io.okrscorecard.app.InMemoryOkr;
import io.okrscorecard.app.RecalculatingProgress;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.PerspectiveMapping;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.port.ChangeMark;
import io.okrscorecard.core.port.MaterialisedProgressRepository;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.Transactions;
import io.okrscorecard.core.port.WorkItemSource;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.recompute.LiveScorecard;
import io.okrscorecard.core.recompute.ScorecardDefinition;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.core.work.IssueKind;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import io.okrscorecard.store.ActiveObjectsTransactions;
import io.okrscorecard.store.AoDirtyKeyResultJournal;
import io.okrscorecard.store.AoMaterialisedProgressRepository;
import io.okrscorecard.store.AoScorecardSettingsRepository;
import io.okrscorecard.store.AoSnapshotRepository;
import io.okrscorecard.store.CheckInEntity;
import io.okrscorecard.store.CycleEntity;
import io.okrscorecard.store.DirtyKeyResultEntity;
import io.okrscorecard.store.HostObjectEntity;
import io.okrscorecard.store.JiraTableNames;
import io.okrscorecard.store.MappedValueEntity;
import io.okrscorecard.store.PerspectiveEntity;
import io.okrscorecard.store.ProgressEntity;
import io.okrscorecard.store.SettingEntity;
import io.okrscorecard.store.SnapshotEntity;
import io.okrscorecard.store.TestActiveObjects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * Budget (c) of design section 6 in the app, with the real store: one status change of one work item, applied the way
 * the event worker applies it ({@link RecalculatingProgress#apply} of the affected key result with the changed issue,
 * including the database commit), against a full recompute ({@link RecalculatingProgress#recalculateAll}) of the same
 * cycle, and against a full recompute of the key result alone ({@link RecalculatingProgress#recalculate}: what the
 * worker does on a cache miss, and what it did for every event before ADR 0007).
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

    private final TestActiveObjects ao;
    private final EntityManager entityManager;
    private final InMemoryOkr.FakeJira jira = new InMemoryOkr().jira;
    private final Random random = new Random(BenchData.SEED);
    private final Timed timed = new Timed();
    private final RecalculatingProgress recalculating;
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
        recalculating = new RecalculatingProgress(
                timed.source(jira),
                timed.source(jira),
                timed.settings(settings),
                timed.progress(progress),
                new AoSnapshotRepository(ao, transactions),
                new AoDirtyKeyResultJournal(ao, transactions),
                timed.transactions(transactions),
                clock);
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
        entityManager.migrate(
                PerspectiveEntity.class,
                MappedValueEntity.class,
                SettingEntity.class,
                HostObjectEntity.class,
                CycleEntity.class,
                ProgressEntity.class,
                CheckInEntity.class,
                SnapshotEntity.class,
                DirtyKeyResultEntity.class);
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
                    "owner",
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
        Result bigFull = fullOfKeyResult(big, storiesOf.get(0), fullRuns);
        // the two key results take turns, so that both series see the same state of the JVM and the database
        // (whichever series ran first paid for the collections and the database's own work after the full recomputes)
        usedHeapAfterGc();
        Result[] applied =
                incremental(List.of(big, small), List.of(storiesOf.get(0), storiesOf.get(keyResults.size() - 1)), runs);
        Result bigApply = applied[0];
        Result smallApply = applied[1];
        usedHeapAfterGc();
        StoredProgress bigRow = row(big);
        Result full = full(fullRuns);
        StoredProgress afterFull = row(big);
        if (!bigRow.progress().equals(afterFull.progress()) || !bigRow.counts().equals(afterFull.counts())) {
            throw new IllegalStateException(
                    "the incremental row differs from a full recompute: " + bigRow + " vs " + afterFull);
        }

        System.out.printf(
                Locale.ROOT,
                "| what | p50 ms | p95 ms | max ms | SQL per run | of p50: Jira reads / settings reads / version reads /"
                        + " row writes incl. commit ms |%n|---|---|---|---|---|---|%n");
        bigApply.print("incremental: 1 status change in the 100,000-item KR, apply(KR, item) incl. commit");
        smallApply.print("incremental: 1 status change in a 100-item KR, apply(KR, item) incl. commit");
        bigFull.print("full recompute of the 100,000-item KR alone, recalculate(KR) incl. commit");
        full.print("full: recalculateAll (whole cycle, incl. commit and snapshots)");
        System.out.printf(
                Locale.ROOT,
                "ratio full p50 / incremental p50: %.0fx (100k-item KR), %.0fx (100-item KR);"
                        + " full p50 / incremental p95 (100k-item KR): %.0fx;"
                        + " recalculate(KR) p50 / incremental p50 (100k-item KR): %.0fx%n",
                full.p50() / bigApply.p50(),
                full.p50() / smallApply.p50(),
                full.p50() / bigApply.p95(),
                bigFull.p50() / bigApply.p50());
        System.out.printf(
                Locale.ROOT,
                "budget: p95 <= 5 ms -> %s (100k-item KR), %s (100-item KR); ratio >= 100x -> %s (100k-item KR)%n",
                bigApply.p95() <= 5 ? "PASS" : "MISS",
                smallApply.p95() <= 5 ? "PASS" : "MISS",
                full.p50() / bigApply.p50() >= 100 ? "PASS" : "MISS");
        memoryPerItem(big);
    }

    /**
     * Heap held per work item by a kept work state: the same structure as an entry of the app's work-state cache (a
     * {@link LiveScorecard} over the key result's objective and its work), measured as the difference of the used heap
     * after garbage collection with and without it.
     */
    private void memoryPerItem(KeyResultId kr) {
        Objective objective = jira.objectivesMeasuredBy(List.of(kr)).get(0);
        List<KeyResultId> work = new ArrayList<>();
        objective.keyResults().forEach(k -> work.add(k.id()));
        ScorecardDefinition definition = new ScorecardDefinition(
                BenchData.CYCLE,
                Perspectives.defaults(),
                BenchData.settings(RollupPolicy.STORY_POINTS),
                StatusMode.ABSOLUTE,
                List.of(objective));
        long before = usedHeapAfterGc();
        // fresh snapshots, as a real Jira read gives them, so that the kept state owns every object it holds
        WorkGraph read = jira.workFor(work);
        WorkGraph copy = new WorkGraph();
        for (KeyResultId keyResult : work) {
            for (IssueId contributor : read.contributorsOf(keyResult)) {
                copy.link(keyResult, IssueId.of(contributor.value()));
                copy.put(fresh(read.item(contributor)));
                read.childrenOf(contributor).forEach(child -> copy.put(fresh(child)));
            }
        }
        read = null;
        LiveScorecard live = LiveScorecard.owning(definition, copy, Clock.systemUTC());
        long after = usedHeapAfterGc();
        System.out.printf(
                Locale.ROOT,
                "kept work state of the objective of the 100,000-item KR: %,d items, %.1f MB, %.0f bytes per item%n",
                live.workItemCount(),
                (after - before) / 1e6,
                (after - before) / (double) live.workItemCount());
    }

    /** A snapshot with objects of its own, as one read from Jira. */
    private static WorkItem fresh(WorkItem item) {
        return new WorkItem(
                IssueId.of(item.id().value()),
                IssueKey.of(new String(item.key().value())),
                item.kind(),
                item.status(),
                item.resolution() == null ? null : new String(item.resolution()),
                item.storyPoints() == null
                        ? null
                        : Double.valueOf(item.storyPoints().doubleValue()),
                item.originalEstimateSeconds() == null
                        ? null
                        : Long.valueOf(item.originalEstimateSeconds().longValue()),
                item.epicId() == null ? null : IssueId.of(item.epicId().value()),
                item.parentId() == null ? null : IssueId.of(item.parentId().value()));
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
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
     * runs for it: {@code apply} with the key result and the story.
     */
    private Result[] incremental(List<KeyResultId> krs, List<List<WorkItem>> linked, int runs) {
        Result[] results = new Result[krs.size()];
        int[] next = new int[krs.size()];
        for (int k = 0; k < krs.size(); k++) {
            results[k] = new Result(runs);
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
                RecalculatingProgress.WorkChanges changes =
                        new RecalculatingProgress.WorkChanges(Set.of(), Map.of(krs.get(k), Set.of(changed.id())));
                timed.reset();
                ao.statementsSinceLastCall();
                long start = System.nanoTime();
                RecalculatingProgress.Outcome outcome = recalculating.apply(changes);
                long nanos = System.nanoTime() - start;
                int statements = ao.statementsSinceLastCall();
                if (!outcome.succeeded() || outcome.rowsSaved() == 0) {
                    throw new IllegalStateException("the change did not store its rows: " + outcome);
                }
                if (i >= 0) {
                    results[k].add(i, nanos, statements, timed);
                }
            }
        }
        return results;
    }

    /** A full recompute of the key result after each flip: the worker's path on a cache miss. */
    private Result fullOfKeyResult(KeyResultId kr, List<WorkItem> linked, int runs) {
        Result result = new Result(runs);
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

    private Result full(int runs) {
        Result result = new Result(runs);
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

    /** Times of the runs, with the share spent in the Jira reads, the settings reads and the write transaction. */
    private static final class Result {
        private final double[] ms;
        private final double[] jiraMs;
        private final double[] settingsMs;
        private final double[] readMs;
        private final double[] writeMs;
        private final int[] statements;

        Result(int runs) {
            ms = new double[runs];
            jiraMs = new double[runs];
            settingsMs = new double[runs];
            readMs = new double[runs];
            writeMs = new double[runs];
            statements = new int[runs];
        }

        void add(int run, long nanos, int sql, Timed timed) {
            ms[run] = nanos / 1e6;
            jiraMs[run] = timed.jiraNanos / 1e6;
            settingsMs[run] = timed.settingsNanos / 1e6;
            readMs[run] = timed.readNanos / 1e6;
            writeMs[run] = timed.writeNanos / 1e6;
            statements[run] = sql;
        }

        double p50() {
            return percentile(ms, 0.50);
        }

        double p95() {
            return percentile(ms, 0.95);
        }

        void print(String what) {
            int minSql = Arrays.stream(statements).min().orElse(0);
            int maxSql = Arrays.stream(statements).max().orElse(0);
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.2f | %.2f | %.2f (p90 %.2f, p99 %.2f) | %s | %.2f / %.2f / %.2f / %.2f |%n",
                    what,
                    p50(),
                    p95(),
                    percentile(ms, 1.0),
                    percentile(ms, 0.90),
                    percentile(ms, 0.99),
                    minSql == maxSql ? String.format(Locale.ROOT, "%,d", minSql) : minSql + "–" + maxSql,
                    percentile(jiraMs, 0.50),
                    percentile(settingsMs, 0.50),
                    percentile(readMs, 0.50),
                    percentile(writeMs, 0.50));
        }

        /** Nearest-rank percentile. */
        private static double percentile(double[] values, double p) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }

    /**
     * Keeps the JDBC connections that Active Objects closes open and hands them out again, as Jira's connection pool
     * does. Without it every read outside a transaction opens a new connection, which costs ~10 ms on PostgreSQL and
     * would dominate the figures. It replaces the registered driver of the URL; single-threaded use only.
     */
    private static final class ReusingDriver implements Driver {
        private final Driver delegate;
        private final Deque<Connection> idle = new ArrayDeque<>();

        private ReusingDriver(Driver delegate) {
            this.delegate = delegate;
        }

        static void install(String url) throws SQLException {
            Driver driver = DriverManager.getDriver(url);
            DriverManager.deregisterDriver(driver);
            DriverManager.registerDriver(new ReusingDriver(driver));
        }

        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            if (!delegate.acceptsURL(url)) {
                return null;
            }
            Connection pooled = idle.poll();
            Connection raw = pooled != null ? pooled : delegate.connect(url, info);
            boolean[] closed = {false};
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "close":
                                if (!closed[0]) {
                                    closed[0] = true;
                                    if (!raw.getAutoCommit()) {
                                        raw.rollback();
                                        raw.setAutoCommit(true);
                                    }
                                    idle.push(raw);
                                }
                                return null;
                            case "isClosed":
                                return closed[0] || raw.isClosed();
                            default:
                                try {
                                    return method.invoke(raw, args);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                        }
                    });
        }

        @Override
        public boolean acceptsURL(String url) throws SQLException {
            return delegate.acceptsURL(url);
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
            return delegate.getPropertyInfo(url, info);
        }

        @Override
        public int getMajorVersion() {
            return delegate.getMajorVersion();
        }

        @Override
        public int getMinorVersion() {
            return delegate.getMinorVersion();
        }

        @Override
        public boolean jdbcCompliant() {
            return delegate.jdbcCompliant();
        }

        @Override
        public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return delegate.getParentLogger();
        }
    }

    /** Decorators of the ports that add up the time spent in them during one run (single-threaded). */
    private static final class Timed {
        long jiraNanos;
        long settingsNanos;
        long readNanos;
        long writeNanos;

        void reset() {
            jiraNanos = 0;
            settingsNanos = 0;
            readNanos = 0;
            writeNanos = 0;
        }

        private <T> T timedInto(Supplier<T> work, boolean write) {
            long start = System.nanoTime();
            try {
                return work.get();
            } finally {
                if (write) {
                    writeNanos += System.nanoTime() - start;
                } else {
                    readNanos += System.nanoTime() - start;
                }
            }
        }

        /** The progress store, timing its reads of versions and its row writes (each with its commit). */
        MaterialisedProgressRepository progress(MaterialisedProgressRepository delegate) {
            return new MaterialisedProgressRepository() {
                @Override
                public Map<ProgressSubject, StoredProgress> save(Collection<StoredProgress> rows) {
                    return timedInto(() -> delegate.save(rows), true);
                }

                @Override
                public Map<ProgressSubject, StoredProgress> saveIfUnchanged(
                        Collection<StoredProgress> rows, Map<ProgressSubject, Long> expected) {
                    return timedInto(() -> delegate.saveIfUnchanged(rows, expected), true);
                }

                @Override
                public Map<ProgressSubject, StoredProgress> load(Collection<ProgressSubject> subjects) {
                    return timedInto(() -> delegate.load(subjects), false);
                }

                @Override
                public void delete(Collection<ProgressSubject> subjects) {
                    delegate.delete(subjects);
                }

                @Override
                public ChangeMark changeMark() {
                    return delegate.changeMark();
                }

                @Override
                public RowsAfter rowsAfter(long row, int limit) {
                    return delegate.rowsAfter(row, limit);
                }

                @Override
                public long countStored(Collection<ProgressSubject> subjects) {
                    return delegate.countStored(subjects);
                }
            };
        }

        private <T> T jira(Supplier<T> read) {
            long start = System.nanoTime();
            try {
                return read.get();
            } finally {
                jiraNanos += System.nanoTime() - start;
            }
        }

        private <T> T settings(Supplier<T> read) {
            long start = System.nanoTime();
            try {
                return read.get();
            } finally {
                settingsNanos += System.nanoTime() - start;
            }
        }

        Source source(InMemoryOkr.FakeJira jira) {
            return new Source(jira);
        }

        Transactions transactions(Transactions delegate) {
            return delegate::inTransaction;
        }

        final class Source implements ObjectiveSource, WorkItemSource {
            private final InMemoryOkr.FakeJira delegate;

            Source(InMemoryOkr.FakeJira delegate) {
                this.delegate = delegate;
            }

            @Override
            public Optional<Objective> objective(ObjectiveId id) {
                return jira(() -> delegate.objective(id));
            }

            @Override
            public List<Objective> objectivesIn(CycleId cycle) {
                return jira(() -> delegate.objectivesIn(cycle));
            }

            @Override
            public List<Objective> objectivesMeasuredBy(Collection<KeyResultId> krs) {
                return jira(() -> delegate.objectivesMeasuredBy(krs));
            }

            @Override
            public WorkGraph workFor(Collection<KeyResultId> krs) {
                return jira(() -> delegate.workFor(krs));
            }

            @Override
            public Map<IssueId, WorkItem> items(Collection<IssueId> issues) {
                return jira(() -> delegate.items(issues));
            }
        }

        ScorecardSettingsRepository settings(ScorecardSettingsRepository delegate) {
            return new ScorecardSettingsRepository() {
                @Override
                public String revision() {
                    return settings(delegate::revision);
                }

                @Override
                public Perspectives perspectives() {
                    return settings(delegate::perspectives);
                }

                @Override
                public void savePerspectives(Perspectives perspectives) {
                    delegate.savePerspectives(perspectives);
                }

                @Override
                public PerspectiveMapping perspectiveMapping() {
                    return settings(delegate::perspectiveMapping);
                }

                @Override
                public void savePerspectiveMapping(PerspectiveMapping mapping) {
                    delegate.savePerspectiveMapping(mapping);
                }

                @Override
                public AppSettings appSettings() {
                    return settings(delegate::appSettings);
                }

                @Override
                public void saveAppSettings(AppSettings settings) {
                    delegate.saveAppSettings(settings);
                }

                @Override
                public List<Cycle> cycles() {
                    return settings(delegate::cycles);
                }

                @Override
                public Optional<Cycle> cycle(CycleId id) {
                    return settings(() -> delegate.cycle(id));
                }

                @Override
                public void saveCycle(Cycle cycle) {
                    delegate.saveCycle(cycle);
                }

                @Override
                public boolean deleteCycle(CycleId id) {
                    return delegate.deleteCycle(id);
                }
            };
        }
    }
}
