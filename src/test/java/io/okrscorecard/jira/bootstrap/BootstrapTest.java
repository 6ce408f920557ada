package io.okrscorecard.jira.bootstrap;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.issue.context.JiraContextNode;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.core.settings.SetupReport.Outcome;
import io.okrscorecard.jira.bootstrap.BootstrapReport.Run;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.Test;

public class BootstrapTest {
    private final FakeJira jira = new FakeJira();
    private final SharedLock lock = new SharedLock();

    @Test
    public void firstStartCreatesEveryIssueTypeFieldAndLinkType() {
        BootstrapReport report = bootstrap(lockService(lock)).run();

        assertEquals(Run.COMPLETED, report.run());
        assertEquals(HostObject.values().length, report.with(Outcome.CREATED).size());
        assertTrue(report.complete());
        for (HostObject object : HostObject.values()) {
            assertEquals(object.defaultName(), 1, jira.countNamed(object.defaultName()));
            assertTrue(object + " recorded", jira.registry.idOf(object).isPresent());
        }
        assertEquals(
                List.of("Financial", "Customer", "Internal Processes", "Learning & Growth"),
                jira.fieldNamed("BSC Perspective").optionValues());
        assertEquals(
                List.of("Work", "Metric", "Milestone"),
                jira.fieldNamed("KR Kind").optionValues());
        FakeJira.FakeField weight = jira.fieldNamed("OKR Weight");
        assertEquals(
                List.of("Objective", "Key Result"),
                weight.issueTypes.stream().map(t -> t.getName()).toList());
        assertEquals("com.atlassian.jira.plugin.system.customfieldtypes:float", weight.type.getKey());
        assertEquals(
                "com.atlassian.jira.plugin.system.customfieldtypes:textfield",
                jira.fieldNamed("OKR Cycle").type.getKey());
    }

    @Test
    public void secondStartCreatesNothingAndFindsEverythingById() {
        bootstrap(lockService(lock)).run();
        int created = jira.creations.get();

        BootstrapReport second = bootstrap(lockService(lock)).run();

        assertEquals(created, jira.creations.get());
        assertEquals(
                HostObject.values().length, second.with(Outcome.FOUND_BY_ID).size());
    }

    @Test
    public void renamedFieldIsFoundByIdAndKept() {
        bootstrap(lockService(lock)).run();
        jira.fieldNamed("OKR Weight").name = "Strategic weight";

        BootstrapReport second = bootstrap(lockService(lock)).run();

        BootstrapReport.Entry weight = second.entries().get(HostObject.WEIGHT_FIELD);
        assertEquals(Outcome.FOUND_BY_ID, weight.outcome());
        assertEquals("Strategic weight", weight.name());
        assertEquals(0, jira.countNamed("OKR Weight"));
    }

    @Test
    public void objectsCreatedByHandBeforeTheAppAreFoundByNameAndRecorded() {
        jira.types.put("77", new FakeJira.FakeIssueType("77", "Objective", false));

        BootstrapReport report = bootstrap(lockService(lock)).run();

        assertEquals(
                Outcome.FOUND_BY_NAME,
                report.entries().get(HostObject.OBJECTIVE_ISSUE_TYPE).outcome());
        assertEquals("77", jira.registry.idOf(HostObject.OBJECTIVE_ISSUE_TYPE).orElseThrow());
        assertEquals(1, jira.countNamed("Objective"));
    }

