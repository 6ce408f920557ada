package io.okrscorecard.store;

import static org.junit.Assert.assertEquals;

import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.Confidence;
import java.time.Instant;
import java.util.ArrayList;
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

@RunWith(ActiveObjectsJUnitRunner.class)
@Data(StoreSchema.class)
@Jdbc(DynamicJdbcConfiguration.class)
@NameConverters(table = JiraTableNames.class, field = AtlassianFieldNameConverter.class)
public class CheckInHistoryTest {

    private static final Instant MONDAY = Instant.parse("2026-10-05T08:30:00.123Z");
    private static final KeyResultId KR = KeyResultId.of(101);

    private EntityManager entityManager;
    private TestStore store;

    @Before
    public void openStore() {
        store = new TestStore(entityManager);
    }

    static CheckIn checkIn(Double value, long daysAfterMonday) {
        return new CheckIn(
                value,
                Confidence.AT_RISK,
                "blocked by vendor",
                "JIRAUSER10000",
                MONDAY.plusSeconds(86_400 * daysAfterMonday));
    }

    @Test
    @NonTransactional
    public void historyReadsBackOldestFirst() {
        CheckIn second = checkIn(42.5, 7);
        CheckIn first = new CheckIn(null, Confidence.ON_TRACK, null, "admin", MONDAY);
        store.checkIns.append(KR, second);
        store.checkIns.append(KR, first);

        assertEquals(List.of(first, second), store.checkIns.history(KR));
    }

    @Test
    @NonTransactional
    public void aCorrectionIsANewRowAndTheOriginalStays() {
        CheckIn wrong = checkIn(40.0, 1);
        CheckIn corrected = checkIn(4.0, 1);
        store.checkIns.append(KR, wrong);

        store.checkIns.append(KR, corrected);

        assertEquals(List.of(wrong, corrected), store.checkIns.history(KR));
        assertEquals(2, store.countOf(CheckInEntity.class));
    }

    @Test
    @NonTransactional
    public void aLongCommentIsKeptWhole() {
        CheckIn longComment = new CheckIn(1.0, Confidence.OFF_TRACK, "x".repeat(4000), "admin", MONDAY);

        store.checkIns.append(KR, longComment);

        assertEquals(List.of(longComment), store.checkIns.history(KR));
    }

    @Test
    @NonTransactional
    public void historiesOfManyKeyResultsTakeOneStatementPerThousand() {
        List<KeyResultId> keyResults = new ArrayList<>();
        for (int i = 1; i <= 1500; i++) {
            keyResults.add(KeyResultId.of(i));
        }
        store.checkIns.append(KeyResultId.of(3), checkIn(1.0, 0));
        store.checkIns.append(KeyResultId.of(1200), checkIn(2.0, 0));

        store.ao.statementsSinceLastCall();
        Map<KeyResultId, List<CheckIn>> histories = store.checkIns.histories(keyResults);

        assertEquals(2, store.ao.statementsSinceLastCall());
        assertEquals(1500, histories.size());
        assertEquals(List.of(checkIn(2.0, 0)), histories.get(KeyResultId.of(1200)));
        assertEquals(List.of(), histories.get(KeyResultId.of(1)));
    }
}
