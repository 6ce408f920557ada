package io.okrscorecard.app;

import static io.okrscorecard.core.KeyResults.milestone;
import static io.okrscorecard.core.KeyResults.work;
import static io.okrscorecard.core.Objectives.objective;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.app.ScorecardReading.KeyResultReading;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.WorkItems;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.SnapshotRepository;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.rollup.UndefinedReason;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.store.H2Store;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Test;

/**
 * The scorecard is read from a cycle kept on this node ({@link KeptCycles}, ADR 0009): a read with nothing written
 * asks Jira for nothing, and every write on any node (progress rows, deleted rows, snapshots, settings) shows on the
 * next read. Here the "other node" is a second {@link RecalculatingProgress} on the same database.
 */
public class KeptCycleReadsTest {
    private static final Duration MAX_AGE = Duration.ofSeconds(10);
    private static final KeyResultId KR_1 = SampleOkrs.KR_1;

    private final InMemoryOkr okr = SampleOkrs.create();
    private final H2Store store = H2Store.fresh("kept-cycle");
    private final MutableClock clock = new MutableClock(Fixture.MID_Q4.instant());
    private final CountingObjectives objectives = new CountingObjectives(okr.jira);
    private final BrowsingViewer access = new BrowsingViewer();
    private final RecalculatingProgress otherNode = new RecalculatingProgress(
            okr.jira,
            okr.jira,
            store.settings,
            store.progress,
            store.snapshots,
            store.journal,
            store.transactions,
            clock);

    public KeptCycleReadsTest() {
        okr.settings.cycles().forEach(store.settings::saveCycle);
        otherNode.recalculateAll(null);
    }

    @After
    public void closeStore() {
        store.close();
    }

    @Test
    public void aSecondReadWithNothingWrittenAsksJiraForNoObjectivesAndReadsTheSameNumbers() {
        ReadingScorecard reading = reading(MAX_AGE);

        ScorecardReading first = reading.read(query());
        ScorecardReading second = reading.read(query());

        assertEquals(1, objectives.reads.get());
        assertEquals(first.scorecard(), second.scorecard());
        assertEquals(first.keyResults(), second.keyResults());
    }

    @Test
    public void progressWrittenByAnotherNodeShowsOnTheNextReadWithoutReadingTheCycleAgain() {
        ReadingScorecard reading = reading(MAX_AGE);
        double before = progressOf(reading.read(query()), KR_1);

        okr.jira.put(WorkItems.story("S-3").inEpic("E-1").done().build());
        otherNode.recalculate(List.of(KR_1));
        double after = progressOf(reading.read(query()), KR_1);

        assertTrue("KR-1 after a story was done elsewhere: " + before + " -> " + after, after > before);
        assertEquals(1, objectives.reads.get());
    }

    @Test
    public void aRowDeletedByAnotherNodeWithoutASuccessorShowsOnTheNextReadOfTheWholeCycle() {
        ReadingScorecard reading = reading(MAX_AGE);
        reading.read(query());

        store.progress.delete(List.of(ProgressSubject.of(KR_1)));
        KeyResultReading kr1 = keyResult(reading.read(query()), KR_1);

        assertFalse(kr1.progress().isDefined());
        assertEquals(UndefinedReason.NOT_COMPUTED, kr1.progress().undefinedReason());
        assertEquals(2, objectives.reads.get());
    }

    @Test
    public void aPerspectiveRenamedOnAnyNodeShowsOnTheNextRead() {
        ReadingScorecard reading = reading(MAX_AGE);
        reading.read(query());

        PerspectiveKey customer = PerspectiveKey.of("customer");
        store.settings.savePerspectives(store.settings.perspectives().rename(customer, "Clients"));
        ScorecardReading after = reading.read(query());

        assertEquals(
                "Clients",
                after.scorecard()
                        .perspective(customer)
                        .orElseThrow()
                        .perspective()
                        .name());
    }

    @Test
    public void aDayRecordedByAnotherNodeShowsInTheTrendsOnceTheKeptCycleIsOlderThanItsMaxAge() {
        ReadingScorecard reading = reading(MAX_AGE);
        SnapshotRepository.Subject wholeCard = new SnapshotRepository.Subject(
                Fixture.Q4.id(),
                SnapshotRepository.Subject.Kind.SCORECARD,
                Fixture.Q4.id().value());
        int before = reading.read(query()).trends().get(wholeCard).size();

        store.snapshots.record(
                LocalDate.now(clock).minusDays(1), reading.read(query()).scorecard());
        int withinMaxAge = reading.read(query()).trends().get(wholeCard).size();
        clock.advance(MAX_AGE);
        int atMaxAge = reading.read(query()).trends().get(wholeCard).size();

        assertEquals(before, withinMaxAge);
        assertEquals(before + 1, atMaxAge);
    }

    @Test
    public void aJiraChangeThatWroteNoRowShowsOnceTheKeptCycleIsNearItsMaxAge() {
        ReadingScorecard reading = reading(MAX_AGE);
        reading.read(query());
        okr.jira.objective(objective("O-2")
                .summary("Grow margin")
                .in("financial")
                .with(work("KR-3"), milestone("KR-4", StatusCategory.NEW))
                .build());

        clock.advance(Duration.ofSeconds(7));
        String atSevenTenths = summaryOf(reading.read(query()), SampleOkrs.O_2);
        clock.advance(Duration.ofSeconds(1));
        String atEightTenths = summaryOf(reading.read(query()), SampleOkrs.O_2);

        assertFalse(atSevenTenths, atSevenTenths.equals("Grow margin"));
        assertEquals("Grow margin", atEightTenths);
        assertEquals(2, objectives.reads.get());
    }

