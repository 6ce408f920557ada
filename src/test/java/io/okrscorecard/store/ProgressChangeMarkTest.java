package io.okrscorecard.store;

import static io.okrscorecard.store.ProgressRows.keyResult;
import static io.okrscorecard.store.ProgressRows.objective;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.port.ChangeMark;
import io.okrscorecard.core.port.MaterialisedProgressRepository;
import io.okrscorecard.core.progress.StoredProgress;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The change mark of the progress table moves with every committed write and delete, seen from another node's
 * repository on the same database, which is what a kept scorecard cycle relies on (ADR 0009).
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(StoreSchema.class)
@Jdbc(DynamicJdbcConfiguration.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
public class ProgressChangeMarkTest {

    private EntityManager entityManager;
    private TestStore store;
    private AoMaterialisedProgressRepository otherNode;

    @Before
    public void openStore() {
        store = new TestStore(entityManager);
        otherNode = new AoMaterialisedProgressRepository(store.ao, store.transactions);
    }

    @Test
    @NonTransactional
    public void anEmptyTableHasTheEmptyMark() {
        assertEquals(ChangeMark.EMPTY, store.progress.changeMark());
    }

    @Test
    @NonTransactional
    public void aSaveOnAnotherNodeMovesTheMark() {
        store.progress.save(List.of(keyResult(101).progress(0.5).build()));
        ChangeMark before = store.progress.changeMark();

        otherNode.save(List.of(keyResult(101).progress(0.75).build()));
        ChangeMark after = store.progress.changeMark();

        assertTrue(after.newestRow() > before.newestRow());
        assertEquals(before.rows(), after.rows());
    }

    @Test
    @NonTransactional
    public void aConditionalSaveOnAnotherNodeMovesTheMark() {
        StoredProgress row = keyResult(102).progress(0.5).build();
        store.progress.save(List.of(row));
        ChangeMark before = store.progress.changeMark();

        otherNode.saveIfUnchanged(List.of(keyResult(102).progress(0.6).build()), Map.of(row.subject(), 1L));

        assertNotEquals(before, store.progress.changeMark());
    }

    @Test
    @NonTransactional
    public void deletingAnOlderRowMovesTheMarkByItsCount() {
        StoredProgress older = keyResult(103).progress(0.5).build();
        store.progress.save(List.of(older));
        store.progress.save(List.of(keyResult(104).progress(0.5).build()));
        ChangeMark before = store.progress.changeMark();

        otherNode.delete(List.of(older.subject()));
        ChangeMark after = store.progress.changeMark();

        assertEquals(before.newestRow(), after.newestRow());
        assertEquals(before.rows() - 1, after.rows());
    }

    @Test
    @NonTransactional
    public void deletingTheNewestRowMovesTheMark() {
        store.progress.save(List.of(keyResult(105).progress(0.5).build()));
        StoredProgress newest = keyResult(106).progress(0.5).build();
        store.progress.save(List.of(newest));
        ChangeMark before = store.progress.changeMark();

        otherNode.delete(List.of(newest.subject()));

        assertNotEquals(before, store.progress.changeMark());
    }

    @Test
    @NonTransactional
    public void aRowInsertedAfterTheNewestWasDeletedMovesTheMark() {
        StoredProgress newest = keyResult(107).progress(0.5).build();
        store.progress.save(List.of(newest));
        otherNode.delete(List.of(newest.subject()));
        ChangeMark afterDelete = store.progress.changeMark();

        otherNode.save(List.of(keyResult(108).progress(0.5).build()));
        ChangeMark afterInsert = store.progress.changeMark();

        assertNotEquals(afterDelete, afterInsert);
        assertEquals(1, afterInsert.rows());
    }

    @Test
    @NonTransactional
    public void rowsAfterAMarkAreTheRowsWrittenSinceOnAnyNodeWithTheNewestId() {
        store.progress.save(List.of(
                keyResult(110).progress(0.5).build(),
                keyResult(111).progress(0.5).build()));
        ChangeMark before = store.progress.changeMark();

        otherNode.save(List.of(
                keyResult(111).progress(0.75).build(),
                objective(112).progress(0.25).build()));
        MaterialisedProgressRepository.RowsAfter after = store.progress.rowsAfter(before.newestRow(), 10);

        assertTrue(after.complete());
        assertEquals(
                Set.of(keyResult(111).build().subject(), objective(112).build().subject()),
                after.rows().keySet());
        assertEquals(2, after.rows().get(keyResult(111).build().subject()).version());
        assertEquals(store.progress.changeMark().newestRow(), after.newestRow());
    }

    @Test
    @NonTransactional
    public void rowsAfterAMarkBeyondTheLimitAreIncomplete() {
        ChangeMark before = store.progress.changeMark();
        otherNode.save(List.of(
                keyResult(113).progress(0.5).build(),
                keyResult(114).progress(0.5).build(),
                keyResult(115).progress(0.5).build()));

        MaterialisedProgressRepository.RowsAfter after = store.progress.rowsAfter(before.newestRow(), 2);

        assertFalse(after.complete());
        assertEquals(2, after.rows().size());
    }

    @Test
    @NonTransactional
    public void theStoredCountLeavesOutRowsDeletedWithoutASuccessorAndCountsRewrittenOnesOnce() {
        StoredProgress deleted = keyResult(116).progress(0.5).build();
        StoredProgress rewritten = objective(117).progress(0.5).build();
        store.progress.save(List.of(deleted, rewritten));
        otherNode.delete(List.of(deleted.subject()));
        otherNode.save(List.of(objective(117).progress(0.75).build()));

        long count = store.progress.countStored(List.of(
                deleted.subject(), rewritten.subject(), keyResult(117).build().subject()));

        assertEquals(1, count);
    }
}
