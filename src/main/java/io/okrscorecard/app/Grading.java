package io.okrscorecard.app;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.cycle.CycleState;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.ConcurrentUpdateException;
import io.okrscorecard.core.port.ReviewRepository;
import io.okrscorecard.core.port.UserDirectory;
import io.okrscorecard.core.review.Grade;
import io.okrscorecard.core.review.GradeChange;
import io.okrscorecard.core.review.Retrospective;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Grading a cycle's key results and writing its objectives' retrospectives, only while the cycle is in review (else a
 * {@link ConcurrentUpdateException}: the REST layer's 409). A key result is graded by a reviewer, its assignee or its
 * objective's owner, a retrospective written by a reviewer or the objective's owner ({@link Reviewers}); the key result
 * or objective must be one the viewer may browse in the cycle (else not found). Every change of a grade is kept.
 */
public final class Grading {
    private final ReadingScorecard scorecards;
    private final CycleStates states;
    private final Reviewers reviewers;
    private final ReviewRepository reviews;
    private final UserDirectory users;
    private final Clock clock;

    public Grading(
            ReadingScorecard scorecards,
            CycleStates states,
            Reviewers reviewers,
            ReviewRepository reviews,
            UserDirectory users,
            Clock clock) {
        this.scorecards = scorecards;
        this.states = states;
        this.reviews = reviews;
        this.reviewers = reviewers;
        this.users = users;
        this.clock = clock;
    }

    /** The whole cycle, every project, no trend: what a review reads. */
    static ScorecardQuery queryOf(CycleId cycle) {
        return new ScorecardQuery(Optional.of(cycle), List.of(), Optional.empty(), 0, Optional.empty());
    }

    /**
     * Sets the key result's grade ({@code grade} a number from 0.0 to 1.0 with at most two decimals, {@code comment}
     * optional, at most 1,000 characters), keeping the grade it had before.
     */
    public Review.AuthoredGradeChange grade(CycleId cycle, IssueKey keyResult, Double grade, String comment) {
        Reviewers.Reviewer reviewer = reviewers.current();
        Grade value = Grade.of(ValidationException.requireValue(grade, "grade"));
        if (comment != null && comment.length() > GradeChange.MAX_COMMENT) {
            throw new ValidationException("comment", "must be at most " + GradeChange.MAX_COMMENT + " characters");
        }
        ScorecardReading reading = scorecards.read(queryOf(cycle));
        Located located = locate(reading, keyResult);
        if (!reviewer.mayGrade(located.keyResult().keyResult(), located.objective())) {
            throw new AccessDeniedException(
                    "only reviewers, the key result's assignee and its objective's owner may grade " + keyResult,
                    false);
        }
        requireInReview(cycle);
        Optional<Grade> before = Optional.ofNullable(reviews.grades(cycle)
                        .get(located.keyResult().keyResult().id()))
                .map(GradeChange::grade)
                .or(() -> located.keyResult().progress().isDefined()
                        ? Optional.of(
                                Grade.ofProgress(located.keyResult().progress().value()))
                        : Optional.empty());
        GradeChange change = new GradeChange(
                cycle,
                located.keyResult().keyResult().id(),
                before,
                value,
                comment,
                reviewer.viewer().userKey(),
                clock.instant());
        reviews.recordGrade(change);
        return new Review.AuthoredGradeChange(change, users.person(change.actorKey()));
    }

    /** Every change of the key result's grade in the cycle, oldest first, for any viewer who may browse it. */
    public List<Review.AuthoredGradeChange> history(CycleId cycle, IssueKey keyResult) {
        reviewers.current();
        Located located = locate(scorecards.read(queryOf(cycle)), keyResult);
        return reviews.gradeHistory(cycle, located.keyResult().keyResult().id()).stream()
                .map(change -> new Review.AuthoredGradeChange(change, users.person(change.actorKey())))
                .toList();
    }

    /** Writes the objective's retrospective ("what we learned", "what we change", each at most 4,000 characters). */
    public Review.AuthoredRetrospective writeRetrospective(
            CycleId cycle, IssueKey objectiveKey, String learned, String change) {
        Reviewers.Reviewer reviewer = reviewers.current();
        Objective objective = scorecards.read(queryOf(cycle)).objectives().stream()
                .filter(candidate -> candidate.key().equals(objectiveKey))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("no objective " + objectiveKey + " in cycle " + cycle));
        Retrospective note = new Retrospective(
                cycle, objective.id(), learned, change, reviewer.viewer().userKey(), clock.instant());
        if (!reviewer.mayWriteRetrospective(objective)) {
            throw new AccessDeniedException(
                    "only reviewers and the objective's owner may write the retrospective of " + objectiveKey, false);
        }
        requireInReview(cycle);
        reviews.saveRetrospective(note);
        return new Review.AuthoredRetrospective(note, users.person(note.authorKey()));
    }

    private void requireInReview(CycleId cycle) {
        CycleState state = states.of(cycle).state();
        if (state != CycleState.IN_REVIEW) {
            throw new ConcurrentUpdateException(
                    "cycle " + cycle,
                    "cycle " + cycle + " is "
                            + state.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + ": grades and retrospectives are written only while a cycle is in review");
        }
    }

    /** A visible key result of the reading and its objective; not found otherwise. */
    private static Located locate(ScorecardReading reading, IssueKey keyResult) {
        for (Objective objective : reading.objectives()) {
            for (ScorecardReading.KeyResultReading kr : reading.keyResults().getOrDefault(objective.id(), List.of())) {
                if (kr.keyResult().key().equals(keyResult)) {
                    return new Located(objective, kr);
                }
            }
        }
        throw new NotFoundException(
                "no key result " + keyResult + " in cycle " + reading.cycle().id());
    }

    private record Located(Objective objective, ScorecardReading.KeyResultReading keyResult) {}
}
