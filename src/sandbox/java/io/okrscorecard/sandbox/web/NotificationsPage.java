package io.okrscorecard.sandbox.web;

import com.sun.net.httpserver.HttpExchange;
import io.okrscorecard.web.AdminPageModel;
import io.okrscorecard.web.AdminServlet;
import io.okrscorecard.web.NotificationsServlet;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stands in for the app's page at {@value #PATH}, where the reminder mail's link goes: the real template and model of
 * {@link NotificationsServlet} rendered with Jira-style escaping, in a plain page with Jira's AUI and the resources of
 * the contexts the template required (Jira's {@code atl.general} decorator adds its header; the sandbox shows the page
 * alone). The page acts for the sandbox user of the request, as Jira's acts for the logged-in user.
 */
public final class NotificationsPage {
    public static final String PATH = "/plugins/servlet/okr-scorecard/notifications";

    private final PluginResources resources;
    private final PluginTexts pluginTexts;
    private final Map<String, String> texts;
    private final JiraStyleVelocity velocity = new JiraStyleVelocity();

    public NotificationsPage(PluginResources resources, PluginTexts texts) {
        this.resources = resources;
        this.pluginTexts = texts;
        this.texts = texts.withPrefixes(NotificationsServlet.TEXT_PREFIXES);
    }

    public void serve(HttpExchange exchange) throws IOException {
        if (!PATH.equals(exchange.getRequestURI().getPath())) {
            Responses.send(exchange, 404, "text/plain;charset=UTF-8", new byte[0]);
            return;
        }
        WebResourceManagerStandIn webResourceManager = new WebResourceManagerStandIn();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put(AdminServlet.MODEL, new AdminPageModel(AdminServlet.REST_PATH, texts));
        context.put("webResourceManager", webResourceManager);
        String page = velocity.render(NotificationsServlet.TEMPLATE, context);
        String[] contexts = webResourceManager.requiredContexts().toArray(String[]::new);
        String head = resources.hostTagsFor(contexts) + resources.tagsFor(contexts);
        String html = page.replace("</head>", head + "</head>")
                .replace("<body>", "<body class=\"aui-layout aui-theme-default\">");
        Responses.html(exchange, resources.aui().withNote("<!DOCTYPE html>\n" + html.strip() + "\n", pluginTexts));
    }
}
