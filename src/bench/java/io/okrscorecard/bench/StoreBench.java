package io.okrscorecard.bench;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.keyresult.KeyResultKind;
import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.port.SnapshotRepository.Subject;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.progress.StoredProgress.WorkCounts;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.rollup.WorkSetMembers;
import io.okrscorecard.core.scoring.KeyResultScore;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.PerspectiveScore;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.scoring.Status;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.scoring.StatusRule;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.store.ActiveObjectsTransactions;
import io.okrscorecard.store.AoCheckInRepository;
import io.okrscorecard.store.AoMaterialisedProgressRepository;
import io.okrscorecard.store.AoScorecardSettingsRepository;
import io.okrscorecard.store.AoSnapshotRepository;
import io.okrscorecard.store.AoWorkSetIndex;
import io.okrscorecard.store.H2Store;
import io.okrscorecard.store.TestActiveObjects;
import io.okrscorecard.store.TestStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntSupplier;
import net.java.ao.EntityManager;

/**
 * Times the store's bulk operations on a real database and counts their SQL statements. Not JMH: each operation
 * changes the database, so it is timed as a whole, after warm-up runs. Every operation runs in one transaction (one
 * connection), as a pooled Jira connection would. System properties: {@code bench.db.url} (default an in-memory H2),
 * {@code bench.db.user}, {@code bench.db.password}, {@code bench.db.schema}, {@code bench.runs} (default 5).
 */
public final class StoreBench {

    private static final int KEY_RESULTS = 1000;
    private static final int OBJECTIVES = 200;
    private static final int CHECK_INS = 10_000;
    private static final int SNAPSHOT_DAYS = 30;
    /** Issues in each key result's work set for the work-set index (ADR 0021): 100,000 rows in all. */
    private static final int ISSUES_PER_KEY_RESULT = 100;

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    private final TestActiveObjects ao;
    private final ActiveObjectsTransactions transactions;
    private final AoMaterialisedProgressRepository progress;
    private final AoScorecardSettingsRepository settings;
    private final AoSnapshotRepository snapshots;
    private final AoCheckInRepository checkIns;
    private final AoWorkSetIndex workSets;
    private final EntityManager entityManager;
    private long clock;

    private StoreBench(EntityManager entityManager) {
        this.entityManager = entityManager;
        TestStore store = new TestStore(entityManager);
        ao = store.ao;
        transactions = store.transactions;
        progress = store.progress;
        settings = store.settings;
        snapshots = store.snapshots;
        checkIns = store.checkIns;
        workSets = store.workSets;
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.db.url", "jdbc:h2:mem:okr-bench;DB_CLOSE_DELAY=-1");
        EntityManager entityManager = H2Store.entityManager(
                url,
                System.getProperty("bench.db.user", "sa"),
                System.getProperty("bench.db.password", ""),
                System.getProperty("bench.db.schema", url.startsWith("jdbc:postgresql") ? "public" : "PUBLIC"));
        entityManager.migrateDestructively();
        H2Store.migrate(entityManager);
        new StoreBench(entityManager).run(url, Integer.getInteger("bench.runs", 5));
        entityManager.migrateDestructively();
        entityManager.getProvider().dispose();
    }

