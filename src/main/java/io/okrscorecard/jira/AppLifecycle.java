package io.okrscorecard.jira;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import io.okrscorecard.jira.bootstrap.Bootstrap;
import io.okrscorecard.jira.events.IncrementalRollup;
import io.okrscorecard.jira.notifications.NotificationJob;
import io.okrscorecard.jira.reconciliation.ReconciliationJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's start and stop on one Jira node. SAL calls {@link #onStart()} once Jira is fully up and the plugin is
 * enabled, and {@link #onStop()} before the plugin is disabled; features that need the running host (bootstrap of
 * issue types and fields, event listeners, scheduled jobs) hook in here.
 */
public final class AppLifecycle implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(AppLifecycle.class);

    private final Bootstrap bootstrap;
    private final IncrementalRollup incrementalRollup;
    private final ReconciliationJob reconciliationJob;
    private final NotificationJob notificationJob;

    public AppLifecycle(
            Bootstrap bootstrap,
            IncrementalRollup incrementalRollup,
            ReconciliationJob reconciliationJob,
            NotificationJob notificationJob) {
        this.bootstrap = bootstrap;
        this.incrementalRollup = incrementalRollup;
        this.reconciliationJob = reconciliationJob;
        this.notificationJob = notificationJob;
    }

    @Override
    public void onStart() {
        try {
            bootstrap.run();
        } catch (RuntimeException e) {
            // the app still starts: the admin page shows what is missing and the next start retries
            LOG.error("OKR Scorecard bootstrap failed; the next start retries", e);
        }
        // after the bootstrap: the listener reads the ids of the issue and link types it recorded
        incrementalRollup.start();
        reconciliationJob.start();
        notificationJob.start();
        LOG.info("OKR Scorecard for Jira started on this node");
    }

    @Override
    public void onStop() {
        notificationJob.stop();
        reconciliationJob.stop();
        incrementalRollup.stop();
        LOG.info("OKR Scorecard for Jira stopped on this node");
    }
}
