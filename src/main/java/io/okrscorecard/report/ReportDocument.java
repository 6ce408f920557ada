package io.okrscorecard.report;

import io.okrscorecard.app.ScorecardQuery;
import io.okrscorecard.app.ScorecardReading;
import io.okrscorecard.app.ScorecardReading.KeyResultReading;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.SnapshotRepository;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.PerspectiveScore;
import io.okrscorecard.core.scoring.Status;
import io.okrscorecard.core.strategymap.StrategyMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The report as an HTML tree ({@link HtmlTree}): a cover (cycle, days, scope, the scorecard's score and status, when it
 * was computed, how many objectives the reader may not see), the strategy map, one section per perspective (score,
 * trend, objectives) and the Unassigned objectives; each objective with its key results, their progress, status,
 * confidence and one-line explanation ({@link KeyResultLine}). Objectives the reader may not browse are counted, never
 * named. The Jira base URL and the page numbers are running elements the page's margin boxes show.
 */
final class ReportDocument {
    private final HtmlTree html = new HtmlTree();
    private final ReportTexts texts;
    private final ScorecardReading reading;
    private final Map<ObjectiveId, Objective> visible = new HashMap<>();

    private ReportDocument(ScorecardReading reading, ReportTexts texts) {
        this.reading = reading;
        this.texts = texts;
        reading.objectives().forEach(objective -> visible.put(objective.id(), objective));
    }

    static Document of(
            ScorecardReading reading,
            StrategyMap map,
            ScorecardQuery scope,
            ReportTexts texts,
            String css,
            String baseUrl) {
        return new ReportDocument(reading, texts).build(map, scope, css, baseUrl);
    }

    private Document build(StrategyMap map, ScorecardQuery scope, String css, String baseUrl) {
        Element root = html.root("html");
        root.setAttribute("lang", texts.locale().toLanguageTag());
        Element head = html.add(root, "head", null);
        html.add(
                head,
                "title",
                null,
                texts.text("okr.report.title", reading.cycle().name()));
        html.add(head, "style", null, css);
        Element body = html.add(root, "body", null);
        margins(body, baseUrl);
        cover(body, scope);
        strategyMap(body, map);
        for (PerspectiveScore perspective : reading.scorecard().perspectives()) {
            perspective(body, perspective);
        }
        unassigned(body);
        return html.document();
    }

    /**
     * The running elements the {@code @page} margin boxes show on every page: the Jira base URL, and the page number
     * and count (CSS counters in the spans where the text has {@code {0}} and {@code {1}}, in that order).
     */
    private void margins(Element body, String baseUrl) {
        html.add(body, "div", "running-header", baseUrl);
        Element footer = html.add(body, "div", "running-footer");
        String[] around = texts.text("okr.report.page").split("\\{[01]\\}", -1);
        html.text(footer, around[0]);
        html.add(footer, "span", "page-number");
        html.text(footer, around.length > 1 ? around[1] : " / ");
        html.add(footer, "span", "page-count");
        html.text(footer, around.length > 2 ? around[2] : "");
    }

