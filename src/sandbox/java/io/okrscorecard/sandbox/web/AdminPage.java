package io.okrscorecard.sandbox.web;

import com.sun.net.httpserver.HttpExchange;
import io.okrscorecard.web.AdminPageModel;
import io.okrscorecard.web.AdminServlet;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stands in for Jira's page at {@value #PATH}: the real admin template rendered with Jira-style escaping
 * ({@link JiraStyleVelocity}) and the real {@link AdminPageModel} with the real texts, inside a stand-in of Jira's
 * {@code atl.admin} decorator ({@link #decorate}): as that decorator does, it puts the template's body into Jira's AUI
 * page layout (header, the admin section of the app's web-section and web-item in a side navigation, the page panel)
 * and its head gets Jira's AUI ({@link Aui}; a note on the page when it is missing) and then the resources of the
 * web-resource contexts the template required. The context path is empty, so the API is at {@value
 * AdminServlet#REST_PATH} of the same origin, as in Jira.
 */
public final class AdminPage {
    public static final String PATH = "/plugins/servlet/okr-scorecard/admin";
    /** Jira's own texts in the decorator's chrome: its product name, dashboards link and administration heading. */
    public static final String JIRA = "Jira";

    public static final String DASHBOARDS = "Dashboards";
    public static final String ADMINISTRATION = "Administration";

    private final PluginResources resources;
    private final PluginTexts pluginTexts;
    private final Map<String, String> texts;
    private final JiraStyleVelocity velocity = new JiraStyleVelocity();

    public AdminPage(PluginResources resources, PluginTexts texts) {
        this.resources = resources;
        this.pluginTexts = texts;
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
        String[] contexts = webResourceManager.requiredContexts().toArray(String[]::new);
        String head = resources.hostTagsFor(contexts) + resources.tagsFor(contexts);
        Responses.html(exchange, resources.aui().withNote(decorate(page, head), pluginTexts));
    }

    /**
     * The rendered template as Jira's {@code atl.admin} decorator shows it: a standards-mode page whose head is the
     * template's (title, meta) followed by {@code tags}, and whose body is AUI's page layout with Jira's header, the
     * app's admin section ({@code okr.admin.section.label}) and link ({@code okr.admin.link.label}) selected in the
     * side navigation, and the template's body in the page panel's content.
     */
    String decorate(String page, String tags) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + between(page, "<head>", "</head>").strip() + "\n"
                + tags
                + "</head>\n"
                + "<body class=\"aui-layout aui-theme-default page-type-admin\">\n"
                + "<div id=\"page\">\n"
                + "<header id=\"header\" role=\"banner\"><nav class=\"aui-header\" aria-label=\"" + JIRA + "\">"
                + "<div class=\"aui-header-inner\"><div class=\"aui-header-primary\">"
                + "<span id=\"logo\" class=\"aui-header-logo aui-header-logo-textonly\"><a href=\"/\">"
                + "<span class=\"aui-header-logo-device\">" + JIRA + "</span></a></span>"
                + "<ul class=\"aui-nav\"><li><a href=\"/secure/Dashboard.jspa\">" + DASHBOARDS + "</a></li></ul>"
                + "</div></div></nav></header>\n"
                + "<section id=\"content\" role=\"main\">\n"
                + "<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\">"
                + "<div class=\"aui-page-header-main\"><h1>" + ADMINISTRATION + "</h1></div></div></header>\n"
                + "<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">\n"
                + "<div class=\"aui-page-panel-nav\"><nav class=\"aui-navgroup aui-navgroup-vertical\" aria-label=\""
                + escaped("okr.admin.section.label") + "\"><div class=\"aui-navgroup-inner\">"
                + "<div class=\"aui-nav-heading\"><strong>" + escaped("okr.admin.section.label") + "</strong></div>"
                + "<ul class=\"aui-nav\"><li class=\"aui-nav-selected\"><a id=\"okr-admin-link\" href=\"" + PATH
                + "\">" + escaped("okr.admin.link.label") + "</a></li></ul></div></nav></div>\n"
                + "<section class=\"aui-page-panel-content\">\n"
                + between(page, "<body>", "</body>").strip() + "\n"
                + "</section>\n</div></div>\n</section>\n</div>\n</body>\n</html>\n";
    }

    private String escaped(String key) {
        return JiraStyleVelocity.Escaping.escape(texts.get(key));
    }

    private static String between(String page, String open, String close) {
        int start = page.indexOf(open);
        int end = page.lastIndexOf(close);
        if (start < 0 || end < start) {
            throw new IllegalStateException("the admin template has no " + open + "..." + close);
        }
        return page.substring(start + open.length(), end);
    }
}
