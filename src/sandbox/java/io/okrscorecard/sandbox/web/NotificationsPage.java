package io.okrscorecard.sandbox.web;

import com.sun.net.httpserver.HttpExchange;
import io.okrscorecard.web.AdminPageModel;
import io.okrscorecard.web.AdminServlet;
import io.okrscorecard.web.NotificationsServlet;
import io.okrscorecard.web.ReviewServlet;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stands in for the app's page at {@value #PATH}, where the reminder mail's link goes: the real template and model of
 * {@link NotificationsServlet} rendered with Jira-style escaping, in a plain page with Jira's AUI and the resources of
 * the contexts the template required (Jira's {@code atl.general} decorator adds its header; the sandbox shows the page
 * alone). The page acts for the sandbox user of the request, as Jira's acts for the logged-in user. The review page
 * ({@link #review}) is served the same way from {@link ReviewServlet}'s template.
 */
public final class NotificationsPage {
    public static final String PATH = "/plugins/servlet/okr-scorecard/notifications";
    public static final String REVIEW_PATH = "/plugins/servlet/okr-scorecard/review";

    private final String path;
    private final String template;
    private final PluginResources resources;
    private final PluginTexts pluginTexts;
    private final Map<String, String> texts;
    private final JiraStyleVelocity velocity = new JiraStyleVelocity();

    public NotificationsPage(PluginResources resources, PluginTexts texts) {
        this(PATH, NotificationsServlet.TEMPLATE, NotificationsServlet.TEXT_PREFIXES, resources, texts);
    }

    private NotificationsPage(
            String path, String template, List<String> prefixes, PluginResources resources, PluginTexts texts) {
        this.path = path;
        this.template = template;
        this.resources = resources;
        this.pluginTexts = texts;
        this.texts = texts.withPrefixes(prefixes);
    }

    /** The review page at {@value #REVIEW_PATH} ({@code ?cycle=} is read by its script). */
    public static NotificationsPage review(PluginResources resources, PluginTexts texts) {
        return new NotificationsPage(
                REVIEW_PATH, ReviewServlet.TEMPLATE, ReviewServlet.TEXT_PREFIXES, resources, texts);
    }

    public void serve(HttpExchange exchange) throws IOException {
        if (!path.equals(exchange.getRequestURI().getPath())) {
            Responses.send(exchange, 404, "text/plain;charset=UTF-8", new byte[0]);
            return;
        }
        WebResourceManagerStandIn webResourceManager = new WebResourceManagerStandIn();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put(AdminServlet.MODEL, new AdminPageModel(AdminServlet.REST_PATH, texts));
        context.put("webResourceManager", webResourceManager);
        String page = velocity.render(template, context);
        String[] contexts = webResourceManager.requiredContexts().toArray(String[]::new);
        String head = resources.hostTagsFor(contexts) + resources.tagsFor(contexts);
        String html = page.replace("</head>", head + "</head>")
                .replace("<body>", "<body class=\"aui-layout aui-theme-default\">");
        Responses.html(exchange, resources.aui().withNote("<!DOCTYPE html>\n" + html.strip() + "\n", pluginTexts));
    }
}