    private void cover(Element body, ScorecardQuery scope) {
        Element cover = html.add(body, "div", "cover");
        html.add(cover, "div", "app-name", texts.text("okr.report.app"));
        html.add(
                cover,
                "h1",
                null,
                texts.text("okr.report.title", reading.cycle().name()));
        html.add(
                cover,
                "p",
                "dates",
                texts.text(
                        "okr.gadget.cycle.dates",
                        texts.day(reading.cycle().start()),
                        texts.day(reading.cycle().end())));
        html.add(cover, "p", "scope", texts.text("okr.report.scope", scopeText(scope)));
        Element score = html.add(
                cover, "div", "score " + statusClass(reading.scorecard().status()));
        html.add(score, "div", "score-label", texts.text("okr.gadget.overall"));
        html.add(score, "div", "score-value", texts.percent(reading.scorecard().progress()));
        html.add(score, "div", "score-status", statusText(reading.scorecard().status()));
        if (!reading.scorecard().progress().isDefined()) {
            html.add(score, "div", "score-reason", reason(reading.scorecard().progress()));
        }
        html.add(
                cover,
                "p",
                "status-mode",
                texts.text("okr.gadget.status-mode."
                        + reading.scorecard().rule().mode().name()));
        html.add(
                cover,
                "p",
                "computed-at",
                reading.computedAt()
                        .map(at -> texts.text("okr.gadget.computed-at", texts.instant(at)))
                        .orElse(texts.text("okr.gadget.computed-at.never")));
        trend(
                cover,
                SnapshotRepository.Subject.Kind.SCORECARD,
                reading.cycle().id().value());
        Element table = html.add(cover, "table", "overview");
        Element header = html.add(table, "tr", null);
        html.add(header, "th", null, texts.text("okr.report.column.perspective"));
        html.add(header, "th", "number", texts.text("okr.report.column.progress"));
        html.add(header, "th", null, texts.text("okr.report.column.status"));
        html.add(header, "th", "number", texts.text("okr.report.column.objectives"));
        for (PerspectiveScore perspective : reading.scorecard().perspectives()) {
            Element row = html.add(table, "tr", null);
            html.add(row, "td", null, perspective.perspective().name());
            html.add(row, "td", "number", texts.percent(perspective.progress()));
            html.add(row, "td", statusClass(perspective.status()), statusText(perspective.status()));
            html.add(
                    row,
                    "td",
                    "number",
                    Integer.toString(perspective.objectives().size()));
        }
        hiddenObjectives(cover);
    }