    private void run(String url, int runs) {
        progress.save(rows(KEY_RESULTS, ProgressSubject.Kind.KEY_RESULT));
        progress.save(rows(OBJECTIVES, ProgressSubject.Kind.OBJECTIVE));
        for (int day = SNAPSHOT_DAYS - 1; day >= 0; day--) {
            snapshots.record(TODAY.minusDays(day), scorecard(TODAY.minusDays(day)));
        }
        String database = entityManager.getProvider().getClass().getSimpleName().replace("DatabaseProvider", "");
        System.out.printf(Locale.ROOT, "%nStore on %s (%s), median of %d runs after 2 warm-ups%n", database, url, runs);
        System.out.printf(Locale.ROOT, "| operation | median ms | min ms | SQL statements |%n|---|---|---|---|%n");
        measure("upsert 1,000 KR progress rows (one batch, all replaced)", runs, () -> {
            progress.save(rows(KEY_RESULTS, ProgressSubject.Kind.KEY_RESULT));
            return 0;
        });
        measure("read a 1,000-KR scorecard: progress + perspectives + 7-day trends", runs, () -> {
            List<ProgressSubject> subjects = new ArrayList<>();
            List<Subject> trendSubjects = new ArrayList<>();
            CycleId cycle = CycleId.of("2026-Q4");
            for (int i = 1; i <= KEY_RESULTS; i++) {
                subjects.add(new ProgressSubject(ProgressSubject.Kind.KEY_RESULT, keyResultId(i)));
                trendSubjects.add(new Subject(cycle, Subject.Kind.KEY_RESULT, Long.toString(keyResultId(i))));
            }
            for (int i = 1; i <= OBJECTIVES; i++) {
                subjects.add(new ProgressSubject(ProgressSubject.Kind.OBJECTIVE, i));
                trendSubjects.add(new Subject(cycle, Subject.Kind.OBJECTIVE, Long.toString(i)));
            }
            return transactions.inTransaction(() -> progress.load(subjects).size()
                    + settings.perspectives().all().size()
                    + snapshots.trends(trendSubjects, TODAY.minusDays(6), TODAY).size());
        });
        AppSettings saved = settings.appSettings();
        measure(
                String.format(
                        Locale.ROOT,
                        "save the app settings: the revision and the versions of the %d objective rows moved (ADR 0024)",
                        OBJECTIVES),
                runs,
                () -> {
                    settings.saveAppSettings(saved);
                    return 0;
                });
        measureWorkSetIndex(runs);
        measure(
                "append 10,000 check-ins (one transaction)",
                runs,
                () -> transactions.inTransaction(() -> {
                    for (int i = 0; i < CHECK_INS; i++) {
                        checkIns.append(
                                KeyResultId.of(keyResultId(1 + i % KEY_RESULTS)),
                                new CheckIn(
                                        (double) i, Confidence.ON_TRACK, "weekly", "JIRAUSER10000", T0.plusSeconds(i)));
                    }
                    return 0;
                }));
    }

    /**
     * The work-set index's share of a full recalculation of 1,000 key results (ADR 0021): storing their whole work sets
     * when nothing changed (the usual night), when 1 % of the issues moved, and the first fill after an upgrade; and
     * the reads of the JQL functions.
     */
    private void measureWorkSetIndex(int runs) {
        List<WorkSetMembers> unchanged = workSets(0);
        workSets.store(unchanged);
        measure(
                "store the work sets of 1,000 KRs (100,000 issues), none changed",
                runs,
                () -> transactions.inTransaction(() -> workSets.store(unchanged)));
        int[] round = {0};
        measure(
                "store the work sets of 1,000 KRs, 1 % of the issues changed (excluded flag flipped)",
                runs, () -> {
                    round[0]++;
                    return transactions.inTransaction(() -> workSets.store(workSets(round[0] % 2 == 0 ? 0 : 100)));
                });
        List<WorkSetMembers> empty = new ArrayList<>();
        for (int kr = 1; kr <= KEY_RESULTS; kr++) {
            empty.add(WorkSetMembers.none(KeyResultId.of(keyResultId(kr))));
        }
        measure(
                "first fill: 100,000 rows of 1,000 KRs into an empty index (emptied before each run, not timed)",
                runs,
                () -> transactions.inTransaction(() -> workSets.store(empty)),
                () -> transactions.inTransaction(() -> workSets.store(unchanged)));
        measure("keyResultWork: the counted issues of one KR", runs, () -> workSets.workOf(
                        List.of(KeyResultId.of(keyResultId(500))), false)
                .size());
        List<KeyResultId> objective = new ArrayList<>();
        for (int kr = 1; kr <= 5; kr++) {
            objective.add(KeyResultId.of(keyResultId(kr)));
        }
        measure("objectiveWork: the union over 5 KRs", runs, () -> workSets.workOf(objective, false)
                .size());
    }

