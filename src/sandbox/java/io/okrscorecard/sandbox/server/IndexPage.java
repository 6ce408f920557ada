package io.okrscorecard.sandbox.server;

import com.sun.net.httpserver.HttpExchange;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.sandbox.mail.OutboxPage;
import io.okrscorecard.sandbox.web.AdminPage;
import io.okrscorecard.sandbox.web.JiraStyleVelocity;
import io.okrscorecard.sandbox.web.NotificationsPage;
import io.okrscorecard.sandbox.web.PluginTexts;
import io.okrscorecard.sandbox.web.Responses;
import io.okrscorecard.web.AdminServlet;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's start page at {@code /}: who the requests act as and the switch to the other user, links to the
 * stand-ins for Jira's dashboard, issue view and admin page, and the objectives of the running cycle with their key
 * results. Every text comes from the app's i18n bundle ({@code okr.sandbox.*}); every value from the data is escaped.
 */
final class IndexPage {
    /** Objectives listed at most; the rest are counted. */
    static final int LISTED_OBJECTIVES = 12;

    private static final int LISTED_KEY_RESULTS = 3;

    private final PluginTexts texts;
    private final SandboxUsers users;
    private final ScorecardSettingsRepository settings;
    private final SandboxJira jira;
    private final String introKey;
    private final String dataFolder;
    private final Clock clock;

    IndexPage(
            PluginTexts texts,
            SandboxUsers users,
            ScorecardSettingsRepository settings,
            SandboxJira jira,
            boolean imported,
            String dataFolder,
            Clock clock) {
        this.texts = texts;
        this.users = users;
        this.settings = settings;
        this.jira = jira;
        this.introKey = imported ? "okr.sandbox.intro.import" : "okr.sandbox.intro.demo";
        this.dataFolder = dataFolder;
        this.clock = clock;
    }

    void serve(HttpExchange exchange) throws IOException {
        if (!"/".equals(exchange.getRequestURI().getPath())) {
            Responses.send(
                    exchange,
                    404,
                    "text/plain;charset=UTF-8",
                    text("okr.sandbox.not-found").getBytes(StandardCharsets.UTF_8));
            return;
        }
        Responses.html(exchange, page());
    }