    @Test
    public void aJiraChangeThatWroteNoRowShowsOnceTheKeptCycleIsOlderThanItsMaxAge() {
        ReadingScorecard reading = reading(MAX_AGE);
        reading.read(query());
        okr.jira.objective(objective("O-2")
                .summary("Grow margin")
                .in("financial")
                .with(work("KR-3"), milestone("KR-4", StatusCategory.NEW))
                .build());

        clock.advance(MAX_AGE);
        String atMaxAge = summaryOf(reading.read(query()), SampleOkrs.O_2);

        assertEquals("Grow margin", atMaxAge);
    }

    @Test
    public void viewersWhoSeeTheSameIssuesGetTheAnswerRenderedOnce() {
        ReadingScorecard reading = reading(MAX_AGE);
        AtomicInteger renders = new AtomicInteger();
        ReadingScorecard.Rendering<String> rendering = read -> renders.incrementAndGet() + ":" + read.objectives();

        String first = reading.read(query(), rendering);
        access.viewer = "another-pmo";
        String second = reading.read(query(), rendering);

        assertEquals(1, renders.get());
        assertSame(first, second);
    }

    @Test
    public void aViewerWhoMayNotBrowseAnObjectiveGetsAnAnswerOfTheirOwn() {
        ReadingScorecard reading = reading(MAX_AGE);
        ReadingScorecard.Rendering<ScorecardReading> asRead = read -> read;
        ScorecardReading everything = reading.read(query(), asRead);

        access.hidden.add(new IssueId(SampleOkrs.O_2.value()));
        ScorecardReading withoutO2 = reading.read(query(), asRead);

        assertEquals(2, everything.objectives().size());
        assertEquals(
                List.of(SampleOkrs.O_1),
                withoutO2.objectives().stream().map(Objective::id).toList());
        assertEquals(1, withoutO2.hiddenObjectives());
        assertEquals(everything.scorecard(), withoutO2.scorecard());
        assertEquals(1, objectives.reads.get());
    }

    @Test
    public void aZeroMaxAgeReadsTheObjectivesForEveryRead() {
        ReadingScorecard reading = reading(Duration.ZERO);

        reading.read(query());
        reading.read(query());

        assertEquals(2, objectives.reads.get());
    }

    @Test
    public void readersThatFindTheCycleOutdatedTogetherReadItOnce() throws Exception {
        ReadingScorecard reading = reading(MAX_AGE);
        CountDownLatch firstReaderInJira = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        objectives.onFirstRead(() -> {
            firstReaderInJira.countDown();
            await(release);
        });
        Thread first = new Thread(() -> reading.read(query()), "first-reader");
        first.start();
        await(firstReaderInJira);
        Thread second = new Thread(() -> reading.read(query()), "second-reader");
        second.start();
        while (second.getState() != Thread.State.BLOCKED) {
            assertTrue("the second reader finished without waiting for the first", second.isAlive());
            Thread.onSpinWait();
        }

        release.countDown();
        first.join();
        second.join();

        assertEquals(1, objectives.reads.get());
    }

    private ReadingScorecard reading(Duration maxAge) {
        return new ReadingScorecard(
                access,
                store.settings,
                store.cycleReviews,
                objectives,
                store.progress,
                store.snapshots,
                new ScoringAfresh(okr.jira, okr.jira, store.settings, clock),
                (viewer, filter, keys) -> Optional.empty(),
                clock,
                maxAge);
    }

    private static ScorecardQuery query() {
        return ScorecardQuery.of(Fixture.Q4.id().value(), null, null, 7);
    }

    private static KeyResultReading keyResult(ScorecardReading reading, KeyResultId id) {
        return reading.keyResults().values().stream()
                .flatMap(List::stream)
                .filter(kr -> kr.keyResult().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static double progressOf(ScorecardReading reading, KeyResultId id) {
        return keyResult(reading, id).progress().value();
    }

    private static String summaryOf(ScorecardReading reading, ObjectiveId id) {
        return reading.objectives().stream()
                .filter(objective -> objective.id().equals(id))
                .findFirst()
                .orElseThrow()
                .summary();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Jira's objectives, counting the reads of a cycle's objectives; the first read can be held. */
    private static final class CountingObjectives implements ObjectiveSource {
        private final ObjectiveSource jira;
        final AtomicInteger reads = new AtomicInteger();
        private volatile Runnable onFirstRead = () -> {};

        CountingObjectives(ObjectiveSource jira) {
            this.jira = jira;
        }

        void onFirstRead(Runnable hook) {
            onFirstRead = hook;
        }

        @Override
        public Optional<Objective> objective(ObjectiveId id) {
            return jira.objective(id);
        }

        @Override
        public List<Objective> objectivesIn(CycleId cycle) {
            if (reads.incrementAndGet() == 1) {
                onFirstRead.run();
            }
            return jira.objectivesIn(cycle);
        }

        @Override
        public List<Objective> objectivesMeasuredBy(Collection<KeyResultId> keyResults) {
            return jira.objectivesMeasuredBy(keyResults);
        }
    }
}
