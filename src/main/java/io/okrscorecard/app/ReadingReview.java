package io.okrscorecard.app;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.ReviewRepository;
import io.okrscorecard.core.port.ReviewSettingsRepository;
import io.okrscorecard.core.port.UserDirectory;
import io.okrscorecard.core.review.Grade;
import io.okrscorecard.core.review.GradeChange;
import io.okrscorecard.core.review.GradeMeans;
import io.okrscorecard.core.review.Retrospective;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.PerspectiveScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A viewer reads a cycle's review: the numbers as {@link ReadingScorecard} reads them (from the frozen snapshot once
 * the cycle is closed), the grades and retrospectives of the objectives and key results the viewer may browse, and
 * what the viewer may do. Any logged-in viewer reads it; the grades roll up by {@link GradeMeans}.
 */
public final class ReadingReview {
    private final ReadingScorecard scorecards;
    private final CycleStates states;
    private final Reviewers reviewers;
    private final ReviewSettingsRepository settings;
    private final ReviewRepository reviews;
    private final UserDirectory users;

    public ReadingReview(
            ReadingScorecard scorecards,
            CycleStates states,
            Reviewers reviewers,
            ReviewSettingsRepository settings,
            ReviewRepository reviews,
            UserDirectory users) {
        this.scorecards = scorecards;
        this.states = states;
        this.reviewers = reviewers;
        this.settings = settings;
        this.reviews = reviews;
        this.users = users;
    }

    public Review review(CycleId cycle) {
        Reviewers.Reviewer reviewer = reviewers.current();
        CycleStates.Stated stated = states.of(cycle);
        ScorecardReading reading = scorecards.read(Grading.queryOf(cycle));
        Map<KeyResultId, GradeChange> set = reviews.grades(cycle);
        Map<ObjectiveId, Retrospective> notes = reviews.retrospectives(cycle);
        Map<String, Person> people = new HashMap<>();
        Map<KeyResultId, Review.KeyResultGrade> keyResults = new HashMap<>();
        Map<ObjectiveId, Review.ObjectiveReview> objectives = new HashMap<>();
        Map<ObjectiveId, OptionalDouble> objectiveGrades = new HashMap<>();
        for (Objective objective : reading.objectives()) {
            List<GradeMeans.Weighted> graded = new ArrayList<>();
            for (ScorecardReading.KeyResultReading kr : reading.keyResults().getOrDefault(objective.id(), List.of())) {
                GradeChange latest = set.get(kr.keyResult().id());
                Optional<Grade> grade = latest != null
                        ? Optional.of(latest.grade())
                        : kr.progress().isDefined()
                                ? Optional.of(Grade.ofProgress(kr.progress().value()))
                                : Optional.empty();
                keyResults.put(
                        kr.keyResult().id(),
                        new Review.KeyResultGrade(
                                grade,
                                latest == null && grade.isPresent(),
                                Optional.ofNullable(latest)
                                        .map(change -> new Review.AuthoredGradeChange(
                                                change, person(people, change.actorKey()))),
                                reviewer.mayGrade(kr.keyResult(), objective)));
                graded.add(GradeMeans.Weighted.of(grade, kr.keyResult().weight()));
            }
            OptionalDouble grade = GradeMeans.of(graded);
            objectiveGrades.put(objective.id(), grade);
            Optional<Review.AuthoredRetrospective> note = Optional.ofNullable(notes.get(objective.id()))
                    .map(written -> new Review.AuthoredRetrospective(written, person(people, written.authorKey())));
            objectives.put(
                    objective.id(), new Review.ObjectiveReview(grade, note, reviewer.mayWriteRetrospective(objective)));
        }
        Map<PerspectiveKey, OptionalDouble> perspectiveGrades = new HashMap<>();
        for (PerspectiveScore perspective : reading.scorecard().perspectives()) {
            List<GradeMeans.Weighted> graded = new ArrayList<>();
            for (ObjectiveScore objective : perspective.objectives()) {
                OptionalDouble grade = objectiveGrades.get(objective.id());
                if (grade != null) {
                    graded.add(new GradeMeans.Weighted(grade, objective.weight()));
                }
            }
            perspectiveGrades.put(perspective.perspective().key(), GradeMeans.of(graded));
        }
        return new Review(
                stated,
                settings.reviewSettings().scale(),
                reviewer.reviewer(),
                reading,
                keyResults,
                objectives,
                perspectiveGrades);
    }

    private Person person(Map<String, Person> people, String key) {
        return people.computeIfAbsent(key, users::person);
    }
}
