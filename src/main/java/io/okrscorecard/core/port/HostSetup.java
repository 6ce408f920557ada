package io.okrscorecard.core.port;

import io.okrscorecard.core.settings.SetupReport;

/**
 * What the app created or found in Jira when it started on this node (issue types, custom fields and link types, by
 * {@link io.okrscorecard.core.settings.HostObject} role), for the admin page.
 */
public interface HostSetup {

    /** The report of the last start on this node, or, when that did not complete, what a check finds now. */
    SetupReport report();
}
