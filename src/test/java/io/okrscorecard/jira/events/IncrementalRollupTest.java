package io.okrscorecard.jira.events;

import static io.okrscorecard.app.SampleOkrs.KR_1;
import static io.okrscorecard.app.SampleOkrs.KR_3;
import static io.okrscorecard.app.SampleOkrs.KR_4;
import static io.okrscorecard.jira.events.JiraSide.KEY_RESULT_TYPE;
import static io.okrscorecard.jira.events.JiraSide.STORY_TYPE;
import static io.okrscorecard.jira.events.JiraSide.issueEvent;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.link.IssueLinkManager;
import io.okrscorecard.app.ApplyingIssueChanges;
import io.okrscorecard.app.InMemoryOkr;
import io.okrscorecard.app.RecalculatingProgress;
import io.okrscorecard.app.ReconcilingProgress;
import io.okrscorecard.app.SampleOkrs;
import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.WorkItems;
import io.okrscorecard.core.port.CheckInRepository;
import io.okrscorecard.core.port.DirtyKeyResultJournal;
import io.okrscorecard.core.port.MaterialisedProgressRepository;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.SnapshotRepository;
import io.okrscorecard.core.port.Transactions;
import io.okrscorecard.core.port.WorkItemSource;
import io.okrscorecard.core.progress.ProgressSubject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.After;
import org.junit.Test;

public class IncrementalRollupTest {

    private static final Clock CLOCK = Fixture.MID_Q4;
    private static final List<Long> HANDLED = List.of(1L, 2L, 4L, 5L, 7L, 8L, 9L);
    /** Never started: tests drain the queue on their own thread. */
    private static final ThreadFactory NO_WORKER = work -> new Thread(() -> {});

    private final InMemoryOkr okr = SampleOkrs.create();
    private final JiraSide jira = new JiraSide(okr);
    private IncrementalRollup rollup = jira.rollup(okr.applying(CLOCK), 10_000, 200, NO_WORKER);

    @After
    public void stopWorker() {
        rollup.stop();
    }

    @Test
    public void everyHandledIssueEventQueuesTheAffectedKeyResults() {
        rollup.start();
        for (Long type : HANDLED) {
            rollup.onIssueEvent(issueEvent(jira.issue(Ids.of("S-4"), STORY_TYPE), type));

            assertEquals("event type " + type, 2, rollup.queued());
            rollup.drainNow();
        }
    }

    @Test
    public void aFieldChangeQueuesTheIssueWithTheKeyResultsWhoseWorkHoldsIt() {
        rollup.start();

        rollup.onIssueEvent(issueEvent(jira.issue(Ids.of("S-4"), STORY_TYPE), 2L));

        assertEquals(2, rollup.queued());
        assertEquals(2, rollup.queuedItems());
    }

    @Test
    public void createdDeletedAndMovedIssuesQueueTheirKeyResultsWholly() {
        rollup.start();

        for (long type : List.of(1L, 8L, 9L)) {
            rollup.onIssueEvent(issueEvent(jira.issue(Ids.of("S-4"), STORY_TYPE), type));
        }

        assertEquals(2, rollup.queued());
        assertEquals(0, rollup.queuedItems());
    }

    @Test
    public void aStatusChangeIsAppliedToTheKeptWorkWithoutReadingItAgain() {
        rollup.start();
        rollup.onIssueEvent(issueEvent(jira.issue(Ids.of("S-2"), STORY_TYPE), 2L));
        rollup.drainNow();
        int workReads = okr.jira.workReads.get();
        okr.jira.put(WorkItems.story("S-2").inEpic("E-1").done().build());

        rollup.onIssueEvent(issueEvent(jira.issue(Ids.of("S-2"), STORY_TYPE), 5L));
        rollup.drainNow();

        assertEquals(workReads, okr.jira.workReads.get());
        assertEquals(1, okr.jira.itemReads.get());
        assertEquals(
                okr.expectedRows(CLOCK).get(ProgressSubject.of(KR_1)),
                InMemoryOkr.Row.of(okr.progress.row(ProgressSubject.of(KR_1)).orElseThrow()));
    }

