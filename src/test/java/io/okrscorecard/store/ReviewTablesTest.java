package io.okrscorecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.review.Grade;
import io.okrscorecard.core.review.GradeChange;
import io.okrscorecard.core.review.GradeScale;
import io.okrscorecard.core.review.Retrospective;
import io.okrscorecard.core.review.ReviewSettings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The review's tables (KR_GRADE, RETROSPECTIVE) and settings rows on the test database (H2, or PostgreSQL in CI): every
 * change of a grade is a row, the latest is the grade; the latest retrospective is the note, long text kept whole; the
 * review settings read back and move the settings revision.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(StoreSchema.class)
@Jdbc(DynamicJdbcConfiguration.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
public class ReviewTablesTest {
    private static final CycleId Q3 = CycleId.of("2026-Q3");
    private static final CycleId Q4 = CycleId.of("2026-Q4");
    private static final KeyResultId KR = KeyResultId.of(101);
    private static final Instant DAY = Instant.parse("2026-10-02T09:15:30.250Z");

    private EntityManager entityManager;
    private TestStore store;

    @Before
    public void openStore() {
        store = new TestStore(entityManager);
    }

    private static GradeChange change(
            CycleId cycle, Optional<Grade> before, double grade, String comment, long minutes) {
        return new GradeChange(
                cycle, KR, before, Grade.of(grade), comment, "JIRAUSER10000", DAY.plusSeconds(60 * minutes));
    }

    @Test
    @NonTransactional
    public void everyGradeChangeIsARowAndTheLatestIsTheGrade() {
        GradeChange first = change(Q3, Optional.of(Grade.of(0.42)), 0.7, "vendor late", 0);
        GradeChange second = change(Q3, Optional.of(Grade.of(0.7)), 0.65, "", 5);
        GradeChange otherCycle = change(Q4, Optional.empty(), 0.1, "next quarter", 1);
        store.reviews.recordGrade(first);
        store.reviews.recordGrade(otherCycle);
        store.reviews.recordGrade(second);

        assertEquals(List.of(first, second), store.reviews.gradeHistory(Q3, KR));
        assertEquals(Map.of(KR, second), store.reviews.grades(Q3));
        assertEquals(Map.of(KR, otherCycle), store.reviews.grades(Q4));
        assertEquals(3, store.countOf(GradeEntity.class));
    }

    @Test
    @NonTransactional
    public void aGradeWithoutAGradeBeforeReadsBackEmpty() {
        GradeChange none = change(Q3, Optional.empty(), 1.0, "a thousand characters: " + "x".repeat(977), 0);

        store.reviews.recordGrade(none);

        assertEquals(List.of(none), store.reviews.gradeHistory(Q3, KR));
    }

    @Test
    @NonTransactional
    public void theLatestRetrospectiveOfAnObjectiveIsItsNoteWithLongTextKeptWhole() {
        ObjectiveId objective = ObjectiveId.of(7);
        Retrospective draft = new Retrospective(Q3, objective, "draft", "", "JIRAUSER10000", DAY);
        Retrospective note = new Retrospective(
                Q3, objective, "l".repeat(4000), "weekly demos, <b>less</b> WIP & \"focus\"", "JIRAUSER10002", DAY);
        store.reviews.saveRetrospective(draft);
        store.reviews.saveRetrospective(note);

        assertEquals(Map.of(objective, note), store.reviews.retrospectives(Q3));
        assertEquals(Map.of(), store.reviews.retrospectives(Q4));
    }

    @Test
    @NonTransactional
    public void reviewSettingsReadBackAndMoveTheSettingsRevision() {
        assertEquals(ReviewSettings.defaults(), store.settings.reviewSettings());
        String before = store.settings.revision();

        ReviewSettings saved = new ReviewSettings("okr-reviewers", new GradeScale(0.3, 0.65));
        store.settings.saveReviewSettings(saved);

        assertEquals(saved, store.settings.reviewSettings());
        assertNotEquals(before, store.settings.revision());
        store.settings.saveReviewSettings(new ReviewSettings("", GradeScale.DEFAULT));
        assertEquals(ReviewSettings.defaults(), store.settings.reviewSettings());
    }
}
