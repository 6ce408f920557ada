package io.okrscorecard.store;

import static io.okrscorecard.store.ProgressRows.keyResult;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.settings.HostObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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

/** A failure in the middle of a write leaves nothing of it behind. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(StoreSchema.class)
@Jdbc(DynamicJdbcConfiguration.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
public class FailedWritesTest {

    private EntityManager entityManager;
    private TestStore store;

    @Before
    public void openStore() {
        store = new TestStore(entityManager);
    }

    /** Fails the {@code n}th create from now on. */
    private void failOnCreateNumber(int n) {
        AtomicInteger creates = new AtomicInteger();
        store.ao.beforeCreate(type -> {
            if (creates.incrementAndGet() == n) {
                throw new IllegalStateException("injected failure at create " + n);
            }
        });
    }

    @Test
    @NonTransactional
    public void aProgressBatchThatFailsHalfwayWritesNothing() {
        List<StoredProgress> rows = new ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            rows.add(keyResult(i).build());
        }
        // rows go in 1,000 per create: the second create fails after the first 1,000 rows were inserted
        failOnCreateNumber(2);

        try {
            store.progress.save(rows);
            fail("expected the injected failure");
        } catch (IllegalStateException expected) {
            assertEquals("injected failure at create 2", expected.getMessage());
        }

        assertEquals(0, store.countOf(ProgressEntity.class));
    }

    @Test
    @NonTransactional
    public void aFailedReplaceKeepsTheEarlierRows() {
        store.settings.savePerspectives(ScorecardSettingsTest.twoPerspectives());
        failOnCreateNumber(3);

        try {
            store.settings.savePerspectives(Perspectives.defaults());
            fail("expected the injected failure");
        } catch (IllegalStateException expected) {
            assertEquals(ScorecardSettingsTest.twoPerspectives(), store.settings.perspectives());
        }
    }

    @Test
    @NonTransactional
    public void writesOfSeveralRepositoriesInOneTransactionRollBackTogether() {
        try {
            store.transactions.inTransaction(() -> {
                store.hostObjects.record(HostObject.KR_KIND_FIELD, "customfield_10400");
                store.checkIns.append(
                        KeyResultId.of(1), new CheckIn(1.0, Confidence.ON_TRACK, "", "admin", Instant.EPOCH));
                store.snapshots.record(
                        LocalDate.of(2026, 10, 5), Scorecards.of("2026-Q4", 0.3).build());
                store.journal.mark(List.of(KeyResultId.of(1)));
                throw new IllegalStateException("the use case failed after its writes");
            });
            fail("expected the failure");
        } catch (IllegalStateException expected) {
            assertEquals(0, store.rowsInAllTables());
        }
    }
}
