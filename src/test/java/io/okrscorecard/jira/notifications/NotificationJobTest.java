package io.okrscorecard.jira.notifications;

import static org.junit.Assert.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.okrscorecard.app.NotificationsRun;
import io.okrscorecard.app.ReminderRun;
import io.okrscorecard.app.SendingDigests;
import io.okrscorecard.app.SendingNotifications;
import io.okrscorecard.core.Fixture;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mockito.MockedStatic;

public class NotificationJobTest {
    private static final Clock CLOCK = Fixture.MID_Q4;
    private static final SendingDigests.Report NO_DIGESTS =
            new SendingDigests.Report(List.of(), List.of(), List.of(), false);

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final SendingNotifications notifications = mock(SendingNotifications.class);
    private final NotificationJob job = new NotificationJob(scheduler, notifications, CLOCK);

    private final JobRunnerKey key = mock(JobRunnerKey.class);
    private final JobId jobId = mock(JobId.class);
    private final JobConfig config = mock(JobConfig.class, RETURNS_SELF);
    private final Schedule schedule = mock(Schedule.class);
    private final JobRunnerResponse success = mock(JobRunnerResponse.class);
    private final JobRunnerResponse aborted = mock(JobRunnerResponse.class);
    private final JobRunnerResponse failed = mock(JobRunnerResponse.class);
    private MockedStatic<JobRunnerKey> keys;
    private MockedStatic<JobId> jobIds;
    private MockedStatic<JobConfig> configs;
    private MockedStatic<Schedule> schedules;
    private MockedStatic<JobRunnerResponse> responses;

    @Before
    public void mockSchedulerValues() {
        keys = mockStatic(JobRunnerKey.class);
        keys.when(() -> JobRunnerKey.of(NotificationJob.RUNNER_KEY)).thenReturn(key);
        jobIds = mockStatic(JobId.class);
        jobIds.when(() -> JobId.of(NotificationJob.JOB_ID)).thenReturn(jobId);
        configs = mockStatic(JobConfig.class);
        configs.when(() -> JobConfig.forJobRunnerKey(key)).thenReturn(config);
        schedules = mockStatic(Schedule.class);
        schedules
                .when(() -> Schedule.forInterval(
                        3_600_000L, new Date(CLOCK.millis() + NotificationJob.FIRST_RUN.toMillis())))
                .thenReturn(schedule);
        responses = mockStatic(JobRunnerResponse.class);
        responses.when(() -> JobRunnerResponse.success(anyString())).thenReturn(success);
        responses.when(() -> JobRunnerResponse.aborted(anyString())).thenReturn(aborted);
        responses.when(() -> JobRunnerResponse.failed(any(Throwable.class))).thenReturn(failed);
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
    public void startRegistersTheRunnerAndSchedulesItOncePerClusterEveryHour() throws Exception {
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
    public void aRunSendsTheNotificationsAndReportsWhatWasSent() {
        when(notifications.run()).thenReturn(new NotificationsRun(new ReminderRun(true, 3, 1, 1, 0, true), NO_DIGESTS));

        assertSame(success, job.runJob(mock(JobRunnerRequest.class)));

        responses.verify(() ->
                JobRunnerResponse.success(eq("3 reminders sent, 1 sent before, 1 turned off, 0 without an address; 0"
                        + " digests sent, 0 failed, 0 skipped (subscriber unknown to Jira)")));
    }

    @Test
    public void withoutOutgoingMailTheRunIsAbortedAndTheRemindersWait() {
        when(notifications.run())
                .thenReturn(new NotificationsRun(
                        new ReminderRun(false, 0, 0, 0, 0, false),
                        new SendingDigests.Report(List.of(), List.of(), List.of(), true)));

        assertSame(aborted, job.runJob(mock(JobRunnerRequest.class)));
    }

    @Test
    public void aFailedRunIsReportedAsFailed() {
        when(notifications.run()).thenThrow(new IllegalStateException("Jira is down"));

        assertSame(failed, job.runJob(mock(JobRunnerRequest.class)));
    }
}
