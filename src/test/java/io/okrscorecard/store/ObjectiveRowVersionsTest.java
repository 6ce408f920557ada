package io.okrscorecard.store;

import static io.okrscorecard.store.ProgressRows.keyResult;
import static io.okrscorecard.store.ProgressRows.objective;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.perspective.PerspectiveMapping;
import io.okrscorecard.core.port.VersionConflictException;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.review.ReviewSettings;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.settings.AppSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
 * ADR 0024 on a real database (H2 by default, PostgreSQL with the CI properties): every settings save moves each stored
 * objective row to its next version with the same numbers, in its own transaction, so that a conditional write that
 * kept an objective's rows from before the save is refused without anybody reading the settings revision.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(StoreSchema.class)
@Jdbc(DynamicJdbcConfiguration.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
public class ObjectiveRowVersionsTest {

    private static final Cycle Q4 = Cycle.of("2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));

    private EntityManager entityManager;
    private TestStore store;

    @Before
    public void openStore() {
        store = new TestStore(entityManager);
    }

    @Test
    @NonTransactional
    public void everySaveOfAnySettingMovesEachObjectiveRowToItsNextVersionWithTheSameNumbers() {
        StoredProgress objective = objective(300).progress(0.4).build();
        StoredProgress other = objective(400).progress(0.7).build();
        StoredProgress kr = keyResult(301).progress(0.4).build();
        store.progress.save(List.of(objective, other, kr));
        Map<String, Consumer<AoScorecardSettingsRepository>> saves = new LinkedHashMap<>();
        saves.put(
                "app settings",
                s -> s.saveAppSettings(AppSettings.defaults()
                        .withRollup(RollupSettings.defaults().withPolicy(RollupPolicy.TIME))));
        saves.put("mapping", s -> s.savePerspectiveMapping(PerspectiveMapping.defaults()));
        saves.put("perspectives", s -> s.savePerspectives(ScorecardSettingsTest.twoPerspectives()));
        saves.put("cycle saved", s -> s.saveCycle(Q4));
        saves.put("cycle deleted", s -> s.deleteCycle(Q4.id()));
        saves.put("review settings", s -> s.saveReviewSettings(ReviewSettings.defaults()));

        long expected = 1;
        for (Map.Entry<String, Consumer<AoScorecardSettingsRepository>> save : saves.entrySet()) {
            save.getValue().accept(store.settings);
            expected++;
            Map<ProgressSubject, StoredProgress> now =
                    store.progress.load(List.of(objective.subject(), other.subject(), kr.subject()));
            assertEquals(save.getKey(), expected, now.get(objective.subject()).version());
            assertEquals(save.getKey(), expected, now.get(other.subject()).version());
            assertEquals(
                    save.getKey() + ": key result rows stay",
                    1,
                    now.get(kr.subject()).version());
            assertEquals(save.getKey(), numbers(objective), numbers(now.get(objective.subject())));
            assertEquals(save.getKey(), numbers(other), numbers(now.get(other.subject())));
        }
        assertEquals("one row per subject", 3, store.countOf(ProgressEntity.class));
    }

    @Test
    @NonTransactional
    public void aConditionalWriteThatKeptTheObjectivesRowFromBeforeASettingsSaveIsRefused() {
        StoredProgress objective = objective(300).progress(0.4).build();
        StoredProgress kr = keyResult(301).progress(0.4).build();
        Map<ProgressSubject, StoredProgress> kept = store.progress.saveIfUnchanged(
                List.of(objective, kr), Map.of(objective.subject(), 0L, kr.subject(), 0L));
        store.settings.saveAppSettings(AppSettings.defaults());

        Map<ProgressSubject, Long> expected = new HashMap<>();
        kept.forEach((subject, row) -> expected.put(subject, row.version()));
        List<StoredProgress> patched = List.of(
                objective(300).progress(0.6).build(),
                keyResult(301).progress(0.6).build());
        VersionConflictException refused =
                assertThrows(VersionConflictException.class, () -> store.progress.saveIfUnchanged(patched, expected));

        assertTrue(refused.moved().contains(objective.subject()));
        assertEquals(
                "nothing written",
                0.4,
                store.progress
                        .load(List.of(kr.subject()))
                        .get(kr.subject())
                        .progress()
                        .value(),
                1e-9);
    }

    @Test
    @NonTransactional
    public void closingAndReopeningACycleMoveTheObjectiveRowsToo() {
        StoredProgress objective = objective(300).build();
        store.progress.save(List.of(objective));

        store.transactions.inTransaction(() -> {
            store.settings.moveRevision();
            return null;
        });

        assertEquals(
                2,
                store.progress
                        .load(List.of(objective.subject()))
                        .get(objective.subject())
                        .version());
    }

    @Test
    @NonTransactional
    public void movingAThousandObjectiveRowsTakesAFewStatementsNotOneEach() {
        List<StoredProgress> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(objective(10_000 + i).progress(i / 1000.0).build());
        }
        store.progress.save(rows);
        ObjectiveRowVersions versions = new ObjectiveRowVersions(store.ao, AoInserts.detect(store.ao));
        store.ao.statementsSinceLastCall();

        store.transactions.inTransaction(() -> {
            versions.move();
            return null;
        });

        assertEquals("one read, one delete, one multi-row insert", 3, store.ao.statementsSinceLastCall());
        assertEquals(1000, store.countOf(ProgressEntity.class));
        assertEquals(
                2,
                store.progress
                        .load(List.of(rows.get(999).subject()))
                        .get(rows.get(999).subject())
                        .version());
    }

    private static List<Object> numbers(StoredProgress row) {
        return List.of(
                row.progress(), row.attainment(), row.counts(), String.valueOf(row.policyUsed()), row.computedAt());
    }
}
