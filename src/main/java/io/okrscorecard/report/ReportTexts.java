package io.okrscorecard.report;

import io.okrscorecard.core.rollup.Progress;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The report's texts in one locale: the app's i18n bundle ({@code i18n/okr-scorecard.properties} and its translations,
 * the file Jira's i18n reads too), with {@code {0}}-style arguments as the gadget fills them, and numbers and days as
 * the locale writes them. Percentages are rounded as the gadget rounds the REST answer's shares ({@code
 * Math.round(share * 100)}), so the report and the gadget show the same figures; an undefined value is "—".
 */
final class ReportTexts {
    /** What the report prints for an undefined number, whatever the locale. */
    static final String UNDEFINED = "\u2014";

    private static final String BUNDLE = "i18n.okr-scorecard";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final ZoneId zone;

    ReportTexts(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                ReportTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    /** The text of a key with its {@code {n}} placeholders replaced by the arguments, in order. */
    String text(String key, Object... arguments) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text " + key + " in " + BUNDLE, e);
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** A progress as the gadget shows it, e.g. "42%", or "—" when undefined. */
    String percent(Progress progress) {
        return progress.isDefined() ? percent(progress.value()) : UNDEFINED;
    }

    String percent(double share) {
        return text("okr.gadget.percent", Math.round(share * 100));
    }

    String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(day);
    }

    String instant(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
    }
}
