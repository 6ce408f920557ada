package io.okrscorecard.sandbox.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Stands in for Jira's dashboard at {@value #PATH}: as Jira's dashboard does, the head gets the resources of the
 * {@value #CONTEXT} web-resource context from atlassian-plugin.xml (served by {@link PluginResources}, scripts through
 * the jsI18n stand-in), and every {@code <dashboard-item>} of the descriptor is mounted in a gadget frame with its
 * title: its AMD module is created with a stand-in of the dashboard item API and rendered into the frame. Jira's AUI
 * ({@link Aui}) comes first in the head (a note on the page when it is missing). The AMD loader and the API come from
 * {@code sandbox/dashboard-stand-in.js}, inlined after AUI (whose script would register as an AMD module instead of
 * {@code window.AJS} if a loader were there first) and before the plugin's scripts; preferences are kept in the
 * browser's localStorage. {@code ?width=N} sets the width of the column (e.g. 400 to see the item as in a narrow
 * dashboard column). The frame's Edit and Refresh buttons and the page title
 * stand in for Jira's own texts, which are not the app's.
 */
public final class DashboardPage {
    public static final String PATH = "/secure/Dashboard.jspa";
    /** The web-resource context Jira includes on dashboards. */
    public static final String CONTEXT = "atl.dashboard";
    /** The gadget frame's buttons: Jira's gadget menu items "Edit" (renderEdit) and "Refresh" (render). */
    public static final String EDIT = "Edit";

    public static final String REFRESH = "Refresh";

    private static final String STAND_IN = "sandbox/dashboard-stand-in.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PluginResources resources;
    private final PluginTexts texts;
    private final String standIn;

    public DashboardPage(PluginResources resources, PluginTexts texts) {
        this.resources = resources;
        this.texts = texts;
        this.standIn = classpathText(STAND_IN);
    }

    /** A dashboard item of the descriptor as the page mounts it. */
    public record Item(String moduleKey, String title, String amdModule, boolean configurable) {}

    /** The {@code <dashboard-item>} modules of atlassian-plugin.xml, in file order, with their titles' texts. */
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (Element module : resources.elements("dashboard-item")) {
            Element definition = only(PluginResources.children(module, "definition"), "definition", module);
            Element title = only(PluginResources.children(definition, "title"), "title", module);
            Element amdModule = only(PluginResources.children(module, "amd-module"), "amd-module", module);
            items.add(new Item(
                    module.getAttribute("key"),
                    texts.text(title.getAttribute("key")),
                    amdModule.getTextContent().trim(),
                    Boolean.parseBoolean(module.getAttribute("configurable"))));
        }
        return items;
    }

    public void serve(HttpExchange exchange) throws IOException {
        if (!PATH.equals(exchange.getRequestURI().getPath())) {
            Responses.send(exchange, 404, "text/plain;charset=UTF-8", new byte[0]);
            return;
        }
        Responses.html(exchange, page());
    }

    String page() {
        return resources.aui().withNote(body(), texts);
    }

    private String body() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Item item : items()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("moduleKey", item.moduleKey());
            entry.put("title", item.title());
            entry.put("amdModule", item.amdModule());
            entry.put("configurable", item.configurable());
            entry.put("texts", Map.of("edit", EDIT, "refresh", REFRESH));
            items.add(entry);
        }
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>System dashboard - OKR Scorecard sandbox</title>\n"
                + resources.hostTagsFor(CONTEXT)
                + "<style>\n" + CHROME_CSS + "</style>\n"
                + "<script>\n" + standIn + "\n</script>\n"
                + resources.tagsFor(CONTEXT)
                + "</head>\n<body>\n"
                + "<header class=\"sandbox-nav\"><span class=\"sandbox-logo\" aria-hidden=\"true\"></span>"
                + "<span class=\"sandbox-product\">Jira</span><span class=\"sandbox-nav-item\">Dashboards</span>"
                + "<span class=\"sandbox-badge\">sandbox</span></header>\n"
                + "<main class=\"sandbox-page\"><h1 class=\"sandbox-title\">System dashboard</h1>\n"
                + "<div id=\"okr-dashboard-column\" class=\"sandbox-column\"></div></main>\n"
                + "<script type=\"application/json\" id=\"okr-dashboard-items\">" + scriptSafeJson(items)
                + "</script>\n"
                + "<script>okrSandboxDashboard.start();</script>\n"
                + "</body>\n</html>\n";
    }

    /** JSON that cannot end the script element it is in, nor open a comment or a CDATA section. */
    static String scriptSafeJson(Object value) {
        try {
            return JSON.writeValueAsString(value)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element only(List<Element> found, String what, Element module) {
        if (found.size() != 1) {
            throw new IllegalStateException("dashboard-item " + module.getAttribute("key") + " has " + found.size()
                    + " <" + what + "> elements, expected one");
        }
        return found.get(0);
    }

    private static String classpathText(String location) {
        try (InputStream in = DashboardPage.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException(location + " is not on the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.toLowerCase(Locale.ROOT).contains("</script")) {
                throw new IllegalStateException(location + " cannot be inlined: it contains </script");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dashboard's chrome: Jira's grey page, navigation bar and gadget frames, close enough to judge the item. */
    private static final String CHROME_CSS = String.join(
            "\n",
            "html, body { margin: 0; background: #f4f5f7; color: #172b4d;",
            "  font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', sans-serif;",
            "  font-size: 14px; }",
            ".sandbox-nav { display: flex; align-items: center; gap: 16px; height: 48px; padding: 0 16px;",
            "  background: #0747a6; color: #deebff; }",
            ".sandbox-logo { width: 22px; height: 22px; border-radius: 4px; background: linear-gradient(135deg,"
                    + " #4c9aff, #fff); }",
            ".sandbox-product { color: #fff; font-weight: 600; font-size: 16px; }",
            ".sandbox-nav-item { color: #deebff; }",
            ".sandbox-badge { margin-left: auto; padding: 2px 6px; border-radius: 3px; background: #ffab00;"
                    + " color: #172b4d; font-size: 11px; font-weight: 700; text-transform: uppercase; }",
            ".sandbox-page { padding: 16px 20px 40px; }",
            ".sandbox-title { margin: 0 0 16px; font-size: 24px; font-weight: 500; }",
            ".sandbox-column { max-width: 1100px; }",
            ".sandbox-gadget { margin-bottom: 20px; border-radius: 3px; background: #fff;",
            "  box-shadow: 0 1px 1px rgba(9,30,66,.25), 0 0 1px rgba(9,30,66,.31); }",
            ".sandbox-gadget-bar { display: flex; align-items: center; justify-content: space-between; gap: 8px;",
            "  padding: 8px 12px; border-bottom: 1px solid #dfe1e6; }",
            ".sandbox-gadget-title { margin: 0; font-size: 14px; font-weight: 600; overflow: hidden;",
            "  text-overflow: ellipsis; white-space: nowrap; }",
            ".sandbox-gadget-actions { display: flex; gap: 4px; }",
            ".sandbox-gadget-action { border: 0; border-radius: 3px; padding: 4px 8px; background: transparent;",
            "  color: #42526e; font: inherit; font-size: 12px; cursor: pointer; }",
            ".sandbox-gadget-action:hover { background: rgba(9,30,66,.08); }",
            ".sandbox-gadget-action:focus-visible { outline: 2px solid #4c9aff; }",
            ".sandbox-gadget-loading { height: 3px; background: linear-gradient(90deg, #0052cc, #4c9aff); }",
            ".sandbox-gadget-content { padding: 12px; }",
            "");
}
