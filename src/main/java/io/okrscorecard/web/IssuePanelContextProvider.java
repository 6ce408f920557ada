package io.okrscorecard.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import io.okrscorecard.core.port.HostObjectRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Gives the OKR issue panel ({@value #TEMPLATE}) its view model: the key and OKR kind of the issue on view (Jira's issue
 * view puts the {@link Issue} into the context as {@code issue}), the REST base under Jira's context path, and the
 * panel's texts in the viewer's language. The panel's script then reads the numbers from the REST API, which checks
 * the viewer's permissions; the provider itself reads nothing but the bootstrap's issue type ids.
 *
 * <p>Jira creates it from the {@code <context-provider class=...>} of the web panel in atlassian-plugin.xml through
 * the plugin's Spring context, injecting the constructor by type from plugin-context.xml ("Web Panel plugin module":
 * context providers "will be auto-wired by Spring"). What it returns replaces the context the template sees, so it
 * returns Jira's context plus {@value #MODEL}.
 */
public final class IssuePanelContextProvider implements ContextProvider {
    public static final String TEMPLATE = "templates/panel/okr-panel.vm";
    /** The context key of the template's one view model. */
    public static final String MODEL = "model";
    /** The panel's own texts. */
    public static final String TEXT_PREFIX = "okr.panel.";

    private final HostObjectRegistry registry;
    private final I18nResolver i18n;
    private final ApplicationProperties applicationProperties;

    public IssuePanelContextProvider(
            HostObjectRegistry registry, I18nResolver i18n, ApplicationProperties applicationProperties) {
        this.registry = registry;
        this.i18n = i18n;
        this.applicationProperties = applicationProperties;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters: everything comes from the viewed issue and the bootstrap's records
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context == null ? Map.of() : context);
        Optional<OkrIssueKind> kind = OkrIssueKind.ofAny(result, registry);
        if (kind.isPresent()) {
            Issue issue = (Issue) result.get(OkrIssueKind.ISSUE);
            String contextPath = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
            result.put(
                    MODEL,
                    new IssuePanelModel(
                            issue.getKey(),
                            kind.get(),
                            contextPath == null ? "" : contextPath,
                            i18n.getAllTranslationsForPrefix(TEXT_PREFIX)));
        }
        return result;
    }
}
