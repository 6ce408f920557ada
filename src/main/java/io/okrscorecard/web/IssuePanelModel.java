package io.okrscorecard.web;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one view model of {@code templates/panel/okr-panel.vm}: which issue the panel is on and what kind of OKR issue
 * it is, where the REST API and the issue pages are, and the panel's texts, already translated for the viewer. The
 * panel's script reads the numbers from the REST API. Immutable; every method the template calls is listed in the
 * {@code <velocity-allowlist>} of atlassian-plugin.xml (Jira 10 blocks any other).
 */
public final class IssuePanelModel {
    private final String issueKey;
    private final String kind;
    private final String restBaseUrl;
    private final String browseBaseUrl;
    private final Map<String, String> texts;

    /**
     * @param issueKey the key of the issue on view, e.g. {@code OKR-12}
     * @param kind {@code OBJECTIVE} or {@code KEY_RESULT}
     * @param contextPath Jira's context path, e.g. {@code /jira}, or empty at the server root
     * @param texts translations by i18n key ({@code okr.panel.*})
     */
    IssuePanelModel(String issueKey, OkrIssueKind kind, String contextPath, Map<String, String> texts) {
        if (issueKey == null || kind == null || contextPath == null || texts == null) {
            throw new IllegalArgumentException("issueKey, kind, contextPath and texts are required");
        }
        String base = contextPath.endsWith("/") ? contextPath.substring(0, contextPath.length() - 1) : contextPath;
        this.issueKey = issueKey;
        this.kind = kind.name();
        this.restBaseUrl = base + AdminServlet.REST_PATH;
        this.browseBaseUrl = base + "/browse/";
        this.texts = Collections.unmodifiableMap(new TreeMap<>(texts));
    }

    /** The translation of {@code key}, or the key itself when the bundle has none (so a gap is visible, not blank). */
    public String text(String key) {
        return texts.getOrDefault(key, key);
    }

    public String getIssueKey() {
        return issueKey;
    }

    /** {@code OBJECTIVE} or {@code KEY_RESULT}. */
    public String getKind() {
        return kind;
    }

    /** The app's REST base, e.g. {@code /jira/rest/okr-scorecard/1.0}. */
    public String getRestBaseUrl() {
        return restBaseUrl;
    }

    /** Where issues are viewed: an issue's page is this followed by its key, e.g. {@code /jira/browse/}. */
    public String getBrowseBaseUrl() {
        return browseBaseUrl;
    }

    /** Every text as one JSON object for the panel's script, safe in an HTML attribute ({@link JsonTexts}). */
    public String getI18nJson() {
        return JsonTexts.object(texts);
    }
}
