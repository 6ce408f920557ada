package io.okrscorecard.store;

import static io.okrscorecard.store.ProgressRows.keyResult;
import static io.okrscorecard.store.ProgressRows.objective;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.rollup.UndefinedReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

@RunWith(ActiveObjectsJUnitRunner.class)
@Data(StoreSchema.class)
@Jdbc(DynamicJdbcConfiguration.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
public class MaterialisedProgressTest {

    private EntityManager entityManager;
    private TestStore store;

    @Before
    public void openStore() {
        store = new TestStore(entityManager);
    }

    @Test
    @NonTransactional
    public void keyResultProgressReadsBackAsStoredWithVersionOne() {
        StoredProgress row = keyResult(101)
                .progress(0.625)
                .counts(3, 2, 5, 1, 4)
                .policy(RollupPolicy.STORY_POINTS)
                .fellBackToCount()
                .build();

        Map<ProgressSubject, StoredProgress> saved = store.progress.save(List.of(row));

        assertEquals(row.withVersion(1), saved.get(row.subject()));
        assertEquals(Map.of(row.subject(), row.withVersion(1)), store.progress.load(List.of(row.subject())));
    }

    @Test
    @NonTransactional
    public void metricAttainmentOutsideZeroToOneIsKept() {
        StoredProgress row =
                keyResult(102).progress(1.0).attainment(1.35).policy(null).build();

        store.progress.save(List.of(row));

        assertEquals(
                1.35,
                store.progress.load(List.of(row.subject())).get(row.subject()).attainment(),
                0.0);
    }

    @Test
    @NonTransactional
    public void undefinedProgressIsStoredAsNullAndReadsBackUndefinedWithItsReason() {
        StoredProgress row =
                objective(201).undefined(UndefinedReason.NO_KEY_RESULTS).build();

        store.progress.save(List.of(row));

        StoredProgress loaded = store.progress.load(List.of(row.subject())).get(row.subject());
        assertFalse(loaded.progress().isDefined());
        assertEquals(UndefinedReason.NO_KEY_RESULTS, loaded.undefinedReason());
        assertTrue(Double.isNaN(loaded.attainment()));
        ProgressEntity[] rows = store.ao.find(ProgressEntity.class);
        assertEquals(null, rows[0].getProgress());
        assertEquals(null, rows[0].getAttainment());
    }

    @Test
    @NonTransactional
    public void aKeyResultAndAnObjectiveWithTheSameIssueIdAreDifferentSubjects() {
        StoredProgress kr = keyResult(7).progress(0.1).build();
        StoredProgress objective = objective(7).progress(0.9).build();

        store.progress.save(List.of(kr, objective));

        Map<ProgressSubject, StoredProgress> loaded = store.progress.load(List.of(kr.subject(), objective.subject()));
        assertEquals(0.1, loaded.get(kr.subject()).progress().value(), 0.0);
        assertEquals(0.9, loaded.get(objective.subject()).progress().value(), 0.0);
    }

    @Test
    @NonTransactional
    public void newerComputationReplacesTheStoredOneAndBumpsTheVersion() {
        store.progress.save(List.of(keyResult(101).progress(0.2).build()));

        StoredProgress newer = keyResult(101).progress(0.4).secondsAfterT0(60).build();
        Map<ProgressSubject, StoredProgress> saved = store.progress.save(List.of(newer));

        assertEquals(2, saved.get(newer.subject()).version());
        assertEquals(
                newer.withVersion(2),
                store.progress.load(List.of(newer.subject())).get(newer.subject()));
        assertEquals("one row per subject", 1, store.countOf(ProgressEntity.class));
    }

    @Test
    @NonTransactional
    public void staleComputationIsSkippedAndLeftOutOfTheResult() {
        StoredProgress stored = keyResult(101).progress(0.4).secondsAfterT0(60).build();
        store.progress.save(List.of(stored));

        Map<ProgressSubject, StoredProgress> saved =
                store.progress.save(List.of(keyResult(101).progress(0.2).build()));

        assertTrue(saved.isEmpty());
        assertEquals(
                stored.withVersion(1),
                store.progress.load(List.of(stored.subject())).get(stored.subject()));
    }

    @Test
    @NonTransactional
    public void theNewestOfTwoRowsForOneSubjectInABatchWins() {
        StoredProgress older = keyResult(101).progress(0.2).build();
        StoredProgress newer = keyResult(101).progress(0.3).secondsAfterT0(1).build();

        store.progress.save(List.of(newer, older));

        assertEquals(
                newer.withVersion(1),
                store.progress.load(List.of(newer.subject())).get(newer.subject()));
    }

    @Test
    @NonTransactional
    public void subjectsNeverComputedAreAbsent() {
        store.progress.save(List.of(keyResult(101).build()));

        assertEquals(
                Map.of(), store.progress.load(List.of(keyResult(999).build().subject())));
    }

    @Test
    @NonTransactional
    public void deletedSubjectsAreGoneAndOthersStay() {
        StoredProgress gone = keyResult(101).build();
        StoredProgress kept = keyResult(102).build();
        store.progress.save(List.of(gone, kept));

        store.progress.delete(List.of(gone.subject()));

        assertEquals(
                Map.of(kept.subject(), kept.withVersion(1)),
                store.progress.load(List.of(gone.subject(), kept.subject())));
    }

    @Test
    @NonTransactional
    public void aThousandRowsAreSavedInOneBatchAndReadInOneStatement() {
        List<StoredProgress> rows = new ArrayList<>();
        List<ProgressSubject> subjects = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            StoredProgress row = keyResult(10_000 + i).progress(i / 1000.0).build();
            rows.add(row);
            subjects.add(row.subject());
        }
        assertEquals(1000, store.progress.save(rows).size());

        store.ao.statementsSinceLastCall();
        Map<ProgressSubject, StoredProgress> loaded = store.progress.load(subjects);

        assertEquals(1000, loaded.size());
        assertEquals(1, store.ao.statementsSinceLastCall());
    }

    @Test
    @NonTransactional
    public void readsOfMoreThanAThousandSubjectsTakeOneStatementPerThousand() {
        List<StoredProgress> rows = new ArrayList<>();
        List<ProgressSubject> subjects = new ArrayList<>();
        for (int i = 1; i <= 2500; i++) {
            StoredProgress row = keyResult(i).build();
            rows.add(row);
            subjects.add(row.subject());
        }
        store.progress.save(rows);

        store.ao.statementsSinceLastCall();
        assertEquals(2500, store.progress.load(subjects).size());
        assertEquals(3, store.ao.statementsSinceLastCall());
    }
}
