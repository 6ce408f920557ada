package io.okrscorecard.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.checkin.CheckInCadence;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.port.SnapshotRepository.Point;
import io.okrscorecard.core.port.SnapshotRepository.Subject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.rollup.Cascade;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.rollup.UndefinedReason;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.settings.AppSettings;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** Entity and domain values convert both ways without loss, column by column; no database involved. */
public class MappersTest {

    @Test
    public void perspectiveSurvivesItsRow() {
        for (Perspective perspective : Perspectives.defaults().all()) {
            Map<String, Object> row = PerspectiveMapper.columns(perspective);

            assertEquals(perspective, PerspectiveMapper.perspective(FakeRows.of(PerspectiveEntity.class, row)));
        }
    }

    @Test
    public void cycleDaysAreIsoText() {
        Cycle cycle = new Cycle(CycleId.of("2026-Q4"), "Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));

        Map<String, Object> row = CycleMapper.columns(cycle);

        assertEquals("2026-10-01", row.get(CycleEntity.FIRST_DAY));
        assertEquals(cycle, CycleMapper.cycle(FakeRows.of(CycleEntity.class, row)));
    }

    @Test
    public void checkInKeepsItsTimeToTheMillisecond() {
        CheckIn checkIn = new CheckIn(
                12.5, Confidence.AT_RISK, "late", "JIRAUSER10100", Instant.parse("2026-10-05T08:30:00.123456Z"));

        CheckIn read = CheckInMapper.checkIn(
                FakeRows.of(CheckInEntity.class, CheckInMapper.columns(KeyResultId.of(7), checkIn)));

        assertEquals(Instant.parse("2026-10-05T08:30:00.123Z"), read.at());
        assertEquals(new CheckIn(12.5, Confidence.AT_RISK, "late", "JIRAUSER10100", read.at()), read);
    }

    @Test
    public void aCheckInWithoutAValueStoresNull() {
        CheckIn milestone = new CheckIn(null, Confidence.ON_TRACK, null, "admin", Instant.EPOCH);

        Map<String, Object> row = CheckInMapper.columns(KeyResultId.of(7), milestone);

        assertNull(row.get(CheckInEntity.METRIC_VALUE));
        assertEquals(milestone, CheckInMapper.checkIn(FakeRows.of(CheckInEntity.class, row)));
    }

    @Test
    public void definedProgressSurvivesItsRowWithTheGivenVersion() {
        StoredProgress progress = ProgressRows.keyResult(101)
                .progress(0.75)
                .counts(1, 2, 3, 4, 5)
                .policy(RollupPolicy.TIME)
                .fellBackToCount()
                .build();

        Map<String, Object> row = ProgressMapper.columns(progress, 7);

        assertEquals("KEY_RESULT:101:7", row.get(ProgressEntity.VERSION_KEY));
        assertEquals(progress.withVersion(7), ProgressMapper.stored(FakeRows.of(ProgressEntity.class, row)));
    }

    @Test
    public void undefinedProgressIsNullWithItsReason() {
        StoredProgress progress = ProgressRows.objective(9)
                .undefined(UndefinedReason.NOTHING_MEASURED)
                .build();

        Map<String, Object> row = ProgressMapper.columns(progress, 1);

        assertNull(row.get(ProgressEntity.PROGRESS));
        assertNull(row.get(ProgressEntity.ATTAINMENT));
        assertNull(row.get(ProgressEntity.POLICY_USED));
        assertEquals("NOTHING_MEASURED", row.get(ProgressEntity.UNDEFINED_REASON));
        assertEquals(progress.withVersion(1), ProgressMapper.stored(FakeRows.of(ProgressEntity.class, row)));
    }

    @Test
    public void snapshotPointSurvivesItsRow() {
        Subject subject = new Subject(CycleId.of("2026-Q4"), Subject.Kind.PERSPECTIVE, "financial");
        LocalDate day = LocalDate.of(2026, 10, 5);

        Map<String, Object> row = SnapshotMapper.columns(subject, day, Progress.of(0.3));
        SnapshotEntity entity = FakeRows.of(SnapshotEntity.class, row);

        assertEquals("2026-Q4|PERSPECTIVE|financial|2026-10-05", row.get(SnapshotEntity.POINT_KEY));
        assertEquals(subject, SnapshotMapper.subject(entity));
        assertEquals(new Point(day, Progress.of(0.3)), SnapshotMapper.point(entity));
    }

    @Test
    public void appSettingsSurviveTheirTextRows() {
        AppSettings settings = new AppSettings(
                new RollupSettings(RollupPolicy.STORY_POINTS, 0.5, Set.of("Duplicate", "Won't Do"), Cascade.on(0.3)),
                StatusMode.PACE,
                "customfield_10106",
                true,
                new CheckInCadence(CheckInCadence.Interval.EVERY_TWO_WEEKS, DayOfWeek.THURSDAY));

        assertEquals(settings, AppSettingsMapper.settings(AppSettingsMapper.texts(settings)));
    }

    @Test
    public void aSettingWithoutARowReadsAsItsDefault() {
        Map<String, String> onlyPolicy = new HashMap<>();
        onlyPolicy.put(AppSettingsMapper.POLICY, "TIME");

        AppSettings read = AppSettingsMapper.settings(onlyPolicy);

        assertEquals(AppSettings.defaults().withRollup(RollupSettings.defaults().withPolicy(RollupPolicy.TIME)), read);
    }

    @Test
    public void anEmptyExclusionListReadsBackEmptyEvenWhereEmptyTextIsNull() {
        Map<String, String> texts = new HashMap<>();
        texts.put(AppSettingsMapper.EXCLUDED_RESOLUTIONS, null);

        assertEquals(Set.of(), AppSettingsMapper.settings(texts).rollup().excludedResolutions());
    }
}
