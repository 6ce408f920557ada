package io.okrscorecard.sandbox.web;

import com.sun.net.httpserver.HttpExchange;
import io.okrscorecard.web.AdminPageModel;
import io.okrscorecard.web.AdminServlet;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stands in for Jira's page at {@value #PATH}: the real admin template rendered with Jira-style escaping
 * ({@link JiraStyleVelocity}) and the real {@link AdminPageModel} with the real texts; as Jira's {@code atl.admin}
 * decorator does, the head gets the resources of the web-resource contexts the template required. The context path is
 * empty, so the API is at {@value AdminServlet#REST_PATH} of the same origin, as in Jira.
 */
public final class AdminPage {
    public static final String PATH = "/plugins/servlet/okr-scorecard/admin";

    private final PluginResources resources;
    private final Map<String, String> texts;
    private final JiraStyleVelocity velocity = new JiraStyleVelocity();

    public AdminPage(PluginResources resources, PluginTexts texts) {
        this.resources = resources;
        this.texts = texts.withPrefixes(AdminServlet.TEXT_PREFIXES);
    }

    /** The texts the page's model has: every translation under the servlet's prefixes. */
    public Map<String, String> texts() {
        return texts;
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
        String page = velocity.render(AdminServlet.TEMPLATE, context);
        String head = resources.tagsFor(webResourceManager.requiredContexts().toArray(String[]::new));
        Responses.html(exchange, page.replace("</head>", head + "</head>"));
    }
}
