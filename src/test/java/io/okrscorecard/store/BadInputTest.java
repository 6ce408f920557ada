package io.okrscorecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.perspective.MappingSource;
import io.okrscorecard.core.perspective.PerspectiveMapping;
import io.okrscorecard.core.perspective.Thresholds;
import io.okrscorecard.core.port.SnapshotRepository.Subject;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.settings.HostObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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

/** Bad input is a {@link ValidationException} naming the field, and nothing is written. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(StoreSchema.class)
@Jdbc(DynamicJdbcConfiguration.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
public class BadInputTest {

    private EntityManager entityManager;
    private TestStore store;

    @Before
    public void openStore() {
        store = new TestStore(entityManager);
    }

    private void assertRejected(String field, Runnable write) {
        int before = store.rowsInAllTables();
        try {
            write.run();
            fail("expected " + field + " to be rejected");
        } catch (ValidationException expected) {
            assertEquals(expected.getMessage(), field, expected.field());
        }
        assertEquals("nothing written", before, store.rowsInAllTables());
    }

    @Test
    @NonTransactional
    public void notANumberOrInfiniteValuesNeverReachTheStore() {
        assertRejected(
                "checkIn.value",
                () -> store.checkIns.append(
                        KeyResultId.of(1), new CheckIn(Double.NaN, Confidence.ON_TRACK, "", "admin", Instant.EPOCH)));
        assertRejected(
                "progress",
                () -> store.progress.save(List.of(ProgressRows.keyResult(1)
                        .progress(Double.POSITIVE_INFINITY)
                        .build())));
        assertRejected(
                "attainment",
                () -> store.progress.save(List.of(ProgressRows.keyResult(1)
                        .progress(1.0)
                        .attainment(Double.NaN)
                        .build())));
        assertRejected(
                "weight",
                () -> store.settings.savePerspectives(ScorecardSettingsTest.twoPerspectives()
                        .replace(ScorecardSettingsTest.twoPerspectives()
                                .all()
                                .get(0)
                                .withWeight(Weight.of(Double.POSITIVE_INFINITY)))));
        assertRejected("thresholds.green", () -> new Thresholds(Double.NaN, 0.1));
    }

    @Test
    @NonTransactional
    public void textLongerThanItsColumnIsRejected() {
        String tooLong = "x".repeat(256);
        assertRejected(
                "cycle.name",
                () -> store.settings.saveCycle(new Cycle(
                        CycleId.of("2026-Q4"), tooLong, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31))));
        assertRejected(
                "checkIn.author",
                () -> store.checkIns.append(
                        KeyResultId.of(1), new CheckIn(1.0, Confidence.ON_TRACK, "", tooLong, Instant.EPOCH)));
        assertRejected("hostObject.id", () -> store.hostObjects.record(HostObject.CYCLE_FIELD, tooLong));
        assertRejected(
                "mapping.fieldId",
                () -> store.settings.savePerspectiveMapping(
                        new PerspectiveMapping(MappingSource.SELECT_FIELD, tooLong, Map.of())));
        assertRejected(
                "mapping.values",
                () -> store.settings.savePerspectiveMapping(new PerspectiveMapping(
                        MappingSource.LABELS, null, Map.of(tooLong, PerspectiveKey.of("financial")))));
        assertRejected(
                "snapshot.id",
                () -> SnapshotMapper.columns(
                        new Subject(CycleId.of("2026-Q4"), Subject.Kind.OBJECTIVE, "9".repeat(65)),
                        LocalDate.of(2026, 10, 5),
                        Progress.of(0.5)));
    }

    @Test
    @NonTransactional
    public void aMappingToAnUnknownPerspectiveIsRejectedAndTheEarlierMappingStays() {
        PerspectiveMapping earlier =
                new PerspectiveMapping(MappingSource.LABELS, null, Map.of("money", PerspectiveKey.of("financial")));
        store.settings.savePerspectiveMapping(earlier);
        Map<String, PerspectiveKey> values = new LinkedHashMap<>();
        values.put("money", PerspectiveKey.of("financial"));
        values.put("fun", PerspectiveKey.of("happiness"));

        assertRejected(
                "mapping.values",
                () -> store.settings.savePerspectiveMapping(
                        new PerspectiveMapping(MappingSource.LABELS, null, values)));

        assertEquals(earlier, store.settings.perspectiveMapping());
    }
}
