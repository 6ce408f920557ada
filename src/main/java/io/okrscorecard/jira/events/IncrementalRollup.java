package io.okrscorecard.jira.events;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import io.okrscorecard.app.ApplyingIssueChanges;
import io.okrscorecard.app.ApplyingIssueChanges.WorkChanges;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.port.DirtyKeyResultJournal;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.jira.work.ParentLinks;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps materialised progress current as issues change, on this node. Jira's event threads only find the affected key
 * results ({@link AffectedKeyResults}) and put them on a bounded, de-duplicating {@link RecomputeQueue}: for an issue
 * whose fields changed (updated, resolved, closed, reopened), the key results whose work holds it wait with the issue's
 * id, so that the worker can patch just that issue into its kept work state ({@link ApplyingIssueChanges#apply});
 * every other change makes them wait wholly. One background worker takes them in batches and applies them. When the
 * queue is full, the ids are marked in the dirty journal for the reconciliation job instead, so nothing is lost and
 * memory stays bounded.
 */
public final class IncrementalRollup {
    private static final Logger LOG = LoggerFactory.getLogger(IncrementalRollup.class);

    /** Distinct key results that may wait in memory; a little memory (about 1 MB) for a large event storm. */
    static final int CAPACITY = 10_000;
    /** Key results recalculated together; keeps the store's IN lists well under 1,000 ids. */
    static final int BATCH = 200;

    static final String THREAD_NAME = "okr-scorecard-incremental-rollup";

    private static final long STOP_GRACE_SECONDS = 10;

    /**
     * Issue events that change fields of an existing issue. Created, deleted and moved issues change which work sets
     * hold them; so do changes of Epic Link or parent, which Jira reports as issue link events as well.
     */
    private static final Set<Long> FIELD_CHANGES = Set.of(
            EventType.ISSUE_UPDATED_ID,
            EventType.ISSUE_RESOLVED_ID,
            EventType.ISSUE_CLOSED_ID,
            EventType.ISSUE_REOPENED_ID);

    /** Issue events that can change progress; comments, work logs, assignments and the like cannot. */
    private static final Set<Long> HANDLED = Set.of(
            EventType.ISSUE_CREATED_ID,
            EventType.ISSUE_UPDATED_ID,
            EventType.ISSUE_RESOLVED_ID,
            EventType.ISSUE_CLOSED_ID,
            EventType.ISSUE_REOPENED_ID,
            EventType.ISSUE_DELETED_ID,
            EventType.ISSUE_MOVED_ID);

    private final EventPublisher events;
    private final AffectedKeyResults affected;
    private final ApplyingIssueChanges applying;
    private final DirtyKeyResultJournal journal;
    private final RecomputeQueue queue;
    private final int batchSize;
    private final ThreadFactory threads;
    private final AtomicLong batches = new AtomicLong();
    private Thread worker;

    public IncrementalRollup(
            EventPublisher events,
            IssueLinkManager links,
            IssueLinkTypeManager linkTypes,
            HostObjectRegistry registry,
            ParentLinks parentLinks,
            ApplyingIssueChanges applying,
            DirtyKeyResultJournal journal) {
        this(
                events,
                new AffectedKeyResults(links, linkTypes, registry, parentLinks),
                applying,
                journal,
                CAPACITY,
                BATCH,
                IncrementalRollup::daemon);
    }

    IncrementalRollup(
            EventPublisher events,
            AffectedKeyResults affected,
            ApplyingIssueChanges applying,
            DirtyKeyResultJournal journal,
            int capacity,
            int batchSize,
            ThreadFactory threads) {
        this.events = events;
        this.affected = affected;
        this.applying = applying;
        this.journal = journal;
        this.queue = new RecomputeQueue(capacity);
        this.batchSize = batchSize;
        this.threads = threads;
    }

    /** Reads the app's type ids, starts the worker and subscribes to Jira's events. */
    public synchronized void start() {
        try {
            affected.refresh();
        } catch (RuntimeException e) {
            LOG.error(
                    "Could not read the app's issue and link types; issue events are ignored until the next start", e);
        }
        if (worker == null) {
            queue.open();
            worker = threads.newThread(this::work);
            worker.start();
        }
        events.register(this);
    }

    /**
     * Unsubscribes, lets the worker finish its batch and stops it; key results still waiting are marked dirty so the
     * reconciliation job recalculates them.
     */
    public synchronized void stop() {
        events.unregister(this);
        List<KeyResultId> left = queue.close();
        if (worker != null) {
            try {
                worker.join(TimeUnit.SECONDS.toMillis(STOP_GRACE_SECONDS));
                if (worker.isAlive()) {
                    worker.interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
        journal(left);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        try {
            Long type = event.getEventTypeId();
            if (type == null || !HANDLED.contains(type)) {
                return;
            }
            Issue issue = event.getIssue();
            if (issue == null) {
                return;
            }
            AffectedKeyResults.Affected found = affected.ofIssue(issue);
            if (found.isEmpty()) {
                return;
            }
            if (FIELD_CHANGES.contains(type) && !found.throughWork().isEmpty()) {
                journal(queue.offer(found.itself(), found.throughWork(), IssueId.of(issue.getId())));
            } else {
                enqueue(found.all());
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not find the key results affected by an issue event: {}", e.toString());
        }
    }

    @EventListener
    public void onIssueLinkCreated(IssueLinkCreatedEvent event) {
        try {
            enqueue(affected.ofLink(event.getIssueLink()));
        } catch (RuntimeException e) {
            LOG.warn("Could not find the key results affected by a new issue link: {}", e.toString());
        }
    }

    @EventListener
    public void onIssueLinkDeleted(IssueLinkDeletedEvent event) {
        try {
            enqueue(affected.ofLink(event.getIssueLink()));
        } catch (RuntimeException e) {
            LOG.warn("Could not find the key results affected by a deleted issue link: {}", e.toString());
        }
    }

    private void enqueue(Set<KeyResultId> ids) {
        if (!ids.isEmpty()) {
            journal(queue.offer(ids));
        }
    }

    private void journal(List<KeyResultId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try {
            journal.mark(ids);
        } catch (RuntimeException e) {
            LOG.error("Could not mark {} key results dirty; the daily recalculation will correct them", ids.size(), e);
        }
    }

    private void work() {
        while (true) {
            WorkChanges batch;
            try {
                batch = queue.take(batchSize);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (batch.keyResults().isEmpty()) {
                return;
            }
            recalculate(batch);
        }
    }

    private void recalculate(WorkChanges batch) {
        try {
            applying.apply(batch);
            batches.incrementAndGet();
        } catch (RuntimeException e) {
            LOG.error("Recalculating {} key results failed", batch.keyResults().size(), e);
            journal(List.copyOf(batch.keyResults()));
        } finally {
            queue.done();
        }
    }

    /** Recalculates everything waiting on the calling thread (tests and benchmarks, with the worker not started). */
    void drainNow() {
        for (WorkChanges batch = queue.poll(batchSize); !batch.keyResults().isEmpty(); batch = queue.poll(batchSize)) {
            recalculate(batch);
        }
    }

    /** Waits until the worker has recalculated everything offered so far. */
    boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        return queue.awaitIdle(timeout, unit);
    }

    int queued() {
        return queue.size();
    }

    /** Changed issue ids waiting with their key results. */
    int queuedItems() {
        return queue.itemCount();
    }

    /** Batches recalculated since this object was created. */
    long batchesRecalculated() {
        return batches.get();
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, THREAD_NAME);
        thread.setDaemon(true);
        return thread;
    }
}
