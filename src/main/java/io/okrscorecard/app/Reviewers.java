package io.okrscorecard.app;

import io.okrscorecard.core.Person;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.ReviewSettingsRepository;
import io.okrscorecard.core.review.ReviewSettings;

/**
 * The in-code checks of a cycle's review. Reviewers are Jira administrators and the members of the admin's reviewer
 * group (none set: administrators only); they close and re-open cycles and grade any key result. A key result's
 * assignee and its objective's owner grade it too; an objective's owner writes its retrospective.
 */
public final class Reviewers {
    private final AccessControl access;
    private final ReviewSettingsRepository settings;

    public Reviewers(AccessControl access, ReviewSettingsRepository settings) {
        this.access = access;
        this.settings = settings;
    }

    /** The current viewer, if a reviewer; else an {@link AccessDeniedException}. */
    public Viewer require() {
        Reviewer reviewer = current();
        if (!reviewer.reviewer()) {
            throw new AccessDeniedException(
                    "only Jira administrators and members of the reviewer group may close and re-open cycles", false);
        }
        return reviewer.viewer();
    }

    /** Whether the viewer may grade the key result of the objective. */
    public boolean mayGrade(Viewer viewer, KeyResult keyResult, Objective objective) {
        return of(viewer).mayGrade(keyResult, objective);
    }

    /** The current viewer (logged in, else an {@link AccessDeniedException}) and whether they are a reviewer. */
    Reviewer current() {
        return of(Viewers.require(access));
    }

    Reviewer of(Viewer viewer) {
        ReviewSettings review = settings.reviewSettings();
        boolean reviewer = access.isAdministrator(viewer)
                || (review.hasReviewerGroup() && access.isInGroup(viewer, review.reviewerGroup()));
        return new Reviewer(viewer, reviewer);
    }

    /** A viewer and whether they are a reviewer, asked once for a whole review. */
    record Reviewer(Viewer viewer, boolean reviewer) {

        boolean mayGrade(KeyResult keyResult, Objective objective) {
            return reviewer || is(keyResult.assignee()) || is(objective.owner());
        }

        boolean mayWriteRetrospective(Objective objective) {
            return reviewer || is(objective.owner());
        }

        private boolean is(Person person) {
            return person != null && person.key().equals(viewer.userKey());
        }
    }
}
