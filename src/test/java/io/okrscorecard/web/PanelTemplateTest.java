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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/** The issue panel's template rendered as Jira renders it: every value escaped, the script's inputs intact. */
public class PanelTemplateTest {
    private static final List<String> HOSTILE =
            List.of("<img src=x onerror=alert(1)>", "</script><script>alert(2)</script>", "\"'><b>x</b>");

    private final JiraStyleVelocity velocity = new JiraStyleVelocity();

    @Test
    public void hostileTextsAreEscapedEverywhereTheyAppear() {
        String panel = render(hostileModel());

        for (String hostile : HOSTILE) {
            assertFalse(hostile + " appears raw", panel.contains(hostile));
        }
        assertTrue(panel, panel.contains("role=\"status\">&lt;img src=x onerror=alert(1)&gt;</p>"));
        assertTrue(panel, panel.contains("&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;"));
        assertFalse(panel.contains("<script"));
        assertFalse(panel.contains("<b>"));
    }

    @Test
    public void hostileKeysAndUrlsCannotLeaveTheirAttributes() {
        IssuePanelModel model = new IssuePanelModel(
                "X-1\"><img src=x onerror=alert(1)>",
                OkrIssueKind.KEY_RESULT,
                "/jira\" onmouseover=\"alert(1)",
                Map.of());

        String panel = render(model);

        assertTrue(panel, panel.contains("data-issue-key=\"X-1&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\""));
        assertTrue(
                panel,
                panel.contains("data-rest-base=\"/jira&quot; onmouseover=&quot;alert(1)/rest/okr-scorecard/1.0\""));
        assertFalse(panel.contains("<img"));
    }

    @Test
    public void theRootCarriesWhatTheScriptNeeds() {
        String panel = render(new IssuePanelModel(
                "OKR-12", OkrIssueKind.KEY_RESULT, "/jira", Map.of("okr.panel.loading", "Loading OKR progress")));

        assertTrue(panel, panel.contains("data-okr-panel=\"KEY_RESULT\""));
        assertTrue(panel, panel.contains("data-issue-key=\"OKR-12\""));
        assertTrue(panel, panel.contains("data-rest-base=\"/jira/rest/okr-scorecard/1.0\""));
        assertTrue(panel, panel.contains("data-browse-base=\"/jira/browse/\""));
        assertTrue(panel, panel.contains("id=\"okr-panel-OKR-12\""));
        assertTrue(panel, panel.contains("aria-busy=\"true\""));
        assertTrue(panel, panel.contains(">Loading OKR progress</p>"));
        assertFalse("every reference resolved", panel.contains("$"));
        assertFalse("the escaping marker is not output", panel.contains("enable_html_escaping"));
    }

    @Test
    public void scriptTextsSurviveTheAttributeAsTheSameStrings() throws IOException {
        String panel = render(hostileModel());

        Matcher attribute = Pattern.compile("data-i18n=\"([^\"]*)\"").matcher(panel);
        assertTrue(attribute.find());
        String json = htmlUnescape(attribute.group(1));
        assertFalse("no raw markup even inside the JSON", json.contains("<") || json.contains(">"));
        Map<String, String> texts = new ObjectMapper().readValue(json, new TypeReference<Map<String, String>>() {});
        assertEquals(HOSTILE.get(0), texts.get("okr.panel.loading"));
        assertEquals(HOSTILE.get(1), texts.get("okr.panel.noscript"));
        assertEquals(HOSTILE.get(2), texts.get("okr.panel.label"));
    }

    @Test
    public void withoutAModelTheTemplateRendersNothing() {
        String panel = velocity.render(IssuePanelContextProvider.TEMPLATE, new LinkedHashMap<>());

        assertEquals("", panel.strip());
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

    private String render(IssuePanelModel model) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put(IssuePanelContextProvider.MODEL, model);
        return velocity.render(IssuePanelContextProvider.TEMPLATE, context);
    }

    private static IssuePanelModel hostileModel() {
        return new IssuePanelModel(
                "OKR-1",
                OkrIssueKind.OBJECTIVE,
                "/jira",
                Map.of(
                        "okr.panel.loading", HOSTILE.get(0),
                        "okr.panel.noscript", HOSTILE.get(1),
                        "okr.panel.label", HOSTILE.get(2)));
    }

    static String templateSource() throws IOException {
        try (InputStream in =
                PanelTemplateTest.class.getClassLoader().getResourceAsStream(IssuePanelContextProvider.TEMPLATE)) {
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
