package io.okrscorecard.store;

import static org.junit.Assert.assertEquals;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.port.SnapshotRepository.Point;
import io.okrscorecard.core.port.SnapshotRepository.Subject;
import io.okrscorecard.core.port.SnapshotRepository.Subject.Kind;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.UndefinedReason;
import java.time.LocalDate;
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
public class DailySnapshotsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);
    private static final CycleId Q4 = CycleId.of("2026-Q4");

    private EntityManager entityManager;
    private TestStore store;

    @Before
    public void openStore() {
        store = new TestStore(entityManager);
    }

    private static Subject subject(Kind kind, String id) {
        return new Subject(Q4, kind, id);
    }

    @Test
    @NonTransactional
    public void everySubjectOfTheScorecardGetsAPointForTheDay() {
        store.snapshots.record(
                MONDAY, Scorecards.of("2026-Q4", 0.4).objectives(2, 3).build());

        assertEquals("scorecard + perspective + 2 objectives + 6 key results", 10, store.countOf(SnapshotEntity.class));
        Subject scorecard = subject(Kind.SCORECARD, "2026-Q4");
        Subject perspective = subject(Kind.PERSPECTIVE, "financial");
        Subject objective = subject(Kind.OBJECTIVE, "1001");
        Subject keyResult = subject(Kind.KEY_RESULT, "1002");
        Map<Subject, List<Point>> trends =
                store.snapshots.trends(List.of(scorecard, perspective, objective, keyResult), MONDAY, MONDAY);
        for (Subject subject : List.of(scorecard, perspective, objective, keyResult)) {
            assertEquals(subject.toString(), List.of(new Point(MONDAY, Progress.of(0.4))), trends.get(subject));
        }
    }

    @Test
    @NonTransactional
    public void recordingTheSameDayAgainReplacesItsPoints() {
        store.snapshots.record(
                MONDAY, Scorecards.of("2026-Q4", 0.4).objectives(2, 3).build());

        store.snapshots.record(
                MONDAY, Scorecards.of("2026-Q4", 0.5).objectives(2, 3).build());

        assertEquals(10, store.countOf(SnapshotEntity.class));
        assertEquals(
                List.of(new Point(MONDAY, Progress.of(0.5))),
                store.snapshots
                        .trends(List.of(subject(Kind.SCORECARD, "2026-Q4")), MONDAY, MONDAY)
                        .get(subject(Kind.SCORECARD, "2026-Q4")));
    }

    @Test
    @NonTransactional
    public void trendsListTheDaysInRangeOldestFirst() {
        for (int day = 4; day >= 0; day--) {
            store.snapshots.record(
                    MONDAY.plusDays(day), Scorecards.of("2026-Q4", day / 10.0).build());
        }
        Subject keyResult = subject(Kind.KEY_RESULT, "1002");

        List<Point> points = store.snapshots
                .trends(List.of(keyResult), MONDAY.plusDays(1), MONDAY.plusDays(3))
                .get(keyResult);

        assertEquals(
                List.of(
                        new Point(MONDAY.plusDays(1), Progress.of(0.1)),
                        new Point(MONDAY.plusDays(2), Progress.of(0.2)),
                        new Point(MONDAY.plusDays(3), Progress.of(0.3))),
                points);
    }

    @Test
    @NonTransactional
    public void undefinedProgressIsAPointWithItsReason() {
        store.snapshots.record(
                MONDAY,
                Scorecards.of("2026-Q4", Progress.undefined(UndefinedReason.NO_LINKED_WORK))
                        .build());

        Subject keyResult = subject(Kind.KEY_RESULT, "1002");
        assertEquals(
                List.of(new Point(MONDAY, Progress.undefined(UndefinedReason.NO_LINKED_WORK))),
                store.snapshots.trends(List.of(keyResult), MONDAY, MONDAY).get(keyResult));
    }

    @Test
    @NonTransactional
    public void cyclesKeepTheirOwnPointsAndSubjectsWithoutPointsHaveAnEmptyTrend() {
        store.snapshots.record(MONDAY, Scorecards.of("2026-Q4", 0.4).build());
        store.snapshots.record(MONDAY, Scorecards.of("2027-Q1", 0.9).build());
        Subject q4 = subject(Kind.OBJECTIVE, "1001");
        Subject unknown = subject(Kind.OBJECTIVE, "4242");

        Map<Subject, List<Point>> trends = store.snapshots.trends(List.of(q4, unknown), MONDAY, MONDAY);

        assertEquals(List.of(new Point(MONDAY, Progress.of(0.4))), trends.get(q4));
        assertEquals(List.of(), trends.get(unknown));
    }
}