    @Test
    public void twoNodesStartingTogetherCreateOneOfEach() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        Callable<BootstrapReport> start = () -> {
            go.await();
            return bootstrap(lockService(lock), Duration.ofSeconds(20)).run();
        };
        try {
            Future<BootstrapReport> first = nodes.submit(start);
            Future<BootstrapReport> second = nodes.submit(start);
            go.countDown();
            BootstrapReport a = first.get(30, TimeUnit.SECONDS);
            BootstrapReport b = second.get(30, TimeUnit.SECONDS);

            for (HostObject object : HostObject.values()) {
                assertEquals(object.defaultName(), 1, jira.countNamed(object.defaultName()));
            }
            assertEquals(
                    HostObject.values().length,
                    a.with(Outcome.CREATED).size() + b.with(Outcome.CREATED).size());
            assertTrue(a.complete() && b.complete());
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    public void missingLockServiceSkipsAndTheNextStartCompletes() {
        BootstrapReport skipped = bootstrap(null).run();
        ClusterLockService gone = mock(ClusterLockService.class);
        when(gone.getLockForName(anyString())).thenThrow(new IllegalStateException("service unavailable"));
        BootstrapReport alsoSkipped = bootstrap(gone).run();

        assertEquals(Run.SKIPPED_NO_LOCK_SERVICE, skipped.run());
        assertEquals(Run.SKIPPED_NO_LOCK_SERVICE, alsoSkipped.run());
        assertEquals(0, jira.creations.get());
        assertTrue(bootstrap(lockService(lock)).run().complete());
    }

    @Test
    public void lockHeldByAnotherNodeSkipsWithoutTouchingJira() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread otherNode = new Thread(() -> {
            lock.lock();
            try {
                held.countDown();
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        });
        otherNode.start();
        held.await();
        try {
            BootstrapReport report = bootstrap(lockService(lock)).run();

            assertEquals(Run.SKIPPED_LOCK_BUSY, report.run());
            assertEquals(0, jira.creations.get());
        } finally {
            release.countDown();
            otherNode.join();
        }
    }

    @Test
    public void failureHalfWayIsCompletedByTheNextStart() {
        jira.failOnceCreating("KR Target");
        jira.failOnceCreating("Internal Processes");

        BootstrapReport first = bootstrap(lockService(lock)).run();

        assertFalse(first.complete());
        assertEquals(
                Outcome.FAILED, first.entries().get(HostObject.KR_TARGET_FIELD).outcome());
        assertEquals(
                "connection lost creating KR Target",
                first.entries().get(HostObject.KR_TARGET_FIELD).message());
        assertEquals(
                Outcome.FAILED,
                first.entries().get(HostObject.PERSPECTIVE_FIELD).outcome());
        assertEquals(Outcome.CREATED, first.entries().get(HostObject.CAUSE_LINK).outcome());
        assertFalse(jira.registry.idOf(HostObject.PERSPECTIVE_FIELD).isPresent());

        BootstrapReport second = bootstrap(lockService(lock)).run();

        assertTrue(second.complete());
        assertEquals(
                Outcome.FOUND_BY_NAME,
                second.entries().get(HostObject.PERSPECTIVE_FIELD).outcome());
        assertEquals(
                Outcome.CREATED,
                second.entries().get(HostObject.KR_TARGET_FIELD).outcome());
        assertEquals(
                List.of("Financial", "Customer", "Internal Processes", "Learning & Growth"),
                jira.fieldNamed("BSC Perspective").optionValues());
        assertEquals(1, jira.countNamed("BSC Perspective"));
        assertEquals(1, jira.countNamed("KR Target"));
    }

    @Test
    public void createdIssueTypesGetTheInstancesDefaultIssueTypeIcon() {
        BootstrapReport report = bootstrap(lockService(lock)).run();

        assertTrue(report.complete());
        for (String name : List.of("Objective", "Key Result")) {
            FakeJira.FakeIssueType type = jira.typesNamed(name).get(0);
            assertEquals(name, Long.valueOf(FakeJira.DEFAULT_ISSUE_TYPE_AVATAR), type.avatarId);
        }
    }

    @Test
    public void withoutADefaultIconTheIssueTypesAreLeftToTheAdminAndFoundByNameOnceMadeByHand() {
        when(jira.avatars.getDefaultAvatarId(any())).thenReturn(null);

        BootstrapReport first = bootstrap(lockService(lock)).run();

        for (HostObject type : List.of(HostObject.OBJECTIVE_ISSUE_TYPE, HostObject.KEY_RESULT_ISSUE_TYPE)) {
            assertEquals(Outcome.FAILED, first.entries().get(type).outcome());
            assertEquals(Bootstrap.NO_DEFAULT_AVATAR, first.entries().get(type).message());
        }
        verify(jira.issueTypes, never()).createIssueType(anyString(), anyString(), any());
        assertEquals(
                Outcome.FAILED, first.entries().get(HostObject.WEIGHT_FIELD).outcome());
        assertEquals(0, jira.countNamed("OKR Weight"));
        assertEquals(
                Outcome.CREATED,
                first.entries().get(HostObject.CONTRIBUTION_LINK).outcome());

        jira.types.put("77", new FakeJira.FakeIssueType("77", "Objective", false));
        jira.types.put("78", new FakeJira.FakeIssueType("78", "Key Result", false));
        BootstrapReport second = bootstrap(lockService(lock)).run();

        assertTrue(second.complete());
        assertEquals(
                Outcome.FOUND_BY_NAME,
                second.entries().get(HostObject.OBJECTIVE_ISSUE_TYPE).outcome());
        assertEquals(
                Outcome.CREATED, second.entries().get(HostObject.WEIGHT_FIELD).outcome());
        int created = jira.creations.get();

        BootstrapReport third = bootstrap(lockService(lock)).run();

        assertEquals(created, jira.creations.get());
        assertEquals(HostObject.values().length, third.with(Outcome.FOUND_BY_ID).size());
    }

    @Test
    public void anIconServiceThatFailsLeavesTheIssueTypesToTheNextStartWhichCreatesEachOnce() {
        when(jira.avatars.getDefaultAvatarId(any())).thenThrow(new NoSuchMethodError("getDefaultAvatarId"));

        BootstrapReport first = bootstrap(lockService(lock)).run();

        assertEquals(
                Outcome.FAILED,
                first.entries().get(HostObject.OBJECTIVE_ISSUE_TYPE).outcome());
        assertEquals(0, jira.countNamed("Objective"));

        reset(jira.avatars);
        when(jira.avatars.getDefaultAvatarId(any())).thenReturn(FakeJira.DEFAULT_ISSUE_TYPE_AVATAR);
        BootstrapReport second = bootstrap(lockService(lock)).run();
        BootstrapReport third = bootstrap(lockService(lock)).run();

        assertTrue(second.complete());
        assertEquals(
                Outcome.CREATED,
                second.entries().get(HostObject.OBJECTIVE_ISSUE_TYPE).outcome());
        assertEquals(HostObject.values().length, third.with(Outcome.FOUND_BY_ID).size());
        for (HostObject object : HostObject.values()) {
            assertEquals(object.defaultName(), 1, jira.countNamed(object.defaultName()));
        }
    }

    private Bootstrap bootstrap(ClusterLockService lockService) {
        return bootstrap(lockService, Duration.ofMillis(200));
    }

    private Bootstrap bootstrap(ClusterLockService lockService, Duration lockWait) {
        return new Bootstrap(
                lockService,
                jira.registry,
                jira.issueTypes,
                jira.avatars,
                jira.customFields,
                jira.options,
                jira.linkTypes,
                () -> List.of(mock(JiraContextNode.class)),
                lockWait);
    }

    private static ClusterLockService lockService(ClusterLock lock) {
        ClusterLockService service = mock(ClusterLockService.class);
        when(service.getLockForName(Bootstrap.LOCK_NAME)).thenReturn(lock);
        return service;
    }

    /** A cluster lock backed by a real ReentrantLock: what Jira's lock does within one JVM. */
    private static final class SharedLock implements ClusterLock {
        private final ReentrantLock delegate = new ReentrantLock();

        @Override
        public void lock() {
            delegate.lock();
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            delegate.lockInterruptibly();
        }

        @Override
        public boolean tryLock() {
            return delegate.tryLock();
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return delegate.tryLock(time, unit);
        }

        @Override
        public void unlock() {
            delegate.unlock();
        }

        @Override
        public Condition newCondition() {
            return delegate.newCondition();
        }
    }
}
