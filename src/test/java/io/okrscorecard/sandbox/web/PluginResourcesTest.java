package io.okrscorecard.sandbox.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class PluginResourcesTest {
    private final PluginTexts texts = PluginTexts.load();

    @Test
    public void jsI18nStandInReplacesLiteralKeysByTheirTextAsJavaScriptStrings() {
        String script = "var a = AJS.I18n.getText('okr.admin.saved'); var b = AJS.I18n.getText( \"okr.admin.save\" );";

        String served = PluginResources.withTexts(script, texts);

        assertEquals(
                "var a = \"" + texts.text("okr.admin.saved") + "\"; var b = \"" + texts.text("okr.admin.save") + "\";",
                served);
    }

    @Test
    public void jsI18nStandInFailsForAKeyTheBundleDoesNotHave() {
        assertThrows(
                IllegalArgumentException.class,
                () -> PluginResources.withTexts("AJS.I18n.getText('okr.no.such.key')", texts));
    }

    @Test
    public void adminWebResourceIsReadFromTheDescriptorWithItsContextAndDownloads() {
        PluginResources resources = PluginResources.fromClasspath();

        PluginResources.WebResource admin = resources.webResource("okr-admin-resources");

        assertEquals(List.of("okr-scorecard-admin"), admin.contexts());
        assertEquals("js/okr-admin.js", admin.downloads().get("okr-admin.js"));
        assertEquals(
                "in the descriptor's order",
                List.of("okr-admin.js", "okr-admin.css"),
                List.copyOf(admin.downloads().keySet()));
        assertFalse(admin.jsI18n());
        String tags = resources.tagsFor("okr-scorecard-admin");
        assertTrue(
                tags, tags.contains("<script src=\"/download/resources/okr-admin-resources/okr-admin.js\"></script>"));
        assertTrue(tags, tags.contains("/download/resources/okr-admin-resources/okr-admin.css"));
    }
}
