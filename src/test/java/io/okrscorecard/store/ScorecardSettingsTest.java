package io.okrscorecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.checkin.CheckInCadence;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.perspective.MappingSource;
import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.perspective.PerspectiveMapping;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.perspective.Thresholds;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.settings.AppSettings;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

@RunWith(ActiveObjectsJUnitRunner.class)
@Data(StoreSchema.class)
@Jdbc(DynamicJdbcConfiguration.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
public class ScorecardSettingsTest {

    private EntityManager entityManager;
    private TestStore store;

    @Before
    public void openStore() {
        store = new TestStore(entityManager);
    }

    static Perspectives twoPerspectives() {
        return Perspectives.of(List.of(
                new Perspective(
                        PerspectiveKey.of("growth"), "Growth", 1, "#00ff00", Weight.of(2.5), new Thresholds(0.8, 0.5)),
                new Perspective(
                        PerspectiveKey.of("people"),
                        "People & Culture",
                        0,
                        "#0000ff",
                        Weight.ONE,
                        Thresholds.DEFAULT)));
    }

    @Test
    @NonTransactional
    public void everySaveOfAnySettingChangesTheRevisionAndReadingDoesNot() {
        Cycle q4 = Cycle.of("2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
        Set<String> seen = new HashSet<>();
        seen.add(store.settings.revision());

        store.settings.saveAppSettings(
                AppSettings.defaults().withRollup(RollupSettings.defaults().withPolicy(RollupPolicy.TIME)));
        assertTrue("app settings", seen.add(store.settings.revision()));
        store.settings.savePerspectives(twoPerspectives());
        assertTrue("perspectives", seen.add(store.settings.revision()));
        store.settings.savePerspectiveMapping(
                new PerspectiveMapping(MappingSource.LABELS, null, Map.of("people", PerspectiveKey.of("people"))));
        assertTrue("mapping", seen.add(store.settings.revision()));
        store.settings.saveCycle(q4);
        assertTrue("cycle saved", seen.add(store.settings.revision()));
        String beforeDelete = store.settings.revision();
        store.settings.perspectives();
        store.settings.appSettings();
        store.settings.cycles();
        assertEquals("reads leave it alone", beforeDelete, store.settings.revision());
        store.settings.deleteCycle(q4.id());
        assertNotEquals("cycle deleted", beforeDelete, store.settings.revision());
    }

    @Test
    @NonTransactional
    public void theRevisionIsOneStatement() {
        store.settings.saveAppSettings(AppSettings.defaults());
        store.ao.statementsSinceLastCall();

        store.settings.revision();

        assertEquals(1, store.ao.statementsSinceLastCall());
    }

    @Test
    @NonTransactional
    public void defaultsAreReadBeforeTheAdminSavesAnything() {
        assertEquals(Perspectives.defaults(), store.settings.perspectives());
        assertEquals(PerspectiveMapping.defaults(), store.settings.perspectiveMapping());
        assertEquals(AppSettings.defaults(), store.settings.appSettings());
        assertEquals(List.of(), store.settings.cycles());
        assertEquals(0, store.rowsInAllTables());
    }

    @Test
    @NonTransactional
    public void perspectivesReadBackInDisplayOrder() {
        store.settings.savePerspectives(twoPerspectives());

        assertEquals(twoPerspectives(), store.settings.perspectives());
        assertEquals("people", store.settings.perspectives().all().get(0).key().value());
    }

    @Test
    @NonTransactional
    public void savingPerspectivesReplacesTheEarlierSet() {
        store.settings.savePerspectives(Perspectives.defaults());
        store.settings.savePerspectives(twoPerspectives());

        assertEquals(twoPerspectives(), store.settings.perspectives());
        assertEquals(2, store.countOf(PerspectiveEntity.class));
    }

    @Test
    @NonTransactional
    public void aSelectFieldMappingReadsBackWithItsFieldAndValues() {
        store.settings.savePerspectives(twoPerspectives());
        PerspectiveMapping mapping = new PerspectiveMapping(
                MappingSource.SELECT_FIELD,
                "customfield_10200",
                Map.of(
                        "Grow",
                        PerspectiveKey.of("growth"),
                        "Team",
                        PerspectiveKey.of("people"),
                        "Hiring",
                        PerspectiveKey.of("people")));

        store.settings.savePerspectiveMapping(mapping);

        assertEquals(mapping, store.settings.perspectiveMapping());
    }

    @Test
    @NonTransactional
    public void savingAMappingReplacesTheEarlierOne() {
        store.settings.savePerspectiveMapping(PerspectiveMapping.defaults());
        PerspectiveMapping labels =
                new PerspectiveMapping(MappingSource.LABELS, null, Map.of("money", PerspectiveKey.of("financial")));

        store.settings.savePerspectiveMapping(labels);

        assertEquals(labels, store.settings.perspectiveMapping());
        assertEquals(1, store.countOf(MappedValueEntity.class));
    }

    @Test
    @NonTransactional
    public void appSettingsReadBackAsSaved() {
        AppSettings settings = new AppSettings(
                new RollupSettings(RollupPolicy.TIME, 0.25, Set.of("Won't Do", "Obsolete")),
                StatusMode.PACE,
                "customfield_10106",
                true,
                new CheckInCadence(CheckInCadence.Interval.EVERY_TWO_WEEKS, DayOfWeek.THURSDAY));

        store.settings.saveAppSettings(settings);

        assertEquals(settings, store.settings.appSettings());
    }

    @Test
    @NonTransactional
    public void anEmptyExclusionListAndNoStoryPointsFieldSurviveTheRoundTrip() {
        AppSettings settings = AppSettings.defaults()
                .withRollup(RollupSettings.defaults().withExcludedResolutions(Set.of()))
                .withStoryPointsFieldId("customfield_1");
        store.settings.saveAppSettings(settings);

        store.settings.saveAppSettings(settings.withStoryPointsFieldId(null));

        assertEquals(settings.withStoryPointsFieldId(null), store.settings.appSettings());
    }

    @Test
    @NonTransactional
    public void cyclesAreListedByStartDate() {
        Cycle q4 = new Cycle(CycleId.of("2026-Q4"), "Q4 2026", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
        Cycle q3 = Cycle.of("2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));

        store.settings.saveCycle(q4);
        store.settings.saveCycle(q3);

        assertEquals(List.of(q3, q4), store.settings.cycles());
        assertEquals(Optional.of(q4), store.settings.cycle(q4.id()));
        assertEquals(Optional.empty(), store.settings.cycle(CycleId.of("2027-Q1")));
    }

    @Test
    @NonTransactional
    public void savingACycleWithAnExistingIdReplacesIt() {
        store.settings.saveCycle(Cycle.of("2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        Cycle renamed =
                new Cycle(CycleId.of("2026-Q4"), "Autumn", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31));

        store.settings.saveCycle(renamed);

        assertEquals(List.of(renamed), store.settings.cycles());
    }

    @Test
    @NonTransactional
    public void deletingACycleSaysWhetherThereWasOne() {
        store.settings.saveCycle(Cycle.of("2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));

        assertTrue(store.settings.deleteCycle(CycleId.of("2026-Q4")));
        assertFalse(store.settings.deleteCycle(CycleId.of("2026-Q4")));
        assertEquals(List.of(), store.settings.cycles());
    }
}