    String page() {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(text("okr.sandbox.title"))
                .append("</title>\n<link rel=\"stylesheet\" href=\"")
                .append(Sandbox.STYLESHEET_PATH)
                .append("\">\n</head>\n<body>\n");
        header(html);
        html.append("<main class=\"okr-sandbox-main\">\n<p class=\"okr-sandbox-intro\">")
                .append(text(introKey, dataFolder))
                .append("</p>\n");
        pages(html);
        objectives(html);
        usersSection(html);
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void header(StringBuilder html) {
        SandboxUsers.Persona current = users.current();
        html.append("<header class=\"okr-sandbox-header\">\n<a class=\"okr-sandbox-product\" href=\"/\">")
                .append(text("okr.sandbox.title"))
                .append("</a>\n<span class=\"okr-sandbox-user\" id=\"okr-sandbox-user\" data-user=\"")
                .append(escape(current.userName()))
                .append("\">")
                .append(text("okr.sandbox.users.current", texts.text(current.textKey())))
                .append("</span>\n");
        for (SandboxUsers.Persona other : SandboxUsers.Persona.values()) {
            if (other != current) {
                html.append("<a class=\"okr-sandbox-switch\" href=\"")
                        .append(escape(switchUrl(other)))
                        .append("\">")
                        .append(text("okr.sandbox.users.switch", texts.text(other.textKey())))
                        .append("</a>\n");
            }
        }
        html.append("</header>\n");
    }

    private void pages(StringBuilder html) {
        html.append("<section class=\"okr-sandbox-section\">\n<h2>")
                .append(text("okr.sandbox.pages.heading"))
                .append("</h2>\n<ul class=\"okr-sandbox-links\">\n");
        link(html, Sandbox.DASHBOARD_PATH, "okr.sandbox.pages.dashboard");
        link(html, AdminPage.PATH, "okr.sandbox.pages.admin");
        link(html, AdminServlet.REST_PATH + "/scorecard", "okr.sandbox.pages.api");
        link(html, OutboxPage.PATH, "okr.sandbox.pages.outbox");
        link(html, NotificationsPage.PATH, "okr.sandbox.pages.notifications");
        reviewedCycle()
                .ifPresent(cycle -> link(
                        html,
                        NotificationsPage.REVIEW_PATH + "?cycle=" + cycle.id().value(),
                        "okr.sandbox.pages.review"));
        html.append("</ul>\n</section>\n");
    }

    private void link(StringBuilder html, String path, String key) {
        html.append("<li><a href=\"")
                .append(escape(path))
                .append("\">")
                .append(text(key))
                .append("</a><span class=\"okr-sandbox-description\">")
                .append(text(key + ".description"))
                .append("</span></li>\n");
    }

    private void objectives(StringBuilder html) {
        Optional<Cycle> cycle = currentCycle();
        html.append("<section class=\"okr-sandbox-section\" id=\"okr-sandbox-objectives\">\n<h2>")
                .append(text(
                        "okr.sandbox.issues.heading", cycle.map(Cycle::name).orElse("\u2014")))
                .append("</h2>\n<p>")
                .append(text("okr.sandbox.issues.description"))
                .append("</p>\n");
        List<Objective> all = cycle.map(c -> jira.objectivesIn(c.id())).orElse(List.of());
        if (all.isEmpty()) {
            html.append("<p>").append(text("okr.sandbox.issues.none")).append("</p>\n</section>\n");
            return;
        }
        Map<String, List<Objective>> byPerspective = byPerspective(all);
        int listed = 0;
        for (Map.Entry<String, List<Objective>> group : byPerspective.entrySet()) {
            if (listed >= LISTED_OBJECTIVES) {
                break;
            }
            html.append("<h3>").append(escape(group.getKey())).append("</h3>\n<ul class=\"okr-sandbox-issues\">\n");
            for (Objective objective : group.getValue()) {
                if (listed++ >= LISTED_OBJECTIVES) {
                    break;
                }
                html.append("<li>");
                issueLink(html, objective.key().value(), objective.summary());
                List<KeyResult> keyResults = objective.keyResults();
                if (!keyResults.isEmpty()) {
                    html.append("\n<ul>\n");
                    for (KeyResult kr : keyResults.subList(0, Math.min(LISTED_KEY_RESULTS, keyResults.size()))) {
                        html.append("<li>");
                        issueLink(html, kr.key().value(), kr.summary());
                        html.append("</li>\n");
                    }
                    html.append("</ul>\n");
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        if (all.size() > LISTED_OBJECTIVES) {
            html.append("<p>")
                    .append(text("okr.sandbox.issues.more", Integer.toString(all.size() - LISTED_OBJECTIVES)))
                    .append("</p>\n");
        }
        html.append("</section>\n");
    }

    /** Objectives grouped by perspective name in the admin's perspective order, the unmapped ones last. */
    private Map<String, List<Objective>> byPerspective(List<Objective> objectives) {
        Map<String, List<Objective>> groups = new LinkedHashMap<>();
        List<Perspective> perspectives = settings.perspectives().all();
        for (Perspective perspective : perspectives) {
            for (Objective objective : objectives) {
                if (perspective.key().equals(objective.perspective())) {
                    groups.computeIfAbsent(perspective.name(), n -> new ArrayList<>())
                            .add(objective);
                }
            }
        }
        List<PerspectiveKey> known = perspectives.stream().map(Perspective::key).toList();
        for (Objective objective : objectives) {
            if (objective.perspective() == null || !known.contains(objective.perspective())) {
                groups.computeIfAbsent(texts.text("okr.sandbox.issues.unassigned"), n -> new ArrayList<>())
                        .add(objective);
            }
        }
        return groups;
    }

    private static void issueLink(StringBuilder html, String key, String summary) {
        html.append("<a class=\"okr-sandbox-key\" href=\"")
                .append(escape(Sandbox.ISSUE_PATH + key))
                .append("\">")
                .append(escape(key))
                .append("</a> <span class=\"okr-sandbox-summary\">")
                .append(escape(summary))
                .append("</span>");
    }

    private void usersSection(StringBuilder html) {
        SandboxUsers.Persona current = users.current();
        html.append("<section class=\"okr-sandbox-section\" id=\"okr-sandbox-users\">\n<h2>")
                .append(text("okr.sandbox.users.heading"))
                .append("</h2>\n<p>")
                .append(text("okr.sandbox.users.description"))
                .append("</p>\n<ul class=\"okr-sandbox-links\">\n");
        for (SandboxUsers.Persona persona : SandboxUsers.Persona.values()) {
            html.append("<li>");
            if (persona == current) {
                html.append("<strong>").append(text(persona.textKey())).append("</strong>");
            } else {
                html.append("<a href=\"")
                        .append(escape(switchUrl(persona)))
                        .append("\">")
                        .append(text(persona.textKey()))
                        .append("</a>");
            }
            html.append("<span class=\"okr-sandbox-description\">")
                    .append(text(persona.textKey() + ".description"))
                    .append("</span></li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private static String switchUrl(SandboxUsers.Persona persona) {
        return SandboxUsers.SWITCH_PATH + "?name=" + URLEncoder.encode(persona.userName(), StandardCharsets.UTF_8)
                + "&back=" + URLEncoder.encode("/", StandardCharsets.UTF_8);
    }

    /** The cycle that ended last before today: the one to review (the demo's previous quarter). */
    private Optional<Cycle> reviewedCycle() {
        LocalDate today = LocalDate.now(clock);
        return settings.cycles().stream()
                .filter(cycle -> cycle.end().isBefore(today))
                .max(Comparator.comparing(Cycle::end));
    }

    /** The cycle running today, else the one that started last, else the first: the scorecard's default. */
    private Optional<Cycle> currentCycle() {
        return Cycle.current(settings.cycles(), LocalDate.now(clock));
    }

    /** The escaped text of {@code key}, its placeholders replaced by the escaped {@code values}. */
    private String text(String key, String... values) {
        Object[] tokens = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            tokens[i] = "\0" + i + "\0";
        }
        String html = escape(values.length == 0 ? texts.text(key) : MessageFormat.format(texts.text(key), tokens));
        for (int i = 0; i < values.length; i++) {
            html = html.replace((String) tokens[i], escape(values[i]));
        }
        return html;
    }

    private static String escape(String text) {
        return JiraStyleVelocity.Escaping.escape(text);
    }
}
