package io.okrscorecard.rest;

import io.okrscorecard.rest.ReviewDto.KeyResultReview;
import io.okrscorecard.rest.ReviewDto.ObjectiveReview;
import io.okrscorecard.rest.ReviewDto.PerspectiveReview;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cycle's review as CSV, written as {@link ScorecardCsv} writes the scorecard (its rows and its cells, safe from
 * formula injection): one row per visible key result (an objective without any gets one row), with progress in percent,
 * grades with two decimals (empty: not graded), the grade's comment and the objective's retrospective.
 */
final class ReviewCsv {
    private static final List<String> HEADER = List.of(
            "Cycle",
            "State",
            "Perspective",
            "Perspective grade",
            "Objective",
            "Objective summary",
            "Owner",
            "Objective progress %",
            "Objective grade",
            "What we learned",
            "What we change",
            "Key result",
            "Key result summary",
            "Key result progress %",
            "Grade",
            "Default grade",
            "Grade comment",
            "Graded by");

    private ReviewCsv() {}

    static String of(ReviewDto review) {
        StringBuilder csv = new StringBuilder();
        ScorecardCsv.row(csv, HEADER);
        for (PerspectiveReview perspective : review.perspectives()) {
            for (ObjectiveReview objective : perspective.objectives()) {
                rows(csv, review, perspective.perspective().name(), grade(perspective.grade()), objective);
            }
        }
        for (ObjectiveReview objective : review.unassigned()) {
            rows(csv, review, "", "", objective);
        }
        return csv.toString();
    }

    private static void rows(
            StringBuilder csv, ReviewDto review, String perspective, String perspectiveGrade, ObjectiveReview o) {
        List<String> objectiveCells = List.of(
                review.cycle().id(),
                review.state(),
                perspective,
                perspectiveGrade,
                o.objective().key(),
                o.objective().summary(),
                o.objective().ownerName() == null ? "" : o.objective().ownerName(),
                ScorecardCsv.percent(o.objective().progress()),
                grade(o.grade()),
                o.retrospective().learned(),
                o.retrospective().change());
        if (o.keyResults().isEmpty()) {
            ScorecardCsv.row(csv, concat(objectiveCells, List.of("", "", "", "", "", "", "")));
        }
        for (KeyResultReview kr : o.keyResults()) {
            ScorecardCsv.row(
                    csv,
                    concat(
                            objectiveCells,
                            List.of(
                                    kr.keyResult().key(),
                                    kr.keyResult().summary(),
                                    ScorecardCsv.percent(kr.keyResult().progress()),
                                    grade(kr.grade()),
                                    kr.grade() == null ? "" : Boolean.toString(kr.defaultGrade()),
                                    kr.comment() == null ? "" : kr.comment(),
                                    kr.gradedByName() == null ? "" : kr.gradedByName())));
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String grade(Double grade) {
        return grade == null ? "" : String.format(Locale.ROOT, "%.2f", grade);
    }
}
