package io.okrscorecard.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import java.util.Map;
import java.util.Optional;

/**
 * Shows the OKR issue panel on Objective and Key Result issues (the issue types the app's bootstrap created or found,
 * by their recorded ids), and on every other issue, a work item, except in the projects where the admin turned the
 * work-item panel off ({@code AppSettings.workPanelOffProjects}, one settings read per issue view).
 *
 * <p>Jira creates it from the {@code <condition class=...>} of the web panel in atlassian-plugin.xml through the
 * plugin's Spring context, injecting the constructor by type from plugin-context.xml ("Web Panel plugin module":
 * conditions "will be auto-wired by Spring"; {@code ContainerAccessor#createBean}).
 */
public final class OkrIssueCondition implements Condition {
    private final HostObjectRegistry registry;
    private final ScorecardSettingsRepository settings;

    public OkrIssueCondition(HostObjectRegistry registry, ScorecardSettingsRepository settings) {
        this.registry = registry;
        this.settings = settings;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters: the issue types come from the bootstrap's records
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        Optional<OkrIssueKind> kind = OkrIssueKind.ofAny(context, registry);
        if (kind.isEmpty()) {
            return false;
        }
        if (kind.get() != OkrIssueKind.WORK_ITEM) {
            return true;
        }
        Issue issue = (Issue) context.get(OkrIssueKind.ISSUE);
        return settings.appSettings().workPanelShownIn(OkrIssueKind.projectOf(issue.getKey()));
    }
}
