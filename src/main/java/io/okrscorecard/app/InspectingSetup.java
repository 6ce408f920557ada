package io.okrscorecard.app;

import io.okrscorecard.core.port.HostSetup;
import io.okrscorecard.core.settings.SetupReport;

/** A Jira administrator looks at what the app created or found in Jira when it started on this node. */
public final class InspectingSetup {
    private final Administrators administrators;
    private final HostSetup setup;

    public InspectingSetup(Administrators administrators, HostSetup setup) {
        this.administrators = administrators;
        this.setup = setup;
    }

    public SetupReport report() {
        administrators.require();
        return setup.report();
    }
}
