package io.okrscorecard.store;

import static io.okrscorecard.store.ProgressRows.keyResult;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.okrscorecard.core.port.ConcurrentUpdateException;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Two recomputations of the same key result racing on a real database: a barrier holds each writer after its read
 * until the other has read too, so both try to write the successor of the same version.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(StoreSchema.class)
@Jdbc(DynamicJdbcConfiguration.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
public class ConcurrentProgressWritesTest {

    private static final int ROUNDS = 5;

    private EntityManager entityManager;
    private TestStore store;
    private ExecutorService threads;

    @Before
    public void openStore() {
        store = new TestStore(entityManager, rowByRow());
        threads = Executors.newFixedThreadPool(2);
    }

    @After
    public void stopThreads() {
        threads.shutdownNow();
    }

    /** Whether the store inserts one row per statement, as on a facade without the multi-row create. */
    protected boolean rowByRow() {
        return false;
    }

    @Test
    @NonTransactional
    public void twoWritersOfTheSameKeyResultNeverLoseTheNewerComputation() throws Exception {
        ProgressSubject subject = keyResult(101).build().subject();
        for (int round = 0; round < ROUNDS; round++) {
            StoredProgress older = keyResult(101)
                    .progress(0.1 + round * 0.1)
                    .secondsAfterT0(10L * round + 1)
                    .build();
            StoredProgress newer = keyResult(101)
                    .progress(0.15 + round * 0.1)
                    .secondsAfterT0(10L * round + 2)
                    .build();
            boolean newerFirst = round % 2 == 0;

            race(newerFirst ? newer : older, newerFirst ? older : newer);

            StoredProgress stored = store.progress.load(List.of(subject)).get(subject);
            assertEquals("round " + round, newer.progress(), stored.progress());
            assertEquals("round " + round, newer.computedAt(), stored.computedAt());
            assertEquals("one row per subject", 1, store.countOf(ProgressEntity.class));
        }
    }

    @Test
    @NonTransactional
    public void bothWritesLandWhenBothAreNewerThanTheStoredRow() throws Exception {
        ProgressSubject subject = keyResult(101).build().subject();
        store.progress.save(List.of(keyResult(101).progress(0.0).build()));

        race(
                keyResult(101).progress(0.3).secondsAfterT0(1).build(),
                keyResult(101).progress(0.6).secondsAfterT0(2).build());

        StoredProgress stored = store.progress.load(List.of(subject)).get(subject);
        assertEquals(0.6, stored.progress().value(), 0.0);
        assertTrue("the loser re-read and wrote after the winner, or skipped", stored.version() >= 2);
    }

    /** Saves both rows at once from two threads, each held after its first read until the other has read. */
    private void race(StoredProgress first, StoredProgress second) throws Exception {
        CyclicBarrier bothRead = new CyclicBarrier(2);
        ThreadLocal<Boolean> waited = ThreadLocal.withInitial(() -> false);
        store.ao.beforeCreate(type -> {
            if (type == ProgressEntity.class && !waited.get()) {
                waited.set(true);
                await(bothRead);
            }
        });
        Future<Map<ProgressSubject, StoredProgress>> a = threads.submit(() -> store.progress.save(List.of(first)));
        Future<Map<ProgressSubject, StoredProgress>> b = threads.submit(() -> store.progress.save(List.of(second)));
        a.get(30, TimeUnit.SECONDS);
        b.get(30, TimeUnit.SECONDS);
        store.ao.beforeCreate(type -> {});
    }

    @Test
    @NonTransactional
    public void aWriterThatKeepsLosingGivesUpWithNothingWritten() {
        store.progress.save(List.of(keyResult(101).progress(0.1).build()));
        AtomicInteger competitorWrites = new AtomicInteger();
        AtomicBoolean competing = new AtomicBoolean(false);
        store.ao.beforeCreate(type -> {
            if (type == ProgressEntity.class && competing.compareAndSet(false, true)) {
                try {
                    int n = competitorWrites.incrementAndGet();
                    runElsewhere(() -> store.progress.save(List.of(
                            keyResult(101).progress(0.5).secondsAfterT0(n).build())));
                } finally {
                    competing.set(false);
                }
            }
        });
        StoredProgress untouched =
                keyResult(102).progress(0.9).secondsAfterT0(1000).build();
        StoredProgress loser = keyResult(101).progress(0.2).secondsAfterT0(1000).build();

        try {
            store.progress.save(List.of(untouched, loser));
            fail("expected the writer to give up");
        } catch (ConcurrentUpdateException expected) {
            assertTrue(expected.subject(), expected.subject().contains("2 progress rows"));
        }

        store.ao.beforeCreate(type -> {});
        assertEquals(AoMaterialisedProgressRepository.ATTEMPTS, competitorWrites.get());
        ProgressSubject subject = loser.subject();
        assertEquals(
                0.5,
                store.progress.load(List.of(subject)).get(subject).progress().value(),
                0.0);
        assertEquals(
                "nothing of the failed batch was written", Map.of(), store.progress.load(List.of(untouched.subject())));
    }

    /** Runs a write to completion on another thread, i.e. in another transaction that commits first. */
    private void runElsewhere(Runnable write) {
        try {
            threads.submit(write).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other writer never read", e);
        }
    }
}
