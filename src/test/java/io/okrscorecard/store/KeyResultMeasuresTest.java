package io.okrscorecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.keyresult.MeasuredBy;
import io.okrscorecard.core.measure.Aggregate;
import io.okrscorecard.core.measure.MeasureDefinition;
import io.okrscorecard.core.measure.MeasureRun;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

/** Measures, their numbered runs and system check-ins, and the technical user, on H2 and PostgreSQL. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(StoreSchema.class)
@Jdbc(DynamicJdbcConfiguration.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
public class KeyResultMeasuresTest {
    private static final Instant NOW = Instant.parse("2026-11-16T02:00:00Z");
    private static final KeyResultId KR = KeyResultId.of(77);
    private static final String JQL = "project = SUP AND type = Complaint";

    private EntityManager entityManager;
    private TestStore store;

    @Before
    public void openStore() {
        store = new TestStore(entityManager);
    }

    @Test
    @NonTransactional
    public void aMeasureIsSavedReplacedAndRemoved() {
        MeasureDefinition first = MeasureDefinition.ofJql(KR, JQL, Aggregate.MEDIAN_RESOLUTION_HOURS, null);
        store.measures.save(first);
        assertEquals(Optional.of(first), store.measures.definition(KR));
        MeasureDefinition second = new MeasureDefinition(KR, null, 10_200L, Aggregate.SUM, "customfield_10300");
        store.measures.save(second);
        assertEquals(List.of(second), store.measures.all());
        store.measures.remove(KR);
        assertEquals(Optional.empty(), store.measures.definition(KR));
    }

    @Test
    @NonTransactional
    public void aMeasuredRunStoresItsSystemCheckInWithTheJqlAndCount() {
        MeasureRun run = new MeasureRun(NOW, MeasureRun.Outcome.MEASURED, 14.5, 42, JQL, "");
        CheckIn checkIn = new CheckIn(14.5, Confidence.ON_TRACK, "", "svc-okr", NOW, new MeasuredBy(JQL, 42));
        assertTrue(store.measures.record(KR, 1, run, checkIn));

        assertEquals(
                Optional.of(new io.okrscorecard.core.port.KeyResultMeasures.Numbered(1, run)),
                store.measures.lastRun(KR));
        List<CheckIn> history = store.checkIns.history(KR);
        assertEquals(List.of(checkIn), history);
        assertTrue(history.get(0).measured());
        assertEquals(42, history.get(0).measuredBy().issueCount());
    }

    @Test
    @NonTransactional
    public void aSecondEvaluationClaimingTheSameNumberWritesNothing() {
        MeasureRun run = new MeasureRun(NOW, MeasureRun.Outcome.MEASURED, 3.0, 3, JQL, "");
        CheckIn checkIn = new CheckIn(3.0, Confidence.ON_TRACK, "", "svc-okr", NOW, new MeasuredBy(JQL, 3));
        assertTrue(store.measures.record(KR, 1, run, checkIn));
        assertFalse(store.measures.record(KR, 1, run, checkIn));
        assertEquals(1, store.checkIns.history(KR).size());
    }

    @Test
    @NonTransactional
    public void aFailedRunIsTheLastRunAndLeavesTheLastGoodCheckIn() {
        CheckIn good = new CheckIn(3.0, Confidence.ON_TRACK, "", "svc-okr", NOW, new MeasuredBy(JQL, 3));
        store.measures.record(KR, 1, new MeasureRun(NOW, MeasureRun.Outcome.MEASURED, 3.0, 3, JQL, ""), good);
        MeasureRun failed = MeasureRun.failed(NOW.plusSeconds(86_400), JQL, "Field 'Severity' does not exist");
        assertTrue(store.measures.record(KR, 2, failed, null));

        assertEquals(2, store.measures.lastRun(KR).orElseThrow().number());
        assertEquals(failed, store.measures.lastRun(KR).orElseThrow().run());
        assertEquals(List.of(good), store.checkIns.history(KR));
    }

    @Test
    @NonTransactional
    public void theTechnicalUserIsSetAndCleared() {
        assertEquals(Optional.empty(), store.measures.technicalUser());
        store.measures.saveTechnicalUser("svc-okr");
        assertEquals(Optional.of("svc-okr"), store.measures.technicalUser());
        store.measures.saveTechnicalUser(" ");
        assertEquals(Optional.empty(), store.measures.technicalUser());
    }

    @Test
    @NonTransactional
    public void aTooLongTechnicalUserKeyIsRefusedNamingTheField() {
        ValidationException e = org.junit.Assert.assertThrows(
                ValidationException.class, () -> store.measures.saveTechnicalUser("u".repeat(256)));
        assertEquals("technicalUser", e.field());
    }
}
