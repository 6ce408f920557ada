package io.okrscorecard.rest;

import io.okrscorecard.app.Review;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.review.GradeScale;
import io.okrscorecard.core.review.Retrospective;
import io.okrscorecard.rest.ScorecardDto.KeyResultView;
import io.okrscorecard.rest.ScorecardDto.ObjectiveView;
import io.okrscorecard.rest.ScorecardDto.PerspectiveView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A cycle's review as the review page draws it. The numbers are the scorecard's ({@link ScorecardDto}'s views, an
 * objective's {@code keyResults} left empty: they are listed with their grades); grades are shares in [0, 1] or
 * {@code null} ("not graded"), each with its colour on the admin's scale ({@code RED}, {@code AMBER}, {@code GREEN}).
 */
public record ReviewDto(
        CycleDto cycle,
        String state,
        ScaleDto scale,
        boolean mayClose,
        List<PerspectiveReview> perspectives,
        List<ObjectiveReview> unassigned,
        int hiddenObjectives) {

    /** The grade scale: below {@code amberFrom} red, below {@code greenFrom} amber, else green. */
    public record ScaleDto(double amberFrom, double greenFrom) {}

    /** A perspective's numbers, its grade and its visible objectives. */
    public record PerspectiveReview(
            PerspectiveView perspective, Double grade, String gradeColour, List<ObjectiveReview> objectives) {}

    /** A visible objective: its numbers, grade, retrospective and its key results with their grades. */
    public record ObjectiveReview(
            ObjectiveView objective,
            Double grade,
            String gradeColour,
            RetrospectiveDto retrospective,
            boolean mayWriteRetrospective,
            List<KeyResultReview> keyResults) {}

    /**
     * A visible key result's numbers and grade; {@code defaultGrade} when the grade is its progress (nobody set one);
     * {@code comment}, {@code gradedBy} (user key) and {@code gradedByName} (display name) of the grade's latest change.
     */
    public record KeyResultReview(
            KeyResultView keyResult,
            Double grade,
            String gradeColour,
            boolean defaultGrade,
            String comment,
            String gradedBy,
            String gradedByName,
            String gradedAt,
            boolean mayGrade) {}

    /** An objective's retrospective; null fields before anybody wrote one. */
    public record RetrospectiveDto(String learned, String change, String author, String authorName, String at) {
        static RetrospectiveDto of(Review.AuthoredRetrospective authored) {
            Retrospective note = authored.retrospective();
            return new RetrospectiveDto(
                    note.learned(),
                    note.change(),
                    note.authorKey(),
                    authored.author().displayName(),
                    note.at().toString());
        }
    }

    static ReviewDto of(Review review) {
        ScorecardDto scorecard = ScorecardDto.of(review.reading());
        Map<IssueKey, Objective> objectives = new HashMap<>();
        Map<String, KeyResultId> keyResults = new HashMap<>();
        for (Objective objective : review.reading().objectives()) {
            objectives.put(objective.key(), objective);
            objective.keyResults().forEach(kr -> keyResults.put(kr.key().value(), kr.id()));
        }
        GradeScale scale = review.scale();
        List<PerspectiveReview> perspectives = new ArrayList<>();
        for (PerspectiveView perspective : scorecard.perspectives()) {
            OptionalDouble grade = review.perspectiveGrades()
                    .getOrDefault(PerspectiveKey.of(perspective.key()), OptionalDouble.empty());
            perspectives.add(new PerspectiveReview(
                    withoutObjectives(perspective),
                    value(grade),
                    colour(scale, grade),
                    objectives(perspective.objectives(), review, objectives, keyResults)));
        }
        return new ReviewDto(
                scorecard.cycle(),
                review.cycle().state().name(),
                new ScaleDto(scale.amberFrom(), scale.greenFrom()),
                review.mayClose(),
                perspectives,
                objectives(scorecard.unassigned(), review, objectives, keyResults),
                scorecard.hiddenObjectives());
    }

    private static List<ObjectiveReview> objectives(
            List<ObjectiveView> views,
            Review review,
            Map<IssueKey, Objective> objectives,
            Map<String, KeyResultId> keyResultIds) {
        List<ObjectiveReview> reviews = new ArrayList<>();
        for (ObjectiveView view : views) {
            ObjectiveId id = objectives.get(IssueKey.of(view.key())).id();
            Review.ObjectiveReview objective = review.objectives().get(id);
            List<KeyResultReview> keyResults = new ArrayList<>();
            for (KeyResultView kr : view.keyResults()) {
                Review.KeyResultGrade grade = review.keyResults().get(keyResultIds.get(kr.key()));
                OptionalDouble value =
                        grade.grade().map(g -> OptionalDouble.of(g.value())).orElse(OptionalDouble.empty());
                keyResults.add(new KeyResultReview(
                        kr,
                        value(value),
                        colour(review.scale(), value),
                        grade.byDefault(),
                        grade.latest().map(latest -> latest.change().comment()).orElse(null),
                        grade.latest().map(latest -> latest.actor().key()).orElse(null),
                        grade.latest()
                                .map(latest -> latest.actor().displayName())
                                .orElse(null),
                        grade.latest()
                                .map(latest -> latest.change().at().toString())
                                .orElse(null),
                        grade.mayGrade()));
            }
            reviews.add(new ObjectiveReview(
                    withoutKeyResults(view),
                    value(objective.grade()),
                    colour(review.scale(), objective.grade()),
                    objective
                            .retrospective()
                            .map(RetrospectiveDto::of)
                            .orElse(new RetrospectiveDto("", "", null, null, null)),
                    objective.mayWriteRetrospective(),
                    keyResults));
        }
        return reviews;
    }

    private static PerspectiveView withoutObjectives(PerspectiveView p) {
        return new PerspectiveView(
                p.key(),
                p.name(),
                p.colour(),
                p.weight(),
                p.progress(),
                p.status(),
                p.undefinedReason(),
                p.undefinedObjectives(),
                p.trend(),
                List.of());
    }

    private static ObjectiveView withoutKeyResults(ObjectiveView o) {
        return new ObjectiveView(
                o.key(),
                o.summary(),
                o.owner(),
                o.ownerName(),
                o.weight(),
                o.progress(),
                o.status(),
                o.undefinedReason(),
                List.of(),
                o.support());
    }

    static Double value(OptionalDouble grade) {
        return grade.isPresent() ? grade.getAsDouble() : null;
    }

    static String colour(GradeScale scale, OptionalDouble grade) {
        return grade.isPresent() ? scale.colour(grade.getAsDouble()).name() : null;
    }
}
