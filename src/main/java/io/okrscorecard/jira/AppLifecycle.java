package io.okrscorecard.jira;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's start and stop on one Jira node. SAL calls {@link #onStart()} once Jira is fully up and the plugin is
 * enabled, and {@link #onStop()} before the plugin is disabled; features that need the running host (bootstrap of
 * issue types and fields, event listeners, scheduled jobs) hook in here.
 */
public final class AppLifecycle implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(AppLifecycle.class);

    @Override
    public void onStart() {
        LOG.info("OKR Scorecard for Jira started on this node");
    }

    @Override
    public void onStop() {
        LOG.info("OKR Scorecard for Jira stopped on this node");
    }
}
