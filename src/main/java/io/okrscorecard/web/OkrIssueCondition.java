package io.okrscorecard.web;

import com.atlassian.plugin.web.Condition;
import io.okrscorecard.core.port.HostObjectRegistry;
import java.util.Map;

/**
 * Shows the OKR issue panel on Objective and Key Result issues only: the issue types the app's bootstrap created or
 * found, by their recorded ids.
 *
 * <p>Jira creates it from the {@code <condition class=...>} of the web panel in atlassian-plugin.xml through the
 * plugin's Spring context, injecting the constructor by type from plugin-context.xml ("Web Panel plugin module":
 * conditions "will be auto-wired by Spring"; {@code ContainerAccessor#createBean}).
 */
public final class OkrIssueCondition implements Condition {
    private final HostObjectRegistry registry;

    public OkrIssueCondition(HostObjectRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters: the issue types come from the bootstrap's records
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return OkrIssueKind.of(context, registry).isPresent();
    }
}
