package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.okrscorecard.sandbox.web.JiraStyleVelocity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

public class AdminTemplateTest {
    private static final List<String> HOSTILE =
            List.of("<img src=x onerror=alert(1)>", "</script><script>alert(2)</script>", "\"'><b>x</b>");

    private final JiraStyleVelocity velocity = new JiraStyleVelocity();

    /** Stands in for Jira's $webResourceManager; public so Velocity can call it. */
    public static final class RecordingWebResources {
        final List<String> contexts = new ArrayList<>();

        public void requireResourcesForContext(String context) {
            contexts.add(context);
        }
    }

    @Test
    public void hostileTextsAreEscapedEverywhereTheyAppear() {
        String page = render(hostileModel(), new RecordingWebResources());

        for (String hostile : HOSTILE) {
            assertFalse(hostile + " appears raw", page.contains(hostile));
        }
        assertTrue(page.contains("<title>&lt;img src=x onerror=alert(1)&gt;</title>"));
        assertTrue(page.contains("<h1>&lt;img src=x onerror=alert(1)&gt;</h1>"));
        assertTrue(page.contains(
                "<h2 id=\"okr-admin-perspectives-heading\">&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;</h2>"));
        assertTrue(page.contains("&quot;&#39;&gt;&lt;b&gt;x&lt;/b&gt;"));
        assertFalse(page.contains("<script"));
        assertFalse(page.contains("onerror=alert(1)>"));
    }

    @Test
    public void hostileRestBaseUrlCannotLeaveItsAttribute() {
        String page = render(new AdminPageModel("/jira\"><img src=x onerror=alert(1)>", Map.of()), null);

        assertTrue(page.contains("data-rest-base=\"/jira&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\""));
    }

    @Test
    public void scriptTextsSurviveTheAttributeAsTheSameStrings() throws IOException {
        AdminPageModel model = hostileModel();
        String page = render(model, new RecordingWebResources());

        Matcher attribute = Pattern.compile("data-i18n=\"([^\"]*)\"").matcher(page);
        assertTrue(attribute.find());
        String json = htmlUnescape(attribute.group(1));
        assertFalse("no raw markup even inside the JSON", json.contains("<") || json.contains(">"));
        Map<String, String> texts = new ObjectMapper().readValue(json, new TypeReference<Map<String, String>>() {});
        assertEquals(HOSTILE.get(0), texts.get("okr.admin.title"));
        assertEquals(HOSTILE.get(1), texts.get("okr.admin.perspectives.heading"));
        assertEquals(HOSTILE.get(2), texts.get("okr.admin.intro"));
    }

    @Test
    public void pageIsDecoratedAsAnAdminPageAndRequiresItsResources() {
        RecordingWebResources resources = new RecordingWebResources();
        String page = render(new AdminPageModel("/jira/rest/okr-scorecard/1.0", Map.of()), resources);

        assertTrue(page.contains("<meta name=\"decorator\" content=\"atl.admin\"/>"));
        assertTrue(page.contains(
                "<meta name=\"admin.active.section\" content=\"admin_plugins_menu/okr-admin-section\"/>"));
        assertTrue(page.contains("<meta name=\"admin.active.tab\" content=\"okr-admin-link\"/>"));
        assertEquals(List.of("okr-scorecard-admin"), resources.contexts);
        assertFalse("every reference resolved", page.contains("$"));
        assertFalse("the escaping marker is not output", page.contains("enable_html_escaping"));
    }

    @Test
    public void missingTranslationsShowTheirKey() {
        String page = render(new AdminPageModel("/rest", Map.of()), new RecordingWebResources());

        assertTrue(page.contains("<h1>okr.admin.title</h1>"));
    }

    @Test
    public void templateOptsIntoJiraHtmlEscapingAndInsertsNoHtmlReference() throws IOException {
        String source = templateSource();

        assertTrue(source.contains("\n#enable_html_escaping()\n"));
        Matcher reference = Pattern.compile("\\$!?\\{?[A-Za-z][\\w.]*").matcher(source);
        while (reference.find()) {
            assertFalse(reference.group(), JiraStyleVelocity.Escaping.declaresHtml(reference.group()));
        }
    }

    private String render(AdminPageModel model, RecordingWebResources resources) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put(AdminServlet.MODEL, model);
        if (resources != null) {
            context.put("webResourceManager", resources);
        }
        return velocity.render(AdminServlet.TEMPLATE, context);
    }

    private static AdminPageModel hostileModel() {
        return new AdminPageModel(
                "/jira/rest/okr-scorecard/1.0",
                Map.of(
                        "okr.admin.title", HOSTILE.get(0),
                        "okr.admin.perspectives.heading", HOSTILE.get(1),
                        "okr.admin.intro", HOSTILE.get(2)));
    }

    static String templateSource() throws IOException {
        try (InputStream in = AdminTemplateTest.class.getClassLoader().getResourceAsStream(AdminServlet.TEMPLATE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String htmlUnescape(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
