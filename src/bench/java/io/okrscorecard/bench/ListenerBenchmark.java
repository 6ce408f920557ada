package io.okrscorecard.bench;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import io.okrscorecard.app.ApplyingIssueChanges;
import io.okrscorecard.app.RecalculatingProgress;
import io.okrscorecard.core.port.DirtyKeyResultJournal;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.port.MaterialisedProgressRepository;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.SnapshotRepository;
import io.okrscorecard.core.port.Transactions;
import io.okrscorecard.core.port.WorkItemSource;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.jira.events.IncrementalRollup;
import io.okrscorecard.jira.work.ParentLinks;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mockito.MockSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Budget: the listener's cost per event for an issue that touches no key result (≤ 50 µs, no SQL). The issue, its type
 * and the link manager are plain stand-ins; the event, a final class, is a stub-only Mockito mock, whose two getters
 * {@link #mockedEventGettersOnly} measures alone. The figure therefore includes Mockito's dispatch: an upper bound of
 * the listener's own cost.
 * The app's repositories are mocks too; the tear-down fails the run if any of them was called.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xms512m", "-Xmx512m"})
public class ListenerBenchmark {

    private static final long UNRELATED_ISSUE = 4_242L;

    private IncrementalRollup rollup;
    private IssueEvent unrelated;
    private Object[] repositories;

    @Setup
    public void setUp() {
        IssueLinkManager links =
                stub(IssueLinkManager.class, Map.of("getOutwardLinks", List.of(), "getInwardLinks", List.of()));
        IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
        IssueLinkType epicStory = mock(IssueLinkType.class);
        when(epicStory.getId()).thenReturn(10_200L);
        when(linkTypes.getIssueLinkTypesByName("Epic-Story Link")).thenReturn(List.of(epicStory));
        HostObjectRegistry registry = mock(HostObjectRegistry.class);
        when(registry.idOf(HostObject.KEY_RESULT_ISSUE_TYPE)).thenReturn(Optional.of("10001"));
        when(registry.idOf(HostObject.KEY_RESULT_LINK)).thenReturn(Optional.of("10100"));
        when(registry.idOf(HostObject.CONTRIBUTION_LINK)).thenReturn(Optional.of("10101"));

        ObjectiveSource objectives = mock(ObjectiveSource.class);
        WorkItemSource work = mock(WorkItemSource.class);
        ScorecardSettingsRepository settings = mock(ScorecardSettingsRepository.class);
        MaterialisedProgressRepository progress = mock(MaterialisedProgressRepository.class);
        SnapshotRepository snapshots = mock(SnapshotRepository.class);
        DirtyKeyResultJournal journal = mock(DirtyKeyResultJournal.class);
        Transactions transactions = mock(Transactions.class);
        repositories = new Object[] {objectives, work, settings, progress, snapshots, journal, transactions};
        RecalculatingProgress recalculating = new RecalculatingProgress(
                objectives, work, settings, progress, snapshots, journal, transactions, BenchData.CLOCK);
        ApplyingIssueChanges applying = new ApplyingIssueChanges(recalculating, work, BenchData.CLOCK);
        rollup = new IncrementalRollup(
                mock(EventPublisher.class), links, linkTypes, registry, ParentLinks.NONE, applying, journal);
        rollup.start();

        IssueType story = stub(IssueType.class, Map.of("getId", "10002"));
        Issue issue = stub(Issue.class, Map.of("getId", UNRELATED_ISSUE, "getIssueType", story));
        unrelated = mock(IssueEvent.class, stubOnly());
        when(unrelated.getIssue()).thenReturn(issue);
        when(unrelated.getEventTypeId()).thenReturn(EventType.ISSUE_UPDATED_ID);
    }

    /** Mocks called on every event keep no invocation history, or millions of calls would fill the heap. */
    private static MockSettings stubOnly() {
        return withSettings().stubOnly();
    }

    @TearDown
    public void tearDown() {
        rollup.stop();
        for (Object repository : repositories) {
            if (!mockingDetails(repository).getInvocations().isEmpty()) {
                throw new IllegalStateException("an unrelated event reached a repository: "
                        + mockingDetails(repository).getInvocations());
            }
        }
    }

    @Benchmark
    public IssueEvent unrelatedEvent() {
        rollup.onIssueEvent(unrelated);
        return unrelated;
    }

    /** The share of {@link #unrelatedEvent} that is Mockito's: the two getters of the mocked final event class. */
    @Benchmark
    public Object mockedEventGettersOnly() {
        unrelated.getEventTypeId();
        return unrelated.getIssue();
    }

    /**
     * A plain stand-in for a Jira interface, answering by method name: far cheaper per call than a Mockito mock, so
     * that the measured cost is the listener's. Only the final event class needs Mockito.
     */
    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(
                type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> answers.get(method.getName()));
    }
}
