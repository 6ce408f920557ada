package io.okrscorecard.sandbox.web;

import com.sun.net.httpserver.HttpExchange;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.web.AdminServlet;
import io.okrscorecard.web.IssuePanelContextProvider;
import io.okrscorecard.web.OkrIssueCondition;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stands in for Jira's issue view at {@value #PATH}{@code KEY}: the issue's key, summary, type and status in a layout
 * like Jira's, and in its right column the app's real issue panel, as Jira renders it: the real condition decides
 * whether it shows ({@link OkrIssueCondition}: on objectives, key results and, unless the admin turned it off for the
 * project, every work item), the real context provider gives the model ({@link
 * IssuePanelContextProvider}, built with stand-ins of Jira's services, {@link JiraStandIns}), and the real template is
 * rendered with Jira-style escaping ({@link JiraStyleVelocity}). As Jira's issue view does, the head gets Jira's AUI
 * ({@link Aui}, first, before the page's own styles; a note on the page when it is missing) and the resources of the
 * {@value #WEB_RESOURCE_CONTEXT} web-resource context. The context path is empty, so the API is at {@value
 * AdminServlet#REST_PATH} of the same origin.
 */
public final class IssuePage {
    public static final String PATH = "/browse/";
    /** The web-resource context Jira's issue view requires ("jira.view.issue"). */
    public static final String WEB_RESOURCE_CONTEXT = "jira.view.issue";
    /** The sandbox's page around the panel; its dynamic values are escaped, the panel's HTML is inserted as is. */
    static final String PAGE_TEMPLATE = "velocity/okr-sandbox-issue.vm";

    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]*");

    /**
     * What Jira's issue view shows of an issue besides the panel.
     *
     * @param issueTypeId the id of the issue's type: the panel shows where it is the recorded Objective or Key Result
     *     type
     * @param statusCategory {@code new}, {@code indeterminate} or {@code done}, for the status's colour
     */
    public record IssueView(
            String key,
            String summary,
            String issueTypeId,
            String issueTypeName,
            String statusName,
            String statusCategory) {}

    /** The issues the page can show, by key. */
    @FunctionalInterface
    public interface Issues {
        Optional<IssueView> find(String key);
    }

    private final PluginResources resources;
    private final PluginTexts texts;
    private final String panelLabel;
    private final Issues issues;
    private final OkrIssueCondition condition;
    private final IssuePanelContextProvider contextProvider;
    private final JiraStyleVelocity velocity = new JiraStyleVelocity();

    /** @param settings the app's settings: the projects whose work items show no panel */
    public IssuePage(
            PluginResources resources,
            PluginTexts texts,
            HostObjectRegistry registry,
            ScorecardSettingsRepository settings,
            Issues issues) {
        this.resources = resources;
        this.texts = texts;
        this.panelLabel = texts.text("okr.panel.label");
        this.issues = issues;
        this.condition = new OkrIssueCondition(registry, settings);
        this.contextProvider = new IssuePanelContextProvider(
                registry, JiraStandIns.i18n(texts), JiraStandIns.applicationProperties(""));
    }

    public void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String key = path.startsWith(PATH) ? path.substring(PATH.length()) : "";
        Optional<IssueView> issue = ISSUE_KEY.matcher(key).matches() ? issues.find(key) : Optional.empty();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("issueKey", key);
        page.put("panelLabel", panelLabel);
        if (issue.isEmpty()) {
            send(exchange, 404, velocity.render(PAGE_TEMPLATE, page));
            return;
        }
        IssueView view = issue.get();
        page.put("view", view);
        page.put("project", view.key().substring(0, view.key().indexOf('-')));
        page.put("panelHtml", panelHtml(view));
        send(exchange, 200, velocity.render(PAGE_TEMPLATE, page));
    }

    /** The panel as Jira renders a web panel: nothing unless its condition holds, else its template over the context. */
    private String panelHtml(IssueView view) {
        Map<String, Object> jiraContext = new HashMap<>();
        jiraContext.put(
                "issue", JiraStandIns.issue(view.key(), view.summary(), view.issueTypeId(), view.issueTypeName()));
        if (!condition.shouldDisplay(jiraContext)) {
            return "";
        }
        return velocity.render(IssuePanelContextProvider.TEMPLATE, contextProvider.getContextMap(jiraContext));
    }

    private void send(HttpExchange exchange, int status, String html) throws IOException {
        String page = html.replace("<head>", "<head>\n" + resources.hostTagsFor(WEB_RESOURCE_CONTEXT))
                .replace("</head>", resources.tagsFor(WEB_RESOURCE_CONTEXT) + "</head>");
        Responses.send(
                exchange,
                status,
                "text/html;charset=UTF-8",
                resources.aui().withNote(page, texts).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
