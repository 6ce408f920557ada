package io.okrscorecard.jira.reconciliation;

import static io.okrscorecard.app.SampleOkrs.KR_1;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.okrscorecard.app.InMemoryOkr;
import io.okrscorecard.app.ReconcilingProgress;
import io.okrscorecard.app.SampleOkrs;
import io.okrscorecard.core.Fixture;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mockito.MockedStatic;

public class ReconciliationJobTest {

    private static final Clock CLOCK = Fixture.MID_Q4;

    private final InMemoryOkr okr = SampleOkrs.create();
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final ReconcilingProgress reconciling =
            new ReconcilingProgress(okr.recalculating(CLOCK), okr.journal, okr.snapshots, okr.settings, CLOCK);
    private final ReconciliationJob job = new ReconciliationJob(scheduler, reconciling, CLOCK);

    private final JobRunnerKey key = mock(JobRunnerKey.class);
    private final JobId jobId = mock(JobId.class);
    private final JobConfig config = mock(JobConfig.class, RETURNS_SELF);
    private final Schedule schedule = mock(Schedule.class);
    private final JobRunnerResponse success = mock(JobRunnerResponse.class);
    private final JobRunnerResponse aborted = mock(JobRunnerResponse.class);
    private MockedStatic<JobRunnerKey> keys;
    private MockedStatic<JobId> jobIds;
    private MockedStatic<JobConfig> configs;
    private MockedStatic<Schedule> schedules;
    private MockedStatic<JobRunnerResponse> responses;

    @Before
    public void mockSchedulerValues() {
        keys = mockStatic(JobRunnerKey.class);
        keys.when(() -> JobRunnerKey.of(ReconciliationJob.RUNNER_KEY)).thenReturn(key);
        jobIds = mockStatic(JobId.class);
        jobIds.when(() -> JobId.of(ReconciliationJob.JOB_ID)).thenReturn(jobId);
        configs = mockStatic(JobConfig.class);
        configs.when(() -> JobConfig.forJobRunnerKey(key)).thenReturn(config);
        schedules = mockStatic(Schedule.class);
        schedules
                .when(() -> Schedule.forInterval(
                        300_000L, new Date(CLOCK.millis() + ReconciliationJob.INTERVAL.toMillis())))
                .thenReturn(schedule);
        responses = mockStatic(JobRunnerResponse.class);
        responses.when(() -> JobRunnerResponse.success(anyString())).thenReturn(success);
        responses.when(() -> JobRunnerResponse.aborted(anyString())).thenReturn(aborted);
    }

    @After
    public void closeStaticMocks() {
        keys.close();
        jobIds.close();
        configs.close();
        schedules.close();
        responses.close();
    }

    @Test
    public void startRegistersTheRunnerAndSchedulesItOncePerClusterEveryFiveMinutes() throws Exception {
        job.start();

        verify(scheduler).registerJobRunner(key, job);
        verify(config).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER);
        verify(config).withSchedule(schedule);
        verify(scheduler).scheduleJob(jobId, config);
    }

    @Test
    public void stopUnregistersTheRunnerAndKeepsTheClusterWideSchedule() {
        job.stop();

        verify(scheduler).unregisterJobRunner(key);
        verify(scheduler, never()).unscheduleJob(any());
    }

    @Test
    public void aRunDrainsTheJournalAndRunsTodaysFullRecalculation() {
        okr.journal.mark(List.of(KR_1));

        assertSame(success, job.runJob(mock(JobRunnerRequest.class)));

        assertEquals(0, okr.journal.size());
        assertEquals(1, okr.snapshots.records.get());
        assertEquals(
                okr.expectedRows(CLOCK), okr.storedRows(okr.expectedRows(CLOCK).keySet()));
    }

    @Test
    public void firingTwiceRecalculatesEverythingOnlyOnce() {
        job.runJob(mock(JobRunnerRequest.class));
        int saves = okr.progress.saves.get();

        assertSame(success, job.runJob(mock(JobRunnerRequest.class)));

        assertEquals(saves, okr.progress.saves.get());
        assertEquals(1, okr.snapshots.records.get());
    }

    @Test
    public void statusIsAvailableForTheAdminPage() {
        job.runJob(mock(JobRunnerRequest.class));

        assertEquals(2, job.status().total());
        assertEquals(2, job.status().done());
    }
}
