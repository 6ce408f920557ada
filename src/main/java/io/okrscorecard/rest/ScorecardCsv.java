package io.okrscorecard.rest;

import io.okrscorecard.rest.ScorecardDto.KeyResultView;
import io.okrscorecard.rest.ScorecardDto.ObjectiveView;
import io.okrscorecard.rest.ScorecardDto.PerspectiveView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scorecard as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a comma, quote or line
 * break). Safe to open in a spreadsheet: a cell starting with {@code = + - @}, a tab or a carriage return is prefixed
 * with an apostrophe so it is never evaluated as a formula. Progress is in percent with one decimal; undefined is
 * empty. The owner is the display name (empty without an owner), never the user key.
 */
final class ScorecardCsv {
    private static final List<String> HEADER = List.of(
            "Cycle",
            "Perspective",
            "Perspective progress %",
            "Objective",
            "Objective summary",
            "Owner",
            "Objective progress %",
            "Objective status",
            "Key result",
            "Key result summary",
            "Kind",
            "Key result progress %",
            "Key result status",
            "Confidence",
            "Done",
            "In progress",
            "To do",
            "Excluded");

    private ScorecardCsv() {}

    static String of(ScorecardDto scorecard) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (PerspectiveView perspective : scorecard.perspectives()) {
            for (ObjectiveView objective : perspective.objectives()) {
                rows(csv, scorecard, perspective.name(), percent(perspective.progress()), objective);
            }
        }
        for (ObjectiveView objective : scorecard.unassigned()) {
            rows(csv, scorecard, "", "", objective);
        }
        return csv.toString();
    }

    private static void rows(
            StringBuilder csv,
            ScorecardDto scorecard,
            String perspective,
            String perspectiveProgress,
            ObjectiveView o) {
        List<String> objectiveCells = List.of(
                scorecard.cycle().id(),
                perspective,
                perspectiveProgress,
                o.key(),
                o.summary(),
                o.ownerName() == null ? "" : o.ownerName(),
                percent(o.progress()),
                o.status());
        if (o.keyResults().isEmpty()) {
            row(csv, concat(objectiveCells, List.of("", "", "", "", "", "", "", "", "", "")));
        }
        for (KeyResultView kr : o.keyResults()) {
            row(
                    csv,
                    concat(
                            objectiveCells,
                            List.of(
                                    kr.key(),
                                    kr.summary(),
                                    kr.kind(),
                                    percent(kr.progress()),
                                    kr.status(),
                                    kr.confidence() == null ? "" : kr.confidence(),
                                    Integer.toString(kr.counts().done()),
                                    Integer.toString(kr.counts().inProgress()),
                                    Integer.toString(kr.counts().todo()),
                                    Integer.toString(kr.counts().excluded()))));
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    static String percent(Double share) {
        return share == null ? "" : String.format(Locale.ROOT, "%.1f", share * 100);
    }

    static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** One field: neutralised against formula injection, then quoted if needed. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