    @Test
    public void otherIssueEventsAreIgnoredWithoutALookup() {
        rollup.start();
        int before = jira.linkLookups.get();

        for (long type : List.of(3L, 6L, 10L, 11L, 12L, 13L, 14L, 15L)) {
            rollup.onIssueEvent(issueEvent(jira.issue(Ids.of("S-4"), STORY_TYPE), type));
        }

        assertEquals(0, rollup.queued());
        assertEquals(before, jira.linkLookups.get());
    }

    @Test
    public void linkEventsQueueTheKeyResultEnd() {
        rollup.start();

        rollup.onIssueLinkCreated(JiraSide.created(JiraSide.link(Ids.of("S-5"), KR_3.value(), JiraSide.CONTRIBUTION)));
        rollup.onIssueLinkDeleted(JiraSide.deleted(JiraSide.link(Ids.of("S-8"), KR_4.value(), JiraSide.CONTRIBUTION)));

        assertEquals(2, rollup.queued());
    }

    @Test
    public void anUnrelatedEventCallsNoRepositoryAndRecalculatesNothing() {
        ObjectiveSource objectives = mock(ObjectiveSource.class);
        WorkItemSource work = mock(WorkItemSource.class);
        ScorecardSettingsRepository settings = mock(ScorecardSettingsRepository.class);
        MaterialisedProgressRepository progress = mock(MaterialisedProgressRepository.class);
        SnapshotRepository snapshots = mock(SnapshotRepository.class);
        DirtyKeyResultJournal journal = mock(DirtyKeyResultJournal.class);
        CheckInRepository checkIns = mock(CheckInRepository.class);
        Transactions transactions = mock(Transactions.class);
        IssueLinkManager links = mock(IssueLinkManager.class);
        when(links.getOutwardLinks(Ids.of("X-1"))).thenReturn(List.of());
        when(links.getInwardLinks(Ids.of("X-1"))).thenReturn(List.of());
        JiraSide unused = new JiraSide(new InMemoryOkr(), links);
        IncrementalRollup quiet = new IncrementalRollup(
                unused.events,
                unused.affected(),
                new ApplyingIssueChanges(
                        new RecalculatingProgress(
                                objectives, work, settings, progress, snapshots, journal, transactions, CLOCK),
                        work,
                        CLOCK),
                journal,
                10_000,
                200,
                NO_WORKER);
        clearInvocations(unused.registry);

        quiet.onIssueEvent(issueEvent(unused.issue(Ids.of("X-1"), STORY_TYPE), 2L));
        quiet.drainNow();

        verifyNoInteractions(
                objectives, work, settings, progress, snapshots, journal, checkIns, transactions, unused.registry);
        assertEquals(0, quiet.batchesRecalculated());
    }

    @Test
    public void tenThousandEventsForOneKeyResultCoalesceIntoOneRecalculation() {
        rollup.start();

        IssueEvent update = issueEvent(jira.issue(Ids.of("S-5"), STORY_TYPE), 2L);
        for (int i = 0; i < 10_000; i++) {
            rollup.onIssueEvent(update);
        }
        rollup.drainNow();

        assertEquals(1, rollup.batchesRecalculated());
        assertEquals(1, okr.progress.saves.get());
    }

    @Test
    public void eventsArrivingWhileTheWorkerRecalculatesCoalesceIntoOneMoreRecalculation() throws Exception {
        CountDownLatch workerInside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        okr.jira.beforeEachRead(() -> {
            if (first.getAndSet(false)) {
                workerInside.countDown();
                await(release);
            }
        });
        rollup = jira.rollup(okr.applying(CLOCK), 10_000, 200, daemonThreads());
        rollup.start();

        IssueEvent update = issueEvent(jira.issue(Ids.of("S-5"), STORY_TYPE), 2L);
        rollup.onIssueEvent(update);
        assertTrue(workerInside.await(60, TimeUnit.SECONDS));
        for (int i = 1; i < 10_000; i++) {
            rollup.onIssueEvent(update);
        }
        assertEquals(1, rollup.queued());
        release.countDown();

        assertTrue(rollup.awaitIdle(10, TimeUnit.SECONDS));
        assertEquals(2, rollup.batchesRecalculated());
    }

