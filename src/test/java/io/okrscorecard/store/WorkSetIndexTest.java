package io.okrscorecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.rollup.WorkSetMembers;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The stored work-set index (ADR 0021) on a real database (H2 by default, PostgreSQL with the CI properties): both
 * lookups, a store that writes only the difference, scoped stores of an incremental change, and two writers.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(StoreSchema.class)
@Jdbc(DynamicJdbcConfiguration.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
public class WorkSetIndexTest {

    private static final KeyResultId KR_10 = KeyResultId.of(10);
    private static final KeyResultId KR_11 = KeyResultId.of(11);

    private EntityManager entityManager;
    private TestStore store;
    private ExecutorService threads;

    @Before
    public void openStore() {
        store = new TestStore(entityManager);
        threads = Executors.newFixedThreadPool(2);
    }

    @After
    public void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    @NonTransactional
    public void aStoredWorkSetIsFoundByKeyResultWithOrWithoutItsExcludedIssuesAndByIssue() {
        store.workSets.store(List.of(whole(KR_10, ids(1, 2), ids(3)), whole(KR_11, ids(2), ids())));

        assertEquals(ids(1, 2), store.workSets.workOf(List.of(KR_10), false));
        assertEquals(ids(1, 2, 3), store.workSets.workOf(List.of(KR_10), true));
        assertEquals(ids(1, 2), store.workSets.workOf(List.of(KR_10, KR_11), false));
        assertEquals(Set.of(KR_10, KR_11), store.workSets.keyResultsHolding(IssueId.of(2)));
        assertEquals(Set.of(KR_10), store.workSets.keyResultsHolding(IssueId.of(3)));
        assertEquals(Set.of(), store.workSets.keyResultsHolding(IssueId.of(99)));
        assertEquals(Set.of(), store.workSets.workOf(List.of(KeyResultId.of(12)), true));
    }

    @Test
    @NonTransactional
    public void storingTheSameWorkSetAgainWritesNothing() {
        store.workSets.store(List.of(whole(KR_10, ids(1, 2), ids(3))));
        Map<Long, Integer> rowIds = rowIdsByIssue();

        int written = store.workSets.store(List.of(whole(KR_10, ids(2, 1), ids(3))));

        assertEquals(0, written);
        assertEquals(rowIds, rowIdsByIssue());
    }

    @Test
    @NonTransactional
    public void aChangedWorkSetRewritesOnlyTheRowsThatDiffer() {
        store.workSets.store(List.of(whole(KR_10, ids(1, 2), ids(3))));
        int rowOfIssue1 = rowIdsByIssue().get(1L);

        // 2 left, 4 joined, 3 is counted again (its resolution was cleared): one delete, one insert, one rewrite
        int written = store.workSets.store(List.of(whole(KR_10, ids(1, 3, 4), ids())));

        assertEquals(4, written);
        assertEquals(ids(1, 3, 4), store.workSets.workOf(List.of(KR_10), false));
        assertEquals(ids(1, 3, 4), store.workSets.workOf(List.of(KR_10), true));
        assertEquals(rowOfIssue1, (int) rowIdsByIssue().get(1L));
    }

    @Test
    @NonTransactional
    public void aScopedStoreTouchesOnlyTheIssuesOfItsScope() {
        store.workSets.store(List.of(whole(KR_10, ids(1, 2), ids()), whole(KR_11, ids(2), ids())));

        // issue 2 resolved as Won't Do: excluded from KR-10; KR-11's rows are not in this store at all
        store.workSets.store(List.of(new WorkSetMembers(KR_10, ids(), ids(2), ids(2))));

        assertEquals(ids(1), store.workSets.workOf(List.of(KR_10), false));
        assertEquals(ids(1, 2), store.workSets.workOf(List.of(KR_10), true));
        assertEquals(ids(2), store.workSets.workOf(List.of(KR_11), false));

        store.workSets.store(List.of(new WorkSetMembers(KR_10, ids(), ids(), ids(2, 5))));

        assertEquals(ids(1), store.workSets.workOf(List.of(KR_10), true));
    }

    @Test
    @NonTransactional
    public void aKeyResultWithoutWorkHoldsNoIssue() {
        store.workSets.store(List.of(whole(KR_10, ids(1, 2), ids(3))));

        store.workSets.store(List.of(WorkSetMembers.none(KR_10)));

        assertEquals(ids(), store.workSets.workOf(List.of(KR_10), true));
        assertEquals(0, store.countOf(WorkSetItemEntity.class));
    }

    @Test
    @NonTransactional
    public void aRolledBackTransactionLeavesTheIndexAsItWas() {
        store.workSets.store(List.of(whole(KR_10, ids(1), ids())));

        assertThrows(
                IllegalStateException.class,
                () -> store.transactions.inTransaction(() -> {
                    store.workSets.store(List.of(whole(KR_10, ids(7, 8), ids())));
                    throw new IllegalStateException("the progress rows of the same transaction failed");
                }));

        assertEquals(ids(1), store.workSets.workOf(List.of(KR_10), true));
    }

    @Test
    @NonTransactional
    public void aKeyResultStoredTwiceInOneCallIsRejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> store.workSets.store(List.of(whole(KR_10, ids(1), ids()), whole(KR_10, ids(2), ids()))));
        assertEquals(0, store.countOf(WorkSetItemEntity.class));
    }

    /**
     * Two nodes storing the same key result at once (which the progress rows' optimistic write normally prevents):
     * the unique member key lets no issue be stored twice, and a writer that loses fails as a write conflict.
     */
    @Test
    @NonTransactional
    public void twoWritersNeverStoreAnIssueTwice() throws Exception {
        for (int round = 0; round < 10; round++) {
            Set<IssueId> work = ids(100 + round, 200 + round);
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> writer = () -> {
                start.await();
                return store.workSets.store(List.of(whole(KR_10, work, ids())));
            };
            List<Future<Integer>> writers = List.of(threads.submit(writer), threads.submit(writer));
            start.countDown();
            for (Future<Integer> result : writers) {
                try {
                    result.get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    assertTrue(e.getCause().toString(), WriteConflicts.isConflict(e.getCause()));
                }
            }
            assertEquals(work, store.workSets.workOf(List.of(KR_10), true));
            assertEquals(2, store.countOf(WorkSetItemEntity.class));
        }
    }

    private Map<Long, Integer> rowIdsByIssue() {
        Map<Long, Integer> ids = new TreeMap<>();
        for (WorkSetItemEntity row : store.ao.find(WorkSetItemEntity.class)) {
            ids.put(row.getIssueId(), row.getID());
        }
        return ids;
    }

    private static WorkSetMembers whole(KeyResultId keyResult, Set<IssueId> counted, Set<IssueId> excluded) {
        return new WorkSetMembers(keyResult, counted, excluded, null);
    }

    private static Set<IssueId> ids(long... values) {
        Set<IssueId> ids = new TreeSet<>();
        Arrays.stream(values).forEach(value -> ids.add(IssueId.of(value)));
        return ids;
    }
}
