package io.okrscorecard.sandbox.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

public class PluginResourcesTest {
    /**
     * Two pages that share a helper web-resource, one of them through a widget web-resource; every page also depends on
     * a web-resource of Jira's (AUI), which the stand-in pages replace.
     */
    private static final String SHARED_HELPERS = String.join(
            "\n",
            "<atlassian-plugin key=\"io.example.app\">",
            "  <web-resource key=\"helpers\">",
            "    <resource type=\"download\" name=\"helpers.js\" location=\"js/helpers.js\"/>",
            "  </web-resource>",
            "  <web-resource key=\"widgets\">",
            "    <dependency>io.example.app:helpers</dependency>",
            "    <resource type=\"download\" name=\"widgets.js\" location=\"js/widgets.js\"/>",
            "  </web-resource>",
            "  <web-resource key=\"page-a\">",
            "    <dependency>com.atlassian.auiplugin:ajs</dependency>",
            "    <dependency>io.example.app:widgets</dependency>",
            "    <dependency>io.example.app:helpers</dependency>",
            "    <resource type=\"download\" name=\"page-a.js\" location=\"js/page-a.js\"/>",
            "    <context>first</context>",
            "  </web-resource>",
            "  <web-resource key=\"page-b\">",
            "    <dependency>com.atlassian.auiplugin:ajs</dependency>",
            "    <dependency>io.example.app:helpers</dependency>",
            "    <resource type=\"download\" name=\"page-b.css\" location=\"css/page-b.css\"/>",
            "    <resource type=\"download\" name=\"page-b.js\" location=\"js/page-b.js\"/>",
            "    <context>first</context>",
            "    <context>second</context>",
            "  </web-resource>",
            "</atlassian-plugin>");

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
        assertEquals(List.of("okr-common-resources", "okr-subscribe-resources"), admin.dependencies());
        assertFalse(admin.jsI18n());
        String tags = resources.tagsFor("okr-scorecard-admin");
        assertTrue(
                tags, tags.contains("<script src=\"/download/resources/okr-admin-resources/okr-admin.js\"></script>"));
        assertTrue(tags, tags.contains("/download/resources/okr-admin-resources/okr-admin.css"));
    }

    @Test
    public void aWebResourceKnowsThePluginsWebResourcesItDependsOnButNotJirasOwn() {
        PluginResources resources = parse(SHARED_HELPERS);

        assertEquals(
                List.of("widgets", "helpers"), resources.webResource("page-a").dependencies());
        assertEquals(List.of(), resources.webResource("helpers").dependencies());
    }

    @Test
    public void dependenciesLoadBeforeTheWebResourcesThatNeedThemEachOnce() {
        PluginResources resources = parse(SHARED_HELPERS);

        assertEquals(List.of("helpers", "widgets", "page-a", "page-b"), keys(resources.loadOrder("first")));
        assertEquals(List.of("helpers", "page-b", "widgets", "page-a"), keys(resources.loadOrder("second", "first")));
        assertEquals(List.of(), resources.loadOrder("no-such-context"));
    }

    @Test
    public void theTagsOfADependencyComeBeforeThoseOfItsDependents() {
        assertEquals(
                String.join(
                        "\n",
                        "<script src=\"/download/resources/helpers/helpers.js\"></script>",
                        "<link rel=\"stylesheet\" href=\"/download/resources/page-b/page-b.css\">",
                        "<script src=\"/download/resources/page-b/page-b.js\"></script>",
                        ""),
                parse(SHARED_HELPERS).tagsFor("second"));
    }

    @Test
    public void aDependencyOnAWebResourceTheDescriptorLacksFails() {
        PluginResources resources = parse(SHARED_HELPERS.replace("io.example.app:widgets", "io.example.app:gone"));

        assertThrows(IllegalArgumentException.class, () -> resources.loadOrder("first"));
    }

    @Test
    public void webResourcesThatDependOnEachOtherFail() {
        PluginResources resources = parse(SHARED_HELPERS.replace(
                "<web-resource key=\"helpers\">",
                "<web-resource key=\"helpers\"><dependency>io.example.app:widgets</dependency>"));

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> resources.loadOrder("first"));
        assertTrue(failure.getMessage(), failure.getMessage().contains("widgets -> helpers -> widgets"));
    }

    @Test
    public void everyPageOfTheAppLoadsTheSharedHelpersFirst() {
        PluginResources resources = PluginResources.fromClasspath();
        String shared = "<script src=\"/download/resources/okr-common-resources/okr-dom.js\"></script>";

        assertEquals(List.of(), resources.webResource("okr-common-resources").contexts());
        for (String context : List.of("okr-scorecard-admin", "atl.dashboard", "jira.view.issue")) {
            String tags = resources.tagsFor(context);
            assertTrue(tags, tags.startsWith(shared + "\n"));
        }
        String all = resources.tagsFor("okr-scorecard-admin", "atl.dashboard", "jira.view.issue");
        assertEquals(all, all.indexOf(shared), all.lastIndexOf(shared));
    }

    private static PluginResources parse(String descriptor) {
        return PluginResources.parse(new ByteArrayInputStream(descriptor.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> keys(List<PluginResources.WebResource> webResources) {
        return webResources.stream().map(PluginResources.WebResource::key).toList();
    }
}