    /** 100 issues per key result (issue ids shared by neighbours), one in {@code everyExcluded} excluded (0: none). */
    private static List<WorkSetMembers> workSets(int everyExcluded) {
        List<WorkSetMembers> all = new ArrayList<>(KEY_RESULTS);
        for (int kr = 1; kr <= KEY_RESULTS; kr++) {
            Set<IssueId> counted = new TreeSet<>();
            Set<IssueId> excluded = new TreeSet<>();
            for (int i = 0; i < ISSUES_PER_KEY_RESULT; i++) {
                IssueId issue = IssueId.of(1_000_000L + kr * 50L + i);
                (everyExcluded > 0 && i % everyExcluded == kr % everyExcluded ? excluded : counted).add(issue);
            }
            all.add(new WorkSetMembers(KeyResultId.of(keyResultId(kr)), counted, excluded, null));
        }
        return all;
    }

    private void measure(String operation, int runs, IntSupplier work) {
        measure(operation, runs, () -> 0, work);
    }

    /** Times {@code work} only; {@code setup} runs before each warm-up and run, untimed and uncounted. */
    private void measure(String operation, int runs, IntSupplier setup, IntSupplier work) {
        for (int i = 0; i < 2; i++) {
            setup.getAsInt();
            work.getAsInt();
        }
        double[] ms = new double[runs];
        int statements = 0;
        for (int i = 0; i < runs; i++) {
            setup.getAsInt();
            ao.statementsSinceLastCall();
            long start = System.nanoTime();
            work.getAsInt();
            ms[i] = (System.nanoTime() - start) / 1e6;
            statements = ao.statementsSinceLastCall();
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %,d |%n", operation, ms[runs / 2], ms[0], statements);
    }

    private List<StoredProgress> rows(int count, ProgressSubject.Kind kind) {
        clock++;
        List<StoredProgress> rows = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            long issueId = kind == ProgressSubject.Kind.KEY_RESULT ? keyResultId(i) : i;
            double value = (i % 100) / 100.0;
            rows.add(new StoredProgress(
                    new ProgressSubject(kind, issueId),
                    Progress.of(value),
                    value,
                    new WorkCounts(i % 7, i % 5, i % 11, 0, 0),
                    kind == ProgressSubject.Kind.KEY_RESULT ? RollupPolicy.COUNT : null,
                    false,
                    T0.plusSeconds(clock),
                    0));
        }
        return rows;
    }

    /** 200 objectives of 5 key results each in the four default perspectives; progress varies by day. */
    private static Scorecard scorecard(LocalDate day) {
        Progress progress = Progress.of((day.getDayOfMonth() % 10) / 10.0);
        StatusRule rule = new StatusRule(StatusMode.ABSOLUTE, 0);
        List<Perspective> perspectives = Perspectives.defaults().all();
        List<List<ObjectiveScore>> byPerspective = new ArrayList<>();
        perspectives.forEach(p -> byPerspective.add(new ArrayList<>()));
        int keyResult = 0;
        for (int o = 1; o <= OBJECTIVES; o++) {
            List<KeyResultScore> keyResults = new ArrayList<>();
            for (int k = 0; k < KEY_RESULTS / OBJECTIVES; k++) {
                long id = keyResultId(++keyResult);
                keyResults.add(new KeyResultScore(
                        KeyResultId.of(id),
                        IssueKey.of("OKR-" + id),
                        "KR",
                        KeyResultKind.WORK,
                        Weight.ONE,
                        progress,
                        progress.value(),
                        Status.GREEN,
                        null,
                        null));
            }
            Perspective perspective = perspectives.get(o % perspectives.size());
            byPerspective
                    .get(o % perspectives.size())
                    .add(new ObjectiveScore(
                            ObjectiveId.of(o),
                            IssueKey.of("OKR-" + o),
                            "Objective",
                            perspective.key(),
                            false,
                            Weight.ONE,
                            progress,
                            Status.GREEN,
                            keyResults));
        }
        List<PerspectiveScore> scored = new ArrayList<>();
        for (int i = 0; i < perspectives.size(); i++) {
            scored.add(new PerspectiveScore(perspectives.get(i), progress, Status.GREEN, byPerspective.get(i)));
        }
        return new Scorecard(CycleId.of("2026-Q4"), rule, progress, Status.GREEN, scored, List.of());
    }

    static long keyResultId(int index) {
        return 10_000L + index;
    }
}
