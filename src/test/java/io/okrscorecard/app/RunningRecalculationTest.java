package io.okrscorecard.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.okrscorecard.app.RunningRecalculation.Failure;
import io.okrscorecard.app.RunningRecalculation.Job;
import io.okrscorecard.app.RunningRecalculation.Phase;
import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.WorkItemSource;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class RunningRecalculationTest {
    private static final Clock CLOCK = Fixture.MID_Q4;

    private final InMemoryOkr okr = SampleOkrs.create();
    private final ManualExecutor executor = new ManualExecutor();
    private final Users users = new Users();
    private final List<Runnable> duringWorkReads = new ArrayList<>();
    private final RunningRecalculation running = new RunningRecalculation(
            new Administrators(users), recalculating(okr.settings, readingWork()), CLOCK, executor);

    @Test
    public void aStartedRecalculationWaitsQueuedThenStoresEveryObjectiveAndFinishes() {
        Job queued = running.start();

        assertEquals(Phase.QUEUED, queued.phase());
        assertNull(queued.startedAt());
        assertEquals(0, okr.progress.size());

        executor.runNext();

        Job finished = running.job(queued.id());
        assertEquals(Phase.FINISHED, finished.phase());
        assertEquals(2, finished.done());
        assertEquals(2, finished.total());
        assertEquals(CLOCK.instant(), finished.startedAt());
        assertEquals(CLOCK.instant(), finished.finishedAt());
        assertEquals(List.of(), finished.failures());
        assertTrue(okr.progress.row(ProgressSubject.of(SampleOkrs.O_1)).isPresent());
    }

    @Test
    public void whileRunningTheJobShowsItsProgressAndStartingAgainReturnsIt() {
        Job started = running.start();
        List<Job> seen = new ArrayList<>();
        duringWorkReads.add(() -> {
            seen.add(running.job(started.id()));
            seen.add(running.start());
        });

        executor.runNext();

        Job during = seen.get(0);
        assertEquals(Phase.RUNNING, during.phase());
        assertEquals(0, during.done());
        assertEquals(2, during.total());
        assertEquals(CLOCK.instant(), during.startedAt());
        assertNull(during.finishedAt());
        assertEquals(started.id(), seen.get(1).id());
        assertEquals(0, executor.queued());
    }

    @Test
    public void startingWhileOneIsQueuedReturnsThatOne() {
        Job first = running.start();

        Job again = running.start();

        assertEquals(first.id(), again.id());
        assertEquals(1, executor.queued());
    }

    @Test
    public void aNewRecalculationStartsOnceTheLastOneFinished() {
        Job first = running.start();
        executor.runNext();

        Job second = running.start();

        assertNotEquals(first.id(), second.id());
        assertEquals(Phase.QUEUED, second.phase());
        assertEquals(Phase.FINISHED, running.job(first.id()).phase());
    }

    @Test
    public void aCycleThatFailsIsListedAndTheJobStillFinishes() {
        okr.jira.failWith(new IllegalStateException("Jira is down"));
        Job job = running.start();
        executor.runNext();

        Job finished = running.job(job.id());
        assertEquals(Phase.FINISHED, finished.phase());
        assertEquals(List.of(new Failure("2026-Q4", "okr.recalculate.failure.cycle")), finished.failures());
    }

    @Test
    public void aRunThatCannotStartFailsAndTheNextOneMayStart() {
        ScorecardSettingsRepository broken = mock(ScorecardSettingsRepository.class);
        when(broken.appSettings()).thenThrow(new IllegalStateException("database gone"));
        RunningRecalculation failing =
                new RunningRecalculation(new Administrators(users), recalculating(broken, okr.jira), CLOCK, executor);

        Job job = failing.start();
        executor.runNext();

        Job failed = failing.job(job.id());
        assertEquals(Phase.FAILED, failed.phase());
        assertEquals(List.of(new Failure(null, "okr.recalculate.failure.run")), failed.failures());
        assertEquals(CLOCK.instant(), failed.finishedAt());
        assertNotEquals(job.id(), failing.start().id());
    }

    @Test
    public void unknownAndMalformedJobsAreNotFound() {
        assertThrows(NotFoundException.class, () -> running.job("00000000-0000-0000-0000-000000000000"));
        NotFoundException malformed =
                assertThrows(NotFoundException.class, () -> running.job("not a job " + "x".repeat(500)));
        assertTrue(malformed.getMessage(), malformed.getMessage().length() < 100);
        assertThrows(NotFoundException.class, () -> running.job(null));
    }

    @Test
    public void onlyAdministratorsStartOrFollowARecalculation() {
        Job job = running.start();

        users.current = "someone";
        AccessDeniedException forbidden = assertThrows(AccessDeniedException.class, running::start);
        assertThrows(AccessDeniedException.class, () -> running.job(job.id()));
        users.current = null;
        AccessDeniedException anonymous = assertThrows(AccessDeniedException.class, running::start);

        assertTrue(anonymous.anonymous());
        assertFalse(forbidden.anonymous());
        assertEquals(1, executor.queued());
    }

    @Test
    public void onlyTheLastTenJobsAreKept() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < RunningRecalculation.KEPT_JOBS + 2; i++) {
            ids.add(running.start().id());
            executor.runNext();
        }

        assertThrows(NotFoundException.class, () -> running.job(ids.get(0)));
        assertThrows(NotFoundException.class, () -> running.job(ids.get(1)));
        assertEquals(Phase.FINISHED, running.job(ids.get(2)).phase());
        assertEquals(Phase.FINISHED, running.job(ids.get(ids.size() - 1)).phase());
    }

    @Test
    public void closingStopsTheThreadItOwnsAndLaterStartsFailAtOnce() {
        RunningRecalculation owning =
                new RunningRecalculation(new Administrators(users), okr.recalculating(CLOCK), CLOCK);
        owning.close();

        Job job = owning.start();

        assertEquals(Phase.FAILED, job.phase());
        assertEquals(List.of(new Failure(null, "okr.recalculate.failure.run")), job.failures());
    }

    /** The in-memory Jira, running {@link #duringWorkReads} before each read of work. */
    private WorkItemSource readingWork() {
        return new WorkItemSource() {
            @Override
            public WorkGraph workFor(Collection<KeyResultId> krs) {
                duringWorkReads.forEach(Runnable::run);
                return okr.jira.workFor(krs);
            }

            @Override
            public Map<IssueId, WorkItem> items(Collection<IssueId> issues) {
                duringWorkReads.forEach(Runnable::run);
                return okr.jira.items(issues);
            }
        };
    }

    private RecalculatingProgress recalculating(ScorecardSettingsRepository settings, WorkItemSource work) {
        return new RecalculatingProgress(
                okr.jira, work, settings, okr.progress, okr.snapshots, okr.journal, okr.transactions, CLOCK);
    }

    /** The admin, another user ({@code current}), or nobody; nobody may browse anything. */
    private static final class Users implements AccessControl {
        String current = "admin";

        @Override
        public Optional<Viewer> currentViewer() {
            return Optional.ofNullable(current).map(Viewer::new);
        }

        @Override
        public boolean isAdministrator(Viewer viewer) {
            return "admin".equals(viewer.userKey());
        }

        @Override
        public boolean isInGroup(Viewer viewer, String group) {
            return false;
        }

        @Override
        public boolean canBrowse(Viewer viewer, IssueId issue) {
            return false;
        }

        @Override
        public boolean canEdit(Viewer viewer, IssueId issue) {
            return false;
        }
    }
}
