package io.okrscorecard.app;

import static io.okrscorecard.app.SampleOkrs.KR_1;
import static io.okrscorecard.app.SampleOkrs.KR_2;
import static io.okrscorecard.app.SampleOkrs.O_1;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.rollup.MetricExplanation;
import java.time.Clock;
import java.util.List;
import org.junit.Test;

public class RecordingCheckInTest {

    private static final Clock CLOCK = Fixture.MID_Q4;

    private final InMemoryOkr okr = SampleOkrs.create();
    private final RecordingCheckIn recording =
            new RecordingCheckIn(okr.jira, okr.checkIns, okr.recalculating(CLOCK), okr.transactions, CLOCK);

    @Test
    public void checkInUpdatesTheMetricsCurrentValueAndItsObjectivesProgress() {
        CheckIn stored =
                recording.record(new RecordingCheckIn.Command(KR_2, 15.0, Confidence.AT_RISK, "half way", "alice"));

        assertEquals(List.of(stored), okr.checkIns.history(KR_2));
        assertEquals(CLOCK.instant(), stored.at());
        StoredProgress kr = okr.progress.row(ProgressSubject.of(KR_2)).orElseThrow();
        assertEquals(0.5, kr.progress().value(), 1e-9);
        assertEquals(0.5, kr.attainment(), 1e-9);
        StoredProgress objective = okr.progress.row(ProgressSubject.of(O_1)).orElseThrow();
        assertEquals("KR-1 at 0.5 and KR-2 at 0.5", 0.5, objective.progress().value(), 1e-9);
        MetricExplanation explanation = (MetricExplanation) okr.fullScorecard(Fixture.Q4, CLOCK)
                .keyResult(KR_2)
                .orElseThrow()
                .explanation();
        assertEquals(15.0, explanation.current(), 1e-9);
    }

    @Test
    public void aConfidenceOnlyCheckInIsAcceptedOnAWorkKeyResult() {
        recording.record(new RecordingCheckIn.Command(KR_1, null, Confidence.ON_TRACK, null, "alice"));

        assertEquals(1, okr.checkIns.history(KR_1).size());
    }

    @Test
    public void aValueOnAWorkKeyResultIsRejectedAndNothingIsStored() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> recording.record(new RecordingCheckIn.Command(KR_1, 3.0, Confidence.ON_TRACK, "", "alice")));

        assertEquals("value", e.field());
        assertEquals(List.of(), okr.checkIns.history(KR_1));
    }

    @Test
    public void aKeyResultThatMeasuresNoObjectiveIsNotFound() {
        assertThrows(
                NotFoundException.class,
                () -> recording.record(
                        new RecordingCheckIn.Command(Ids.keyResult("KR-77"), 1.0, Confidence.ON_TRACK, "", "alice")));
    }

    @Test
    public void commandRejectsBadInputByField() {
        assertEquals("keyResult", fieldOf(() -> new RecordingCheckIn.Command(null, 1.0, Confidence.ON_TRACK, "", "a")));
        assertEquals(
                "value", fieldOf(() -> new RecordingCheckIn.Command(KR_2, Double.NaN, Confidence.ON_TRACK, "", "a")));
        assertEquals("confidence", fieldOf(() -> new RecordingCheckIn.Command(KR_2, 1.0, null, "", "a")));
        assertEquals("author", fieldOf(() -> new RecordingCheckIn.Command(KR_2, 1.0, Confidence.ON_TRACK, "", " ")));
        assertEquals(
                "comment",
                fieldOf(() -> new RecordingCheckIn.Command(KR_2, 1.0, Confidence.ON_TRACK, "x".repeat(4001), "a")));
    }

    private static String fieldOf(Runnable construction) {
        return assertThrows(ValidationException.class, construction::run).field();
    }
}
