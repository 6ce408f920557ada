package io.okrscorecard.sandbox.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The app's i18n bundle ({@code i18n/okr-scorecard.properties}) as Jira's I18nResolver would give it, in English. */
public final class PluginTexts {
    private final Properties bundle = new Properties();

    private PluginTexts() {
        try (InputStream in = PluginTexts.class.getClassLoader().getResourceAsStream("i18n/okr-scorecard.properties")) {
            if (in == null) {
                throw new IllegalStateException("i18n/okr-scorecard.properties is not on the classpath");
            }
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PluginTexts load() {
        return new PluginTexts();
    }

    /** The text of {@code key}; fails for a key the bundle does not have, as a missing translation is a bug. */
    public String text(String key) {
        String text = bundle.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no text " + key + " in i18n/okr-scorecard.properties");
        }
        return text;
    }

    /** Every key starting with one of {@code prefixes}, with its text. */
    public Map<String, String> withPrefixes(Collection<String> prefixes) {
        Map<String, String> result = new TreeMap<>();
        bundle.stringPropertyNames().stream()
                .filter(key -> prefixes.stream().anyMatch(key::startsWith))
                .forEach(key -> result.put(key, bundle.getProperty(key)));
        return result;
    }
}
