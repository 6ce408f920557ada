package io.okrscorecard.jira.events;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import io.okrscorecard.app.InMemoryOkr;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.core.work.WorkItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Jira as the listener sees it, over an {@link InMemoryOkr}: issue links derived from its objectives and work graph,
 * mocked issues and events (stub-only: storms of events keep no invocation history), and the ids the bootstrap
 * recorded. Public so that the benchmarks can use it.
 */
public final class JiraSide {

    public static final String OBJECTIVE_TYPE = "10000";
    public static final String KEY_RESULT_TYPE = "10001";
    public static final String STORY_TYPE = "10002";
    public static final Long MEASURES = 10100L;
    public static final Long CONTRIBUTION = 10101L;
    public static final Long EPIC_STORY = 10200L;

    public final InMemoryOkr okr;
    public final IssueLinkManager links;
    public final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    public final HostObjectRegistry registry = mock(HostObjectRegistry.class);
    public final EventPublisher events = mock(EventPublisher.class);
    public final AtomicInteger linkLookups = new AtomicInteger();
    private final Map<Long, Issue> issues = new HashMap<>();
    private final Map<List<Long>, IssueEvent> issueEvents = new HashMap<>();
    private final Map<IssueLink, IssueLinkCreatedEvent> created = new HashMap<>();
    private final Map<IssueLink, IssueLinkDeletedEvent> deleted = new HashMap<>();

    public JiraSide(InMemoryOkr okr) {
        this(okr, null);
    }

    /** With {@code links} {@code null}, links come from the in-memory model. */
    public JiraSide(InMemoryOkr okr, IssueLinkManager links) {
        this.okr = okr;
        this.links = links != null ? links : new Links();
        when(registry.idOf(HostObject.KEY_RESULT_ISSUE_TYPE)).thenReturn(Optional.of(KEY_RESULT_TYPE));
        when(registry.idOf(HostObject.OBJECTIVE_ISSUE_TYPE)).thenReturn(Optional.of(OBJECTIVE_TYPE));
        when(registry.idOf(HostObject.KEY_RESULT_LINK)).thenReturn(Optional.of(MEASURES.toString()));
        when(registry.idOf(HostObject.CONTRIBUTION_LINK)).thenReturn(Optional.of(CONTRIBUTION.toString()));
        IssueLinkType epicStory = mock(IssueLinkType.class);
        when(epicStory.getId()).thenReturn(EPIC_STORY);
        when(linkTypes.getIssueLinkTypesByName(AffectedKeyResults.EPIC_STORY_LINK))
                .thenReturn(List.of(epicStory));
    }

    /** The affected-key-result finder over these links, with the ids read. */
    public AffectedKeyResults affected() {
        AffectedKeyResults affected = new AffectedKeyResults(links, linkTypes, registry);
        affected.refresh();
        return affected;
    }

    /** An incremental rollup whose worker is only started by {@link IncrementalRollup#start()}. */
    public IncrementalRollup rollup(
            io.okrscorecard.app.ApplyingIssueChanges applying, int capacity, int batchSize, ThreadFactory threads) {
        return new IncrementalRollup(
                events,
                new AffectedKeyResults(links, linkTypes, registry),
                applying,
                okr.journal,
                capacity,
                batchSize,
                threads);
    }

    /** Recalculates everything queued on the calling thread (for rollups whose worker is not started). */
    public static void drain(IncrementalRollup rollup) {
        rollup.drainNow();
    }

    /** Waits until the rollup's worker has recalculated everything queued so far. */
    public static boolean awaitIdle(IncrementalRollup rollup, long timeout, TimeUnit unit) throws InterruptedException {
        return rollup.awaitIdle(timeout, unit);
    }

    public static int queued(IncrementalRollup rollup) {
        return rollup.queued();
    }

    public static long batchesRecalculated(IncrementalRollup rollup) {
        return rollup.batchesRecalculated();
    }

    /** A mocked issue of the given type (created once per id). */
    public synchronized Issue issue(long id, String typeId) {
        return issues.computeIfAbsent(id, i -> {
            Issue issue = mock(Issue.class, withSettings().stubOnly());
            IssueType type = mock(IssueType.class, withSettings().stubOnly());
            when(type.getId()).thenReturn(typeId);
            when(issue.getId()).thenReturn(i);
            when(issue.getIssueType()).thenReturn(type);
            return issue;
        });
    }

    /** An event of this type for the issue; one mock per issue and type, so storms of events stay cheap. */
    public synchronized IssueEvent event(long issueId, String typeId, Long eventType) {
        return issueEvents.computeIfAbsent(
                List.of(issueId, eventType), k -> issueEvent(issue(issueId, typeId), eventType));
    }

    public synchronized IssueLinkCreatedEvent linkCreated(long source, long destination, Long type) {
        return created.computeIfAbsent(new Link(source, destination, type), JiraSide::created);
    }

