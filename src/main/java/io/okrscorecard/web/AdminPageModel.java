package io.okrscorecard.web;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one view model of {@code templates/admin/okr-admin.vm} and {@code templates/notifications/okr-notifications.vm}:
 * the page's texts, already translated for the viewer, and the REST base URL its script calls. Immutable; every method the template calls is listed in the
 * {@code <velocity-allowlist>} of atlassian-plugin.xml (Jira 10 blocks any other).
 */
public final class AdminPageModel {
    private final String restBaseUrl;
    private final Map<String, String> texts;

    /**
     * @param restBaseUrl the app's REST base, e.g. {@code /jira/rest/okr-scorecard/1.0}
     * @param texts translations by i18n key ({@code okr.admin.*})
     */
    public AdminPageModel(String restBaseUrl, Map<String, String> texts) {
        if (restBaseUrl == null || texts == null) {
            throw new IllegalArgumentException("restBaseUrl and texts are required");
        }
        this.restBaseUrl = restBaseUrl;
        this.texts = Collections.unmodifiableMap(new TreeMap<>(texts));
    }

    /** The translation of {@code key}, or the key itself when the bundle has none (so a gap is visible, not blank). */
    public String text(String key) {
        return texts.getOrDefault(key, key);
    }

    public String getRestBaseUrl() {
        return restBaseUrl;
    }

    /** Every text as one JSON object for the page's script, safe in an HTML attribute ({@link JsonTexts}). */
    public String getI18nJson() {
        return JsonTexts.object(texts);
    }
}
