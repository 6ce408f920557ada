package io.okrscorecard.jira.bootstrap;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.issue.context.JiraContextNode;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.core.settings.SetupReport;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/** The bootstrap as the core's {@code HostSetup} port: what the admin page's {@code /admin/bootstrap} shows. */
public class BootstrapHostSetupTest {
    private final FakeJira jira = new FakeJira();

    @Test
    public void afterAStartTheReportIsWhatThatStartDidWithEveryRoleInOrder() {
        Bootstrap bootstrap = bootstrap(lockService());
        bootstrap.run();

        SetupReport report = bootstrap.report();

        assertEquals(SetupReport.Run.COMPLETED, report.run());
        assertFalse(report.checkedNow());
        assertTrue(report.complete());
        assertEquals(
                Arrays.asList(HostObject.values()),
                report.entries().stream().map(SetupReport.Entry::role).toList());
        SetupReport.Entry weight = report.entries().get(HostObject.WEIGHT_FIELD.ordinal());
        assertEquals(SetupReport.Outcome.CREATED, weight.outcome());
        assertEquals(jira.registry.idOf(HostObject.WEIGHT_FIELD).orElseThrow(), weight.id());
        assertEquals("OKR Weight", weight.name());
        assertNull(weight.message());
        assertEquals("okr.bootstrap.outcome.created", weight.outcome().messageKey());
    }

    @Test
    public void aFailedObjectKeepsJirasMessage() {
        jira.failOnceCreating("OKR Weight");
        Bootstrap bootstrap = bootstrap(lockService());
        bootstrap.run();

        SetupReport.Entry weight = bootstrap.report().entries().get(HostObject.WEIGHT_FIELD.ordinal());

        assertEquals(SetupReport.Outcome.FAILED, weight.outcome());
        assertNull(weight.id());
        assertTrue(
                weight.message(), weight.message() != null && !weight.message().isBlank());
        assertFalse(bootstrap.report().complete());
    }

    @Test
    public void aSkippedStartReportsWhatACheckFindsNowAndCreatesNothing() {
        Bootstrap bootstrap = bootstrap(null);
        bootstrap.run();

        SetupReport report = bootstrap.report();

        assertEquals(SetupReport.Run.SKIPPED_NO_LOCK_SERVICE, report.run());
        assertTrue(report.checkedNow());
        assertEquals(HostObject.values().length, report.entries().size());
        assertTrue(report.entries().stream().allMatch(e -> e.outcome() == SetupReport.Outcome.MISSING));
        assertEquals(0, jira.creations.get());
        assertEquals("okr.bootstrap.run.skipped-no-lock-service", report.run().messageKey());
    }

    @Test
    public void beforeAnyStartTheReportIsACheckMarkedNotRun() {
        bootstrap(lockService()).run();
        Bootstrap freshNode = bootstrap(lockService());

        SetupReport report = freshNode.report();

        assertEquals(SetupReport.Run.NOT_RUN, report.run());
        assertTrue(report.checkedNow());
        assertTrue(report.entries().stream().allMatch(e -> e.outcome() == SetupReport.Outcome.FOUND_BY_ID));
        assertTrue(report.complete());
    }

    @Test
    public void everyRunOfTheBootstrapHasTheSameNameAndMessageKeyInTheCore() {
        for (BootstrapReport.Run run : BootstrapReport.Run.values()) {
            assertEquals(run.messageKey(), SetupReport.Run.valueOf(run.name()).messageKey());
        }
    }

    private Bootstrap bootstrap(ClusterLockService lockService) {
        return new Bootstrap(
                lockService,
                jira.registry,
                jira.issueTypes,
                jira.avatars,
                jira.customFields,
                jira.options,
                jira.linkTypes,
                () -> List.of(mock(JiraContextNode.class)),
                Duration.ofMillis(200));
    }

    private static ClusterLockService lockService() {
        ClusterLock lock = mock(ClusterLock.class);
        try {
            when(lock.tryLock(anyLong(), any(TimeUnit.class))).thenReturn(true);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        ClusterLockService service = mock(ClusterLockService.class);
        when(service.getLockForName(Bootstrap.LOCK_NAME)).thenReturn(lock);
        return service;
    }
}
