package io.okrscorecard.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResults;
import io.okrscorecard.core.Objectives;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.ReviewSettingsRepository;
import io.okrscorecard.core.review.GradeScale;
import io.okrscorecard.core.review.ReviewSettings;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/**
 * Who reviews: Jira administrators, and the members of the admin's reviewer group while one is set; who grades a key
 * result besides them: its assignee and its objective's owner; who writes an objective's retrospective: its owner.
 */
public class ReviewersTest {
    private static final Person ASSIGNEE = new Person("JIRAUSER10201", "Ann Assignee");
    private static final String GROUP = "okr-reviewers";

    private final Users users = new Users();
    private final Settings settings = new Settings();
    private final Reviewers reviewers = new Reviewers(users, settings);

    private final KeyResult keyResult = KeyResults.work("KR-1").build().withAssignee(ASSIGNEE);
    private final Objective objective =
            Objectives.objective("O-1").with(keyResult).build();

    @Test
    public void anAdministratorReviewsWithoutAnyGroup() {
        users.current = "admin";

        assertEquals("admin", reviewers.require().userKey());
        assertTrue(reviewers.current().mayGrade(keyResult, objective));
        assertTrue(reviewers.current().mayWriteRetrospective(objective));
    }

    @Test
    public void aMemberOfTheReviewerGroupReviewsOnlyWhileTheGroupIsSet() {
        users.current = "pmo";
        users.inGroup = Set.of("pmo");

        assertThrows(AccessDeniedException.class, reviewers::require);
        settings.saved = new ReviewSettings(GROUP, GradeScale.DEFAULT);
        assertEquals("pmo", reviewers.require().userKey());
        assertTrue(reviewers.current().mayGrade(keyResult, objective));
    }

    @Test
    public void theAssigneeGradesTheKeyResultButWritesNoRetrospectiveAndClosesNothing() {
        users.current = ASSIGNEE.key();

        assertTrue(reviewers.current().mayGrade(keyResult, objective));
        assertFalse(reviewers.current().mayWriteRetrospective(objective));
        AccessDeniedException denied = assertThrows(AccessDeniedException.class, reviewers::require);
        assertFalse(denied.anonymous());
    }

    @Test
    public void theObjectivesOwnerGradesItsKeyResultsAndWritesItsRetrospective() {
        users.current = Objectives.OWNER.key();

        assertTrue(reviewers.current().mayGrade(keyResult, objective));
        assertTrue(reviewers.current().mayWriteRetrospective(objective));
    }

    @Test
    public void anybodyElseMayNeitherGradeNorWriteAndAnonymousIsAskedToLogIn() {
        users.current = "someone";
        assertFalse(reviewers.current().mayGrade(keyResult, objective));
        assertFalse(reviewers.current().mayWriteRetrospective(objective));

        users.current = null;
        assertTrue(assertThrows(AccessDeniedException.class, reviewers::current).anonymous());
    }

    /** The current user by key ({@code admin} administers Jira), and who is in {@value #GROUP}. */
    private static final class Users implements AccessControl {
        String current;
        Set<String> inGroup = Set.of();

        @Override
        public Optional<Viewer> currentViewer() {
            return Optional.ofNullable(current).map(Viewer::new);
        }

        @Override
        public boolean isAdministrator(Viewer viewer) {
            return "admin".equals(viewer.userKey());
        }

        @Override
        public boolean canBrowse(Viewer viewer, IssueId issue) {
            return true;
        }

        @Override
        public boolean canEdit(Viewer viewer, IssueId issue) {
            return false;
        }

        @Override
        public boolean isInGroup(Viewer viewer, String group) {
            return GROUP.equals(group) && inGroup.contains(viewer.userKey());
        }
    }

    private static final class Settings implements ReviewSettingsRepository {
        ReviewSettings saved = ReviewSettings.defaults();

        @Override
        public ReviewSettings reviewSettings() {
            return saved;
        }

        @Override
        public void saveReviewSettings(ReviewSettings settings) {
            saved = settings;
        }
    }
}
