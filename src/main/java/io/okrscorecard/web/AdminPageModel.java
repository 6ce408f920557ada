package io.okrscorecard.web;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one view model of {@code templates/admin/okr-admin.vm}: the page's texts, already translated for the viewer, and
 * the REST base URL its script calls. Immutable; every method the template calls is listed in the
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

    /**
     * Every text as one JSON object for the page's script. Plain text for an attribute: the template's HTML escaping
     * protects the attribute, and this encoding additionally spells {@code < > & ' "} and line separators as
     * {@code \\uXXXX}, so the JSON is safe in any HTML context.
     */
    public String getI18nJson() {
        StringBuilder json = new StringBuilder("{");
        texts.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            appendString(json, key);
            json.append(':');
            appendString(json, value);
        });
        return json.append('}').toString();
    }

    private static void appendString(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\u0022");
                case '\\' -> json.append("\\\\");
                case '<', '>', '&', '\'', '\u2028', '\u2029' -> json.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