    @Test
    public void theWorkerRecalculatesInTheBackground() throws Exception {
        rollup = jira.rollup(okr.applying(CLOCK), 10_000, 200, daemonThreads());
        rollup.start();

        rollup.onIssueEvent(issueEvent(jira.issue(Ids.of("KR-4"), KEY_RESULT_TYPE), 2L));

        assertTrue(rollup.awaitIdle(10, TimeUnit.SECONDS));
        assertTrue(okr.progress.row(ProgressSubject.of(KR_4)).isPresent());
        assertTrue(okr.progress.row(ProgressSubject.of(SampleOkrs.O_2)).isPresent());
    }

    @Test
    public void aFullQueueWritesTheKeyResultsThatDoNotFitToTheJournal() {
        rollup = jira.rollup(okr.applying(CLOCK), 2, 200, NO_WORKER);
        rollup.start();

        for (String key : List.of("KR-1", "KR-3", "KR-4", "KR-1")) {
            rollup.onIssueEvent(issueEvent(jira.issue(Ids.of(key), KEY_RESULT_TYPE), 2L));
        }

        assertEquals(2, rollup.queued());
        assertEquals(Set.of(KR_4), okr.journal.keyResults());
    }

    @Test
    public void stopMarksTheKeyResultsStillWaitingInTheJournal() {
        rollup.start();
        rollup.onIssueEvent(issueEvent(jira.issue(Ids.of("S-4"), STORY_TYPE), 2L));

        rollup.stop();

        assertEquals(Set.of(KR_1, KR_3), okr.journal.keyResults());
        assertEquals(0, rollup.queued());
    }

    @Test
    public void startSubscribesToJiraEventsAndStopUnsubscribes() {
        rollup.start();
        verify(jira.events).register(rollup);

        rollup.stop();
        verify(jira.events).unregister(rollup);
    }

    @Test
    public void afterAnEventStormTheStoredRowsEqualAFullRecompute() {
        EventStorm storm = new EventStorm(42, 12, 4, 20, 15);
        InMemoryOkr model = storm.okr();
        RecalculatingProgress recalculating = model.recalculating(CLOCK);
        recalculating.recalculateAll(null);
        IncrementalRollup small = storm.jira.rollup(model.applying(recalculating, CLOCK), 25, 10, NO_WORKER);
        small.start();

        for (int round = 0; round < 20; round++) {
            storm.apply(100, small);
            small.drainNow();
        }
        storm.apply(200, small);
        small.drainNow();
        ReconcilingProgress.Run run = new ReconcilingProgress(
                        recalculating, model.journal, model.snapshots, model.settings, CLOCK)
                .reconcile();
        small.stop();

        assertNull("today's full recalculation already ran", run.full());
        assertTrue("the small queue overflowed into the journal", run.journalRows() > 0);
        assertEquals(0, model.journal.size());
        assertEquals(
                model.expectedRows(CLOCK),
                model.storedRows(model.expectedRows(CLOCK).keySet()));
    }

    @Test
    public void withoutEventsTheStoredRowsGoStaleAndTheComparisonNoticesIt() {
        EventStorm storm = new EventStorm(7, 6, 3, 10, 10);
        InMemoryOkr model = storm.okr();
        model.recalculating(CLOCK).recalculateAll(null);
        IncrementalRollup deaf = storm.jira.rollup(model.applying(CLOCK), 10_000, 200, NO_WORKER);

        storm.apply(500, deaf);

        assertTrue(!model.expectedRows(CLOCK)
                .equals(model.storedRows(model.expectedRows(CLOCK).keySet())));
    }

    private static ThreadFactory daemonThreads() {
        return work -> {
            Thread thread = new Thread(work, IncrementalRollup.THREAD_NAME);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
