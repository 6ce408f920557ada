package io.okrscorecard.mail;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.okrscorecard.app.Digest;
import io.okrscorecard.app.DigestMails;
import io.okrscorecard.core.digest.DigestScope;
import io.okrscorecard.core.digest.ProgressChange;
import io.okrscorecard.core.mail.Recipient;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.scoring.Status;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The weekly digest mail: the HTML part rendered by Jira's template renderer from {@code templates/mail/okr-digest.vm}
 * (Velocity with Jira's HTML escaping: every value of the view model is escaped), the plain-text part written here from
 * the same view model, and the texts ({@code okr.digest.*}) in the recipient's language.
 */
public final class VelocityDigestMails implements DigestMails {
    public static final String TEMPLATE = "templates/mail/okr-digest.vm";
    /** The context key of the template's one view model. */
    public static final String MODEL = "model";

    static final String PREFIX = "okr.digest.";

    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final ApplicationProperties application;

    public VelocityDigestMails(TemplateRenderer renderer, I18nResolver i18n, ApplicationProperties application) {
        this.renderer = renderer;
        this.i18n = i18n;
        this.application = application;
    }

    @Override
    public Written write(Digest digest, Recipient recipient) {
        Texts texts = new Texts(i18n.getAllTranslationsForPrefix(PREFIX, recipient.locale()), recipient.locale());
        DigestMailModel model = model(digest, texts);
        StringWriter html = new StringWriter();
        try {
            renderer.render(TEMPLATE, Map.of(MODEL, model), html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(
                texts.format("subject", digest.reading().cycle().name()), html.toString(), PlainText.of(model));
    }

    private DigestMailModel model(Digest digest, Texts texts) {
        String browse = application.getBaseUrl(UrlMode.ABSOLUTE) + "/browse/";
        List<DigestMailModel.PerspectiveRow> perspectives = new ArrayList<>();
        digest.perspectives()
                .forEach(line -> perspectives.add(new DigestMailModel.PerspectiveRow(
                        line.perspective().name(),
                        percent(line.progress(), texts),
                        texts.text("status." + line.status().name()),
                        tone(line.status()),
                        change(line.change(), texts))));
        List<DigestMailModel.ObjectiveRow> changes = new ArrayList<>();
        digest.statusChanges()
                .forEach(line -> changes.add(new DigestMailModel.ObjectiveRow(
                        line.objective().key().value(),
                        browse + line.objective().key().value(),
                        line.objective().summary(),
                        texts.format(
                                line.turnedRed() ? "status-change.red" : "status-change",
                                texts.text("status." + line.statusBefore().name()),
                                texts.text("status." + line.status().name()),
                                percent(line.change().before(), texts),
                                percent(line.change().now(), texts)),
                        tone(line.status()))));
        List<DigestMailModel.DueRow> due = new ArrayList<>();
        digest.checkInsDue()
                .forEach(entry -> due.add(new DigestMailModel.DueRow(
                        entry.keyResult().keyResult().key().value(),
                        browse + entry.keyResult().keyResult().key().value(),
                        entry.keyResult().keyResult().summary(),
                        texts.format(
                                "check-in.due",
                                entry.objective().key().value(),
                                texts.day(entry.keyResult().checkInDue().orElseThrow())))));
        List<DigestMailModel.ObjectiveRow> movers = new ArrayList<>();
        digest.topMovers()
                .forEach(line -> movers.add(new DigestMailModel.ObjectiveRow(
                        line.objective().key().value(),
                        browse + line.objective().key().value(),
                        line.objective().summary(),
                        texts.format(
                                "mover",
                                line.change().points(),
                                percent(line.change().before(), texts),
                                percent(line.change().now(), texts)),
                        line.change().value().orElse(0) < 0 ? "bad" : "good")));
        return new DigestMailModel(
                texts.all(),
                texts.format("title", digest.reading().cycle().name()),
                scope(digest, texts),
                perspectives,
                changes,
                due,
                movers,
                digest.hiddenObjectives() == 0 ? "" : texts.format("hidden", digest.hiddenObjectives()),
                texts.format(
                        "footer",
                        texts.text("weekday."
                                + digest.subscription().schedule().weekday().name()),
                        String.format(
                                Locale.ROOT,
                                "%02d:00",
                                digest.subscription().schedule().hour()),
                        texts.day(digest.weekBefore())));
    }

    /** e.g. "Cycle 2026-Q4 (1 Oct 2026 – 31 Dec 2026) · projects OKR, DEV · all perspectives". */
    private static String scope(Digest digest, Texts texts) {
        DigestScope scope = digest.subscription().scope();
        String cycle = texts.format(
                "scope.cycle",
                digest.reading().cycle().name(),
                texts.day(digest.reading().cycle().start()),
                texts.day(digest.reading().cycle().end()));
        String objectives = scope.filter().isPresent()
                ? texts.format("scope.filter", scope.filter().get())
                : scope.projects().isEmpty()
                        ? texts.text("scope.all-projects")
                        : texts.format("scope.projects", String.join(texts.text("join") + " ", scope.projects()));
        List<String> names = new ArrayList<>();
        digest.perspectives().forEach(line -> names.add(line.perspective().name()));
        String perspectives = scope.perspectives().isEmpty()
                ? texts.text("scope.all-perspectives")
                : texts.format("scope.perspectives", String.join(texts.text("join") + " ", names));
        return texts.format("scope", cycle, objectives, perspectives);
    }

    private static String percent(Progress progress, Texts texts) {
        return progress.isDefined() ? progress.percent() : texts.text("undefined");
    }

    private static String change(ProgressChange change, Texts texts) {
        return change.value().isPresent()
                ? texts.format("change.points", change.points())
                : texts.text("change.unknown");
    }

    private static String tone(Status status) {
        return switch (status) {
            case GREEN, ON_TRACK -> "good";
            case AMBER, AT_RISK -> "warn";
            case RED, OFF_TRACK -> "bad";
            case NONE -> "none";
        };
    }

    /** The {@code okr.digest.*} texts of one language, with {0}, {1}… filled in as the scripts do. */
    static final class Texts {
        private final Map<String, String> texts;
        private final DateTimeFormatter days;

        Texts(Map<String, String> texts, Locale locale) {
            this.texts = Map.copyOf(texts);
            this.days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        }

        Map<String, String> all() {
            return texts;
        }

        String text(String key) {
            return texts.getOrDefault(PREFIX + key, PREFIX + key);
        }

        String format(String key, Object... arguments) {
            String pattern = text(key);
            for (int i = 0; i < arguments.length; i++) {
                pattern = pattern.replace("{" + i + "}", String.valueOf(arguments[i]));
            }
            return pattern;
        }

        String day(LocalDate day) {
            return days.format(day);
        }
    }
}
