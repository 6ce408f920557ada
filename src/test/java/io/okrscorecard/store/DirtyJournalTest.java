package io.okrscorecard.store;

import static org.junit.Assert.assertEquals;

import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.port.DirtyKeyResultJournal.Entry;
import java.util.List;
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
public class DirtyJournalTest {

    private EntityManager entityManager;
    private TestStore store;

    @Before
    public void openStore() {
        store = new TestStore(entityManager);
    }

    private static List<KeyResultId> ids(long... values) {
        return java.util.Arrays.stream(values).mapToObj(KeyResultId::of).toList();
    }

    @Test
    @NonTransactional
    public void markedKeyResultsAreReadOldestFirstAndRemovedByRow() {
        store.journal.mark(ids(3, 1, 2));

        List<Entry> oldest = store.journal.oldest(2);

        assertEquals(ids(3, 1), oldest.stream().map(Entry::keyResult).toList());
        store.journal.remove(oldest);
        assertEquals(1, store.journal.size());
        assertEquals(
                ids(2), store.journal.oldest(10).stream().map(Entry::keyResult).toList());
    }

    @Test
    @NonTransactional
    public void aKeyResultMarkedAgainDuringADrainKeepsItsNewRow() {
        store.journal.mark(ids(7));
        List<Entry> draining = store.journal.oldest(100);

        store.journal.mark(ids(7));
        store.journal.remove(draining);

        assertEquals(
                ids(7), store.journal.oldest(100).stream().map(Entry::keyResult).toList());
    }

    @Test
    @NonTransactional
    public void aKeyResultListedTwiceInOneMarkGetsOneRow() {
        store.journal.mark(ids(5, 5, 6));

        assertEquals(2, store.journal.size());
    }
}
