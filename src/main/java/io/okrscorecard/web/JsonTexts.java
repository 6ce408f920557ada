package io.okrscorecard.web;

import java.util.Map;

/**
 * Texts as one JSON object for a page's script, to be put in an HTML attribute. The template's HTML escaping protects
 * the attribute; this encoding additionally spells {@code < > & ' "} and line separators as {@code \\uXXXX}, so the
 * JSON is safe in any HTML context.
 */
final class JsonTexts {
    private JsonTexts() {}

    static String object(Map<String, String> texts) {
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
