package io.okrscorecard.sandbox.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.Test;

public class DashboardPageTest {
    private final PluginTexts texts = PluginTexts.load();
    private final DashboardPage page = new DashboardPage(PluginResources.fromClasspath(), texts);

    @Test
    public void mountsEveryDashboardItemOfTheDescriptorWithItsTitleText() {
        assertEquals(
                List.of(new DashboardPage.Item(
                        "okr-gadget", texts.text("okr.gadget.title"), "okr-scorecard/gadget", true)),
                page.items());
    }

    @Test
    public void theAmdStandInAndTheSharedHelpersComeBeforeTheDashboardContextsScripts() {
        String html = page.page();

        int standIn = html.indexOf("window.define = function");
        int helpers = html.indexOf("<script src=\"/download/resources/okr-common-resources/okr-dom.js\"></script>");
        int gadget = html.indexOf("<script src=\"/download/resources/okr-gadget-resources/okr-gadget.js\"></script>");
        assertTrue(html, standIn > 0 && helpers > standIn && gadget > helpers);
        assertTrue(html.contains("/download/resources/okr-gadget-resources/okr-gadget.css"));
        assertTrue(html.indexOf("okrSandboxDashboard.start()") > gadget);
        assertFalse("no script of another context", html.contains("okr-admin.js"));
    }

    @Test
    public void itemDataCannotEndTheScriptElementItIsIn() {
        String json = DashboardPage.scriptSafeJson(Map.of("title", "</script><script>alert(1)</script> & <!--"));

        assertFalse(json, json.contains("<") || json.contains(">") || json.contains("&"));
        assertTrue(json, json.contains("\\u003c/script\\u003e"));
    }
}
