package io.okrscorecard.store;

import static io.okrscorecard.store.ProgressRows.keyResult;
import static io.okrscorecard.store.ProgressRows.objective;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.port.VersionConflictException;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import net.java.ao.DatabaseProvider;
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
 * The conditional write of ADR 0007 on a real database (H2 by default, PostgreSQL with the CI properties): rows are
 * stored only while every expected version is still the stored one, as a compare-and-swap per subject.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(StoreSchema.class)
@Jdbc(DynamicJdbcConfiguration.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
public class ConditionalProgressWritesTest {

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

    /** The statements that insert this many rows on the database: one batched insert. */
    protected int insertStatements(int rows, DatabaseProvider database) {
        return 1;
    }

    @Test
    @NonTransactional
    public void rowsWhoseExpectedVersionsAreStillStoredGetTheNextVersions() {
        StoredProgress kr = keyResult(201).progress(0.1).build();
        StoredProgress objective = objective(200).progress(0.1).build();
        store.progress.saveIfUnchanged(List.of(kr, objective), Map.of(kr.subject(), 0L, objective.subject(), 0L));

        Map<ProgressSubject, StoredProgress> saved = store.progress.saveIfUnchanged(
                List.of(
                        keyResult(201).progress(0.7).build(),
                        objective(200).progress(0.7).build()),
                Map.of(kr.subject(), 1L, objective.subject(), 1L));

        assertEquals(2, saved.get(kr.subject()).version());
        StoredProgress stored = store.progress.load(List.of(kr.subject())).get(kr.subject());
        assertEquals(0.7, stored.progress().value(), 0.0);
        assertEquals(2, stored.version());
        assertEquals("one row per subject", 2, store.countOf(ProgressEntity.class));
    }

    @Test
    @NonTransactional
    public void replacingRowsThatAllExistedTakesADeleteAndTheInsertsOfTheWay() {
        StoredProgress kr = keyResult(211).build();
        StoredProgress objective = objective(210).build();
        store.progress.saveIfUnchanged(List.of(kr, objective), Map.of(kr.subject(), 0L, objective.subject(), 0L));
        store.ao.statementsSinceLastCall();

        store.progress.saveIfUnchanged(
                List.of(
                        keyResult(211).progress(0.9).build(),
                        objective(210).progress(0.9).build()),
                Map.of(kr.subject(), 1L, objective.subject(), 1L));

        assertEquals(1 + insertStatements(2, entityManager.getProvider()), store.ao.statementsSinceLastCall());
    }

    @Test
    @NonTransactional
    public void aRowAnotherWriterReplacedMeanwhileStopsTheWholeWriteAndIsNamed() {
        StoredProgress kr = keyResult(221).progress(0.1).build();
        StoredProgress sibling = keyResult(222).progress(0.1).build();
        store.progress.saveIfUnchanged(List.of(kr, sibling), Map.of(kr.subject(), 0L, sibling.subject(), 0L));
        store.progress.save(
                List.of(keyResult(221).progress(0.5).secondsAfterT0(5).build()));

        VersionConflictException conflict = assertThrows(
                VersionConflictException.class,
                () -> store.progress.saveIfUnchanged(
                        List.of(
                                keyResult(221).progress(0.9).secondsAfterT0(9).build(),
                                keyResult(222).progress(0.9).secondsAfterT0(9).build()),
                        Map.of(kr.subject(), 1L, sibling.subject(), 1L)));

        assertEquals(Set.of(kr.subject()), conflict.moved());
        Map<ProgressSubject, StoredProgress> now = store.progress.load(List.of(kr.subject(), sibling.subject()));
        assertEquals(0.5, now.get(kr.subject()).progress().value(), 0.0);
        assertEquals(
                "nothing of the stopped write was stored",
                1,
                now.get(sibling.subject()).version());
        assertEquals(2, store.countOf(ProgressEntity.class));
    }

    @Test
    @NonTransactional
    public void aRowThatIsOnlyCheckedMustStillBeAtItsVersion() {
        StoredProgress other = keyResult(231).build();
        StoredProgress written = keyResult(232).build();
        store.progress.saveIfUnchanged(List.of(other, written), Map.of(other.subject(), 0L, written.subject(), 0L));
        store.progress.save(List.of(keyResult(231).secondsAfterT0(5).build()));

        VersionConflictException conflict = assertThrows(
                VersionConflictException.class,
                () -> store.progress.saveIfUnchanged(
                        List.of(keyResult(232).progress(0.9).build()),
                        Map.of(written.subject(), 1L, other.subject(), 1L)));

        assertEquals(Set.of(other.subject()), conflict.moved());
        assertEquals(
                1,
                store.progress
                        .load(List.of(written.subject()))
                        .get(written.subject())
                        .version());
    }

    @Test
    @NonTransactional
    public void aFirstWriteExpectsNoRowAndFailsWhenAnotherWriterWroteFirst() {
        StoredProgress first = keyResult(241).progress(0.2).build();
        store.progress.saveIfUnchanged(List.of(first), Map.of(first.subject(), 0L));

        VersionConflictException conflict = assertThrows(
                VersionConflictException.class,
                () -> store.progress.saveIfUnchanged(
                        List.of(keyResult(241).progress(0.4).build()), Map.of(first.subject(), 0L)));

        assertEquals(Set.of(first.subject()), conflict.moved());
        assertEquals(
                0.2,
                store.progress
                        .load(List.of(first.subject()))
                        .get(first.subject())
                        .progress()
                        .value(),
                0.0);
    }

    @Test
    @NonTransactional
    public void aWriterThatDeletedTheExpectedRowFirstWinsAndTheOtherWritesNothing() throws Exception {
        StoredProgress row = keyResult(251).progress(0.1).build();
        store.progress.saveIfUnchanged(List.of(row), Map.of(row.subject(), 0L));
        AtomicBoolean first = new AtomicBoolean(true);
        AtomicReference<Future<Map<ProgressSubject, StoredProgress>>> competitor = new AtomicReference<>();
        // after the first writer deleted version 1 (still uncommitted), a second writer expecting version 1 starts
        store.ao.beforeCreate(type -> {
            if (type == ProgressEntity.class && first.compareAndSet(true, false)) {
                competitor.set(threads.submit(() -> store.progress.saveIfUnchanged(
                        List.of(keyResult(251).progress(0.3).build()), Map.of(row.subject(), 1L))));
            }
        });

        store.progress.saveIfUnchanged(List.of(keyResult(251).progress(0.6).build()), Map.of(row.subject(), 1L));
        store.ao.beforeCreate(type -> {});

        ExecutionException lost =
                assertThrows(ExecutionException.class, () -> competitor.get().get(30, TimeUnit.SECONDS));
        assertTrue(lost.getCause().toString(), lost.getCause() instanceof VersionConflictException);
        StoredProgress stored = store.progress.load(List.of(row.subject())).get(row.subject());
        assertEquals(0.6, stored.progress().value(), 0.0);
        assertEquals(2, stored.version());
        assertEquals(1, store.countOf(ProgressEntity.class));
    }

    @Test
    @NonTransactional
    public void ofTwoWritersThatObservedTheSameVersionExactlyOneWins() throws Exception {
        ProgressSubject subject = keyResult(261).build().subject();
        store.progress.saveIfUnchanged(List.of(keyResult(261).build()), Map.of(subject, 0L));
        for (int round = 1; round <= 5; round++) {
            long observed = round;
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Boolean>> writers = List.of(
                    threads.submit(
                            () -> won(start, keyResult(261).progress(0.25).build(), observed)),
                    threads.submit(
                            () -> won(start, keyResult(261).progress(0.75).build(), observed)));

            int winners = 0;
            for (Future<Boolean> writer : writers) {
                winners += writer.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }

            assertEquals("round " + round, 1, winners);
            assertEquals(
                    observed + 1,
                    store.progress.load(List.of(subject)).get(subject).version());
            assertEquals(1, store.countOf(ProgressEntity.class));
        }
    }

    @Test
    @NonTransactional
    public void insideACallersTransactionAConflictIsFoundBeforeAnyWriteAndTheTransactionGoesOn() {
        StoredProgress stale = keyResult(271).build();
        StoredProgress fresh = keyResult(272).build();
        store.progress.saveIfUnchanged(List.of(stale, fresh), Map.of(stale.subject(), 0L, fresh.subject(), 0L));
        store.progress.save(List.of(keyResult(271).secondsAfterT0(5).build()));

        boolean conflicted = store.transactions.inTransaction(() -> {
            boolean found = false;
            try {
                store.progress.saveIfUnchanged(
                        List.of(
                                keyResult(271).progress(0.9).build(),
                                keyResult(272).progress(0.9).build()),
                        Map.of(stale.subject(), 1L, fresh.subject(), 1L));
            } catch (VersionConflictException e) {
                found = e.moved().equals(Set.of(stale.subject()));
            }
            store.progress.saveIfUnchanged(List.of(keyResult(272).progress(0.9).build()), Map.of(fresh.subject(), 1L));
            return found;
        });

        assertTrue(conflicted);
        Map<ProgressSubject, StoredProgress> now = store.progress.load(List.of(stale.subject(), fresh.subject()));
        assertEquals(2, now.get(stale.subject()).version());
        assertEquals(0.5, now.get(stale.subject()).progress().value(), 0.0);
        assertEquals(2, now.get(fresh.subject()).version());
        assertEquals(0.9, now.get(fresh.subject()).progress().value(), 0.0);
    }

    @Test
    @NonTransactional
    public void aRowWithoutAnExpectedVersionIsRejectedBeforeAnythingIsWritten() {
        StoredProgress row = keyResult(281).build();
        Map<ProgressSubject, Long> none = new HashMap<>();

        assertThrows(IllegalArgumentException.class, () -> store.progress.saveIfUnchanged(List.of(row), none));
        assertEquals(Map.of(), store.progress.load(List.of(row.subject())));
    }

    private boolean won(CyclicBarrier start, StoredProgress row, long observed) throws Exception {
        start.await(30, TimeUnit.SECONDS);
        try {
            store.progress.saveIfUnchanged(List.of(row), Map.of(row.subject(), observed));
            return true;
        } catch (VersionConflictException lost) {
            return false;
        }
    }
}
