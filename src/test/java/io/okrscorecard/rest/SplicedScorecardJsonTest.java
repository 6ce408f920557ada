package io.okrscorecard.rest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.okrscorecard.rest.ScorecardDto.CountsDto;
import io.okrscorecard.rest.ScorecardDto.KeyResultView;
import io.okrscorecard.rest.ScorecardDto.ObjectiveView;
import io.okrscorecard.rest.ScorecardDto.PerspectiveView;
import io.okrscorecard.rest.ScorecardDto.PointDto;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * The scorecard answer spliced from kept objective JSON is byte for byte what Jackson writes for the whole answer,
 * whatever the objectives say and wherever they stand, and only objectives that changed are written again.
 */
public class SplicedScorecardJsonTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final SplicedScorecardJson spliced = new SplicedScorecardJson(JSON, SplicedScorecardJson.FRAGMENT_BUDGET);

    @Test
    public void theSplicedAnswerIsTheBytesJacksonWritesForTheWholeAnswer() throws Exception {
        ScorecardDto answer = answer(
                List.of(objective("O-1", 0.5), objective("O-2", null)), List.of(), List.of(objective("O-3", 0.25)), 2);

        assertArrayEquals(JSON.writeValueAsBytes(answer), spliced.write(answer));
    }

    @Test
    public void textThatLooksLikeTheFrameInsideAnObjectiveOrAPerspectiveChangesNothing() throws Exception {
        ObjectiveView tricky = new ObjectiveView(
                "O-9",
                "\"objectives\":[] and \"unassigned\":[] – ünïcode ✓",
                "JIRAUSER10",
                "Zoë \"Z\" O'Brien",
                1.0,
                0.75,
                "ON_TRACK",
                null,
                List.of(),
                new SupportDto(0.5, 1.0, 0.5, List.of("O-8"), 1));
        ScorecardDto answer = new ScorecardDto(
                new CycleDto("2026-Q4", "\"objectives\":[]", "2026-10-01", "2026-12-31"),
                "ABSOLUTE",
                0.5,
                "AT_RISK",
                null,
                "2026-11-16T00:00:00Z",
                "2027-01-04T09:30:00Z",
                List.of(new PointDto("2026-11-15", 0.4)),
                List.of(perspective("customer", "\"objectives\":[]", List.of(tricky))),
                List.of(objective("O-1", 1.0)),
                0);

        assertArrayEquals(JSON.writeValueAsBytes(answer), spliced.write(answer));
    }

    @Test
    public void anObjectiveIsWrittenOnceWhileItStaysTheSameAndAgainWhenItChanges() throws Exception {
        List<ObjectiveView> objectives = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            objectives.add(objective("O-" + i, i / 10.0));
        }
        spliced.write(answer(objectives, List.of(), List.of(), 0));
        long first = spliced.fragmentsWritten();
        objectives.set(3, objective("O-4", 0.45));

        ScorecardDto changed = answer(objectives, List.of(), List.of(), 0);
        byte[] written = spliced.write(changed);

        assertEquals(10, first);
        assertEquals(11, spliced.fragmentsWritten());
        assertArrayEquals(JSON.writeValueAsBytes(changed), written);
    }

    @Test
    public void anObjectiveMovedToAnotherPerspectiveOrOutOfAllStandsThereWithoutBeingWrittenAgain() throws Exception {
        ObjectiveView moving = objective("O-1", 0.5);
        ObjectiveView staying = objective("O-2", 0.7);
        spliced.write(answer(List.of(moving, staying), List.of(), List.of(), 0));

        ScorecardDto toFinancial = answer(List.of(staying), List.of(moving), List.of(), 0);
        ScorecardDto unassigned = answer(List.of(staying), List.of(), List.of(moving), 0);

        assertArrayEquals(JSON.writeValueAsBytes(toFinancial), spliced.write(toFinancial));
        assertArrayEquals(JSON.writeValueAsBytes(unassigned), spliced.write(unassigned));
        assertEquals(2, spliced.fragmentsWritten());
    }

    @Test
    public void aKeyResultHiddenFromTheViewerMakesAnotherObjectiveOfItsOwn() throws Exception {
        ObjectiveView whole = objective("O-1", 0.5);
        ObjectiveView withoutOne = new ObjectiveView(
                whole.key(),
                whole.summary(),
                whole.owner(),
                whole.ownerName(),
                whole.weight(),
                whole.progress(),
                whole.status(),
                whole.undefinedReason(),
                whole.keyResults().subList(1, 2),
                whole.support());
        spliced.write(answer(List.of(whole), List.of(), List.of(), 0));

        ScorecardDto hidingOne = answer(List.of(withoutOne), List.of(), List.of(), 1);

        assertArrayEquals(JSON.writeValueAsBytes(hidingOne), spliced.write(hidingOne));
        assertEquals(2, spliced.fragmentsWritten());
    }

    @Test
    public void objectivesBeyondTheByteBudgetAreDroppedAndWrittenAgain() throws Exception {
        SplicedScorecardJson small = new SplicedScorecardJson(JSON, 1_000);
        ScorecardDto answer = answer(
                List.of(objective("O-1", 0.1), objective("O-2", 0.2), objective("O-3", 0.3)), List.of(), List.of(), 0);

        byte[] first = small.write(answer);
        long written = small.fragmentsWritten();
        byte[] second = small.write(answer);

        assertArrayEquals(JSON.writeValueAsBytes(answer), first);
        assertArrayEquals(first, second);
        assertEquals(3, written);
        assertTrue(small.fragmentsWritten() > written);
    }

    private static ScorecardDto answer(
            List<ObjectiveView> customer, List<ObjectiveView> financial, List<ObjectiveView> unassigned, int hidden) {
        return new ScorecardDto(
                new CycleDto("2026-Q4", "Q4 2026", "2026-10-01", "2026-12-31"),
                "ABSOLUTE",
                0.5,
                "AT_RISK",
                null,
                "2026-11-16T00:00:00Z",
                null,
                List.of(new PointDto("2026-11-14", 0.3), new PointDto("2026-11-15", null)),
                List.of(
                        perspective("customer", "Customer", customer),
                        perspective("financial", "Financial", financial)),
                unassigned,
                hidden);
    }

    private static PerspectiveView perspective(String key, String name, List<ObjectiveView> objectives) {
        return new PerspectiveView(
                key,
                name,
                "#0052cc",
                0.25,
                objectives.isEmpty() ? null : 0.5,
                "ON_TRACK",
                objectives.isEmpty() ? "NO_OBJECTIVES" : null,
                0,
                List.of(new PointDto("2026-11-15", 0.5)),
                objectives);
    }

    private static ObjectiveView objective(String key, Double progress) {
        return new ObjectiveView(
                key,
                "Summary of " + key,
                "JIRAUSER1",
                "Alice Owner",
                1.0,
                progress,
                progress == null ? "NOT_STARTED" : "ON_TRACK",
                progress == null ? "NO_KEY_RESULTS" : null,
                List.of(
                        new KeyResultView(
                                "KR-" + key,
                                "Work of " + key,
                                "WORK",
                                2.0,
                                progress,
                                progress,
                                "ON_TRACK",
                                null,
                                null,
                                new CountsDto(1, 2, 3, 0, 1),
                                "COUNT",
                                false,
                                null),
                        new KeyResultView(
                                "KM-" + key,
                                "Metric of " + key,
                                "METRIC",
                                1.0,
                                0.4,
                                0.4,
                                "AT_RISK",
                                null,
                                "AT_RISK",
                                new CountsDto(0, 0, 0, 0, 0),
                                null,
                                false,
                                new CheckInDueDto("2026-11-09"))),
                null);
    }
}