    public synchronized IssueLinkDeletedEvent linkDeleted(long source, long destination, Long type) {
        return deleted.computeIfAbsent(new Link(source, destination, type), JiraSide::deleted);
    }

    public static IssueEvent issueEvent(Issue issue, Long eventType) {
        IssueEvent event = mock(IssueEvent.class, withSettings().stubOnly());
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(eventType);
        return event;
    }

    public static IssueLink link(long source, long destination, Long type) {
        return new Link(source, destination, type);
    }

    public static IssueLinkCreatedEvent created(IssueLink link) {
        IssueLinkCreatedEvent event =
                mock(IssueLinkCreatedEvent.class, withSettings().stubOnly());
        when(event.getIssueLink()).thenReturn(link);
        return event;
    }

    public static IssueLinkDeletedEvent deleted(IssueLink link) {
        IssueLinkDeletedEvent event =
                mock(IssueLinkDeletedEvent.class, withSettings().stubOnly());
        when(event.getIssueLink()).thenReturn(link);
        return event;
    }

    /** An issue link as Jira stores it: a direction and a link type id. */
    record Link(long source, long destination, Long type) implements IssueLink {
        @Override
        public Long getId() {
            return source * 31 + destination;
        }

        @Override
        public Long getSourceId() {
            return source;
        }

        @Override
        public Long getDestinationId() {
            return destination;
        }

        @Override
        public Issue getSourceObject() {
            throw new UnsupportedOperationException("the listener never loads linked issues");
        }

        @Override
        public Issue getDestinationObject() {
            throw new UnsupportedOperationException("the listener never loads linked issues");
        }

        @Override
        public IssueLinkType getIssueLinkType() {
            throw new UnsupportedOperationException("the listener compares link type ids");
        }

        @Override
        public Long getLinkTypeId() {
            return type;
        }
    }

    /** The links of the in-memory model: "measures", "contributes to" and Epic-Story links. */
    private final class Links implements IssueLinkManager {

        @Override
        public List<IssueLink> getOutwardLinks(Long sourceIssueId) {
            linkLookups.incrementAndGet();
            IssueId id = IssueId.of(sourceIssueId);
            List<IssueLink> result = new ArrayList<>();
            okr.jira.withGraph(graph -> {
                for (KeyResultId kr : graph.keyResultsLinking(id)) {
                    result.add(link(sourceIssueId, kr.value(), CONTRIBUTION));
                }
                for (WorkItem child : graph.childrenOf(id)) {
                    result.add(link(sourceIssueId, child.id().value(), EPIC_STORY));
                }
                return null;
            });
            for (Objective objective : okr.jira.objectives()) {
                for (KeyResult kr : objective.keyResults()) {
                    if (kr.id().value() == sourceIssueId) {
                        result.add(link(sourceIssueId, objective.id().value(), MEASURES));
                    }
                }
            }
            return result;
        }

        @Override
        public List<IssueLink> getInwardLinks(Long destinationIssueId) {
            linkLookups.incrementAndGet();
            IssueId id = IssueId.of(destinationIssueId);
            List<IssueLink> result = new ArrayList<>();
            okr.jira.withGraph(graph -> {
                for (IssueId contributor : graph.contributorsOf(KeyResultId.of(destinationIssueId))) {
                    result.add(link(contributor.value(), destinationIssueId, CONTRIBUTION));
                }
                WorkItem item = graph.item(id);
                if (item != null && item.epicId() != null) {
                    result.add(link(item.epicId().value(), destinationIssueId, EPIC_STORY));
                }
                return null;
            });
            for (Objective objective : okr.jira.objectives()) {
                if (objective.id().value() == destinationIssueId) {
                    for (KeyResult kr : objective.keyResults()) {
                        result.add(link(kr.id().value(), destinationIssueId, MEASURES));
                    }
                }
            }
            return result;
        }

        @Override
        public java.util.Collection<IssueLink> getIssueLinks(Long issueLinkTypeId) {
            throw new UnsupportedOperationException("the listener reads the links of one issue at a time");
        }

        @Override
        public void createIssueLink(
                Long sourceIssueId,
                Long destinationIssueId,
                Long issueLinkTypeId,
                Long sequence,
                com.atlassian.jira.user.ApplicationUser remoteUser) {
            throw new UnsupportedOperationException("the listener never creates links");
        }

        @Override
        public IssueLink getIssueLink(Long sourceId, Long destinationId, Long issueLinkTypeId) {
            throw new UnsupportedOperationException("the listener reads the links of one issue at a time");
        }

        @Override
        public void removeIssueLink(IssueLink issueLink, com.atlassian.jira.user.ApplicationUser remoteUser) {
            throw new UnsupportedOperationException("the listener never removes links");
        }
    }
}
