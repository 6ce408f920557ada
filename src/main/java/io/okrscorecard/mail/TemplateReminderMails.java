package io.okrscorecard.mail;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.okrscorecard.app.DueCheckIn;
import io.okrscorecard.app.ReminderMails;
import io.okrscorecard.core.mail.MailMessage;
import io.okrscorecard.core.mail.Recipient;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Check-in reminders in the recipient's language: the HTML part from {@value #TEMPLATE} through Jira's template
 * renderer (every value escaped), the plain-text part from the same view model, and links to the issues and to the
 * app's notification page under Jira's base URL.
 */
public final class TemplateReminderMails implements ReminderMails {

    public static final String TEMPLATE = "templates/mail/okr-reminder.vm";
    /** The page where the logged-in user turns reminders off and on (web's NotificationsServlet). */
    public static final String PREFERENCES_PATH = "/plugins/servlet/okr-scorecard/notifications";

    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final ApplicationProperties application;

    public TemplateReminderMails(TemplateRenderer renderer, I18nResolver i18n, ApplicationProperties application) {
        this.renderer = renderer;
        this.i18n = i18n;
        this.application = application;
    }

    @Override
    public MailMessage reminder(Recipient recipient, List<DueCheckIn> due) {
        Locale locale = recipient.locale();
        String base = stripSlash(application.getBaseUrl(UrlMode.ABSOLUTE));
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(2);
        DateTimeFormatter days =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<ReminderMailModel.Row> rows = new ArrayList<>();
        for (DueCheckIn checkIn : due) {
            String value = numbers.format(checkIn.lastValue()) + (checkIn.unit().isEmpty() ? "" : " " + checkIn.unit());
            String confidence = checkIn.confidence() == null
                    ? text(locale, "okr.mail.reminder.confidence.none")
                    : text(
                            locale,
                            "okr.mail.reminder.confidence."
                                    + checkIn.confidence().name());
            rows.add(new ReminderMailModel.Row(
                    checkIn.key().value(),
                    checkIn.summary(),
                    base + "/browse/" + URLEncoder.encode(checkIn.key().value(), StandardCharsets.UTF_8),
                    value,
                    confidence,
                    days.format(checkIn.dueSince()),
                    checkIn.objectiveKey().value() + " " + checkIn.objectiveSummary()));
        }
        ReminderMailModel model = new ReminderMailModel(
                key -> text(locale, key),
                text(locale, "okr.mail.reminder.greeting", recipient.person().displayName()),
                text(locale, "okr.mail.reminder.intro", due.size()),
                rows,
                base + PREFERENCES_PATH);
        StringWriter html = new StringWriter();
        try {
            renderer.render(TEMPLATE, Map.of("model", model), html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MailMessage(
                recipient.emailAddress(),
                text(locale, "okr.mail.reminder.subject", due.size()),
                html.toString(),
                plainText(model),
                List.of());
    }

    /** The same content as the HTML part, for mail clients that show text only. */
    static String plainText(ReminderMailModel model) {
        StringBuilder text = new StringBuilder();
        text.append(model.getGreeting()).append("\n\n").append(model.getIntro()).append("\n\n");
        for (ReminderMailModel.Row row : model.getRows()) {
            text.append("* ")
                    .append(row.getKey())
                    .append(' ')
                    .append(row.getSummary())
                    .append('\n');
            text.append("  ")
                    .append(model.text("okr.mail.reminder.last-value"))
                    .append(": ")
                    .append(row.getLastValue())
                    .append('\n');
            text.append("  ")
                    .append(model.text("okr.mail.reminder.confidence"))
                    .append(": ")
                    .append(row.getConfidence())
                    .append('\n');
            text.append("  ")
                    .append(model.text("okr.mail.reminder.due-since"))
                    .append(": ")
                    .append(row.getDueSince())
                    .append('\n');
            text.append("  ").append(row.getIssueUrl()).append("\n\n");
        }
        text.append(model.text("okr.mail.reminder.turn-off"))
                .append(": ")
                .append(model.getPreferencesUrl())
                .append('\n');
        return text.toString();
    }

    private String text(Locale locale, String key, Serializable... arguments) {
        return i18n.getText(locale, key, arguments);
    }

    private static String stripSlash(String url) {
        String base = url == null ? "" : url;
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