    private String scopeText(ScorecardQuery scope) {
        List<String> parts = new ArrayList<>();
        parts.add(
                scope.projects().isEmpty()
                        ? texts.text("okr.report.scope.all")
                        : texts.text("okr.gadget.scope.projects", String.join(", ", scope.projects())));
        scope.filter().ifPresent(filter -> parts.add(texts.text("okr.gadget.scope.filter", filter)));
        scope.perspective()
                .flatMap(key -> reading.scorecard().perspective(key))
                .ifPresent(perspective -> parts.add(texts.text(
                        "okr.report.scope.perspective",
                        perspective.perspective().name())));
        String text = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            text = texts.text("okr.gadget.join", text, parts.get(i));
        }
        return text;
    }

    private void strategyMap(Element body, StrategyMap map) {
        Element section = html.add(body, "div", "section map-section");
        html.add(section, "h2", null, texts.text("okr.report.map"));
        Map<IssueKey, ObjectiveScore> scores = new HashMap<>();
        reading.scorecard().objectives().forEach(score -> scores.put(score.key(), score));
        if (StrategyMapFigure.append(html, section, map, scores, texts, texts.text("okr.gadget.unassigned"))) {
            html.add(section, "p", "note", texts.text("okr.report.map.legend"));
        } else {
            html.add(section, "p", "note", texts.text("okr.report.map.empty"));
        }
    }

    private void perspective(Element body, PerspectiveScore perspective) {
        Element section = html.add(body, "div", "section perspective");
        html.add(section, "h2", null, perspective.perspective().name());
        Element line = html.add(section, "p", "summary-line " + statusClass(perspective.status()));
        html.text(
                line,
                texts.text(
                        "okr.report.perspective.score",
                        texts.percent(perspective.progress()),
                        statusText(perspective.status())));
        if (!perspective.progress().isDefined()) {
            html.text(line, " (" + reason(perspective.progress()) + ")");
        }
        trend(
                section,
                SnapshotRepository.Subject.Kind.PERSPECTIVE,
                perspective.perspective().key().value());
        objectives(section, perspective.objectives(), texts.text("okr.gadget.perspective.empty"));
    }

    private void unassigned(Element body) {
        if (reading.scorecard().unassigned().stream().noneMatch(score -> visible.containsKey(score.id()))) {
            return;
        }
        Element section = html.add(body, "div", "section unassigned");
        html.add(section, "h2", null, texts.text("okr.gadget.unassigned"));
        html.add(section, "p", "note", texts.text("okr.gadget.unassigned.description"));
        objectives(section, reading.scorecard().unassigned(), null);
    }

    /** The visible ones of these objectives; the hidden ones are counted once, on the cover. */
    private void objectives(Element section, List<ObjectiveScore> scores, String whenNone) {
        List<ObjectiveScore> shown =
                scores.stream().filter(score -> visible.containsKey(score.id())).toList();
        if (shown.isEmpty() && whenNone != null) {
            html.add(section, "p", "note", whenNone);
        }
        for (ObjectiveScore score : shown) {
            objective(section, score, visible.get(score.id()));
        }
    }

    private void objective(Element section, ObjectiveScore score, Objective objective) {
        Element block = html.add(section, "div", "objective");
        Element title = html.add(block, "h3", null);
        html.add(title, "span", "key", score.key().value());
        html.text(title, " " + score.summary());
        Element facts = html.add(block, "p", "facts");
        html.add(facts, "span", "fact", texts.text("okr.report.objective.progress", texts.percent(score.progress())));
        html.add(facts, "span", "fact " + statusClass(score.status()), statusText(score.status()));
        html.add(
                facts,
                "span",
                "fact",
                objective.owner() == null
                        ? texts.text("okr.gadget.objective.no-owner")
                        : texts.text(
                                "okr.gadget.objective.owner", objective.owner().displayName()));
        if (!score.progress().isDefined()) {
            html.add(facts, "span", "fact", reason(score.progress()));
        }
        List<KeyResultReading> keyResults = reading.keyResults().getOrDefault(score.id(), List.of());
        if (keyResults.isEmpty()) {
            html.add(block, "p", "note", texts.text("okr.gadget.objective.no-key-results"));
            return;
        }
        Element table = html.add(block, "table", "key-results");
        Element header = html.add(table, "tr", null);
        html.add(header, "th", "kr-key", texts.text("okr.report.column.key"));
        html.add(header, "th", null, texts.text("okr.report.column.key-result"));
        html.add(header, "th", "number", texts.text("okr.report.column.progress"));
        html.add(header, "th", "status-column", texts.text("okr.report.column.status"));
        html.add(header, "th", "confidence-column", texts.text("okr.report.column.confidence"));
        for (KeyResultReading keyResult : keyResults) {
            Element row = html.add(table, "tr", null);
            html.add(row, "td", "kr-key", keyResult.keyResult().key().value());
            Element summary = html.add(row, "td", null);
            html.add(summary, "div", null, keyResult.keyResult().summary());
            html.add(summary, "div", "explanation", KeyResultLine.of(keyResult, texts));
            html.add(row, "td", "number", texts.percent(keyResult.progress()));
            html.add(row, "td", statusClass(keyResult.status()), statusText(keyResult.status()));
            html.add(
                    row,
                    "td",
                    null,
                    keyResult
                            .keyResult()
                            .confidence()
                            .map(confidence -> texts.text("okr.panel.confidence." + confidence.name()))
                            .orElse(ReportTexts.UNDEFINED));
        }
    }

    private void trend(Element parent, SnapshotRepository.Subject.Kind kind, String id) {
        List<SnapshotRepository.Point> points = reading.trends()
                .getOrDefault(new SnapshotRepository.Subject(reading.cycle().id(), kind, id), List.of());
        List<SnapshotRepository.Point> defined =
                points.stream().filter(point -> point.progress().isDefined()).toList();
        if (defined.isEmpty()) {
            html.add(parent, "p", "trend", texts.text("okr.gadget.trend.none"));
            return;
        }
        html.add(
                parent,
                "p",
                "trend",
                texts.text(
                        "okr.gadget.trend.label",
                        points.size(),
                        texts.percent(defined.get(0).progress()),
                        texts.percent(defined.get(defined.size() - 1).progress())));
    }

    private void hiddenObjectives(Element parent) {
        if (reading.hiddenObjectives() > 0) {
            html.add(parent, "p", "hidden", texts.text("okr.gadget.hidden-objectives", reading.hiddenObjectives()));
        }
    }

    private String statusText(Status status) {
        return texts.text("okr.gadget.status." + status.name());
    }

    private static String statusClass(Status status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT);
    }

    private String reason(Progress progress) {
        return texts.text(
                "okr.gadget.undefined.label",
                texts.text("okr.gadget.reason." + progress.undefinedReason().name()));
    }
}
