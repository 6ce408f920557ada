package io.okrscorecard.app;

import static io.okrscorecard.core.KeyResults.milestone;
import static io.okrscorecard.core.Objectives.objective;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.app.CarryingForward.KeyResultMove;
import io.okrscorecard.app.CarryingForward.Outcome;
import io.okrscorecard.app.CarryingForward.Reason;
import io.okrscorecard.app.CarryingForward.Request;
import io.okrscorecard.app.CarryingForward.Result;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.cycle.CycleEvent;
import io.okrscorecard.core.cycle.FrozenCycle;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.OkrIssueEditor;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.scoring.StatusRule;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.core.work.StatusCategory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/**
 * Carrying unfinished work of the closed 2026-Q4 into 2027-Q1:
 *
 * <pre>
 * 2026-Q4 (closed): O-1  KR-1 done, KR-2 to do        (50%)
 *                   O-2  KR-3 done                    (100%, finished)
 *                   O-3  KR-4 to do                   (0%)
 * 2027-Q1:          N-1  KR-5 to do
 * </pre>
 */
public class CarryingForwardTest {
    private static final Cycle Q1 =
            new Cycle(CycleId.of("2027-Q1"), "2027-Q1", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));
    private static final Clock EARLY_JANUARY = Clock.fixed(Instant.parse("2027-01-05T09:00:00Z"), ZoneOffset.UTC);
    private static final ObjectiveId O_1 = Ids.objective("O-1");
    private static final ObjectiveId O_2 = Ids.objective("O-2");
    private static final ObjectiveId O_3 = Ids.objective("O-3");
    private static final ObjectiveId N_1 = Ids.objective("N-1");
    private static final KeyResultId KR_1 = Ids.keyResult("KR-1");
    private static final KeyResultId KR_2 = Ids.keyResult("KR-2");

    private final InMemoryOkr okr = new InMemoryOkr();
    private final Editors access = new Editors();
    private final InMemoryIssueEditor editor = new InMemoryIssueEditor(okr.jira);
    private final RecalculatingProgress recalculating = okr.recalculating(EARLY_JANUARY);
    private final ReadingScorecard reading = new ReadingScorecard(
            access,
            okr.settings,
            okr.settings,
            okr.jira,
            okr.progress,
            okr.snapshots,
            okr.scoring(EARLY_JANUARY),
            (viewer, filter, keys) -> Optional.empty(),
            EARLY_JANUARY,
            Duration.ZERO);
    private final CarryingForward carrying = new CarryingForward(
            access, new CycleStates(okr.settings, EARLY_JANUARY), reading, okr.jira, editor, recalculating);

    public CarryingForwardTest() {
        okr.settings.saveCycle(Fixture.Q4);
        okr.settings.saveCycle(Q1);
        okr.jira
                .objective(objective("O-1")
                        .in("customer")
                        .with(milestone("KR-1", StatusCategory.DONE), milestone("KR-2", StatusCategory.NEW))
                        .build())
                .objective(objective("O-2")
                        .in("customer")
                        .with(milestone("KR-3", StatusCategory.DONE))
                        .build())
                .objective(objective("O-3")
                        .in("financial")
                        .with(milestone("KR-4", StatusCategory.NEW))
                        .build())
                .objective(inQ1(objective("N-1")
                        .in("customer")
                        .with(milestone("KR-5", StatusCategory.NEW))
                        .build()));
        recalculating.recalculateAll(null);
        access.editable.addAll(List.of(issue(O_1), issue(O_2), issue(O_3), Ids.issue("KR-1"), Ids.issue("KR-2")));
    }

    @Test
    public void anUnfinishedObjectiveMovesToTheNextCycleWithItsKeyResults() {
        close();

        CarryingForward.CarriedForward carried = carrying.carryForward(Fixture.Q4.id(), objectives(O_1));

        assertEquals(List.of(moved("O-1")), carried.results());
        assertEquals(Q1.id(), carried.into().id());
        assertEquals(Q1.id(), okr.jira.objective(O_1).orElseThrow().cycle());
        ScorecardReading next = reading.readAs(new AccessControl.Viewer("pmo"), ofCycle(Q1.id()));
        assertTrue(
                next.objectives().stream().anyMatch(objective -> objective.id().equals(O_1)));
        assertEquals(2, next.keyResults().get(O_1).size());
    }

    @Test
    public void onlyIssuesTheUserMayEditAreMovedAndEachIsReported() {
        close();
        access.editable.remove(issue(O_3));

        List<Result> results =
                carrying.carryForward(Fixture.Q4.id(), objectives(O_1, O_3)).results();

        assertEquals(List.of(moved("O-1"), failed("O-3", Reason.NOT_EDITABLE)), results);
        assertEquals(Fixture.Q4.id(), okr.jira.objective(O_3).orElseThrow().cycle());
        assertEquals(List.of(O_1), editor.movedObjectives);
    }

    @Test
    public void finishedObjectivesAndKeyResultsAreRefusedWhileUnfinishedOnesMove() {
        close();

        List<Result> results = carrying.carryForward(
                        Fixture.Q4.id(),
                        new Request(
                                List.of(ref(O_2)),
                                List.of(
                                        new KeyResultMove(ref(KR_1), ref(N_1)),
                                        new KeyResultMove(ref(KR_2), ref(N_1)))))
                .results();

        assertEquals(List.of(failed("O-2", Reason.FINISHED), failed("KR-1", Reason.FINISHED), moved("KR-2")), results);
        assertTrue(measures(N_1, KR_2));
        assertTrue(measures(O_1, KR_1));
        assertEquals(Fixture.Q4.id(), okr.jira.objective(O_2).orElseThrow().cycle());
    }

    @Test
    public void aRefusalByJiraIsReportedForItsIssueAndTheOthersStillMove() {
        close();
        editor.refusals.put(
                O_1.value(),
                OkrIssueEditor.Edit.refused(OkrIssueEditor.Refusal.REJECTED, List.of("OKR Cycle: not allowed")));

        List<Result> results =
                carrying.carryForward(Fixture.Q4.id(), objectives(O_1, O_3)).results();

        assertEquals(
                List.of(
                        new Result(
                                IssueKey.of("O-1"),
                                Outcome.FAILED,
                                Reason.REJECTED_BY_JIRA,
                                List.of("OKR Cycle: not allowed")),
                        moved("O-3")),
                results);
        assertEquals(Fixture.Q4.id(), okr.jira.objective(O_1).orElseThrow().cycle());
    }

    @Test
    public void aKeyResultWhoseOldLinkCannotBeRemovedStaysWithItsObjectiveAlone() {
        close();
        // the editor made the new link, could not remove the old one and removed the new one again
        editor.refusals.put(
                KR_2.value(),
                OkrIssueEditor.Edit.refused(OkrIssueEditor.Refusal.REJECTED, List.of("link could not be removed")));

        List<Result> results = carrying.carryForward(
                        Fixture.Q4.id(), new Request(List.of(), List.of(new KeyResultMove(ref(KR_2), ref(N_1)))))
                .results();

        assertEquals(Reason.REJECTED_BY_JIRA, results.get(0).reason());
        assertTrue(measures(O_1, KR_2));
        assertTrue(!measures(N_1, KR_2));
    }

    @Test
    public void theClosedCycleKeepsListingWhatMovedAndItIsNotMovedAgain() {
        close();
        carrying.carryForward(Fixture.Q4.id(), objectives(O_3));

        ScorecardReading closed = reading.readAs(new AccessControl.Viewer("pmo"), ofCycle(Fixture.Q4.id()));
        List<Result> again =
                carrying.carryForward(Fixture.Q4.id(), objectives(O_3)).results();

        assertTrue(closed.objectives().stream()
                .anyMatch(objective -> objective.id().equals(O_3)));
        assertEquals(List.of(failed("O-3", Reason.ALREADY_MOVED)), again);
        assertEquals(List.of(O_3), editor.movedObjectives);
    }

    @Test
    public void aCycleThatIsNotClosedIsRefusedAndNothingMoves() {
        StateConflictException refused = assertThrows(
                StateConflictException.class, () -> carrying.carryForward(Fixture.Q4.id(), objectives(O_1)));

        assertTrue(refused.getMessage(), refused.getMessage().startsWith("close the cycle first"));
        assertEquals(List.of(), editor.movedObjectives);
    }

    @Test
    public void withoutANextCycleNothingCanBeCarriedForward() {
        close();
        okr.settings.deleteCycle(Q1.id());

        StateConflictException refused = assertThrows(
                StateConflictException.class, () -> carrying.carryForward(Fixture.Q4.id(), objectives(O_1)));

        assertTrue(refused.getMessage(), refused.getMessage().contains("no cycle starts after '2026-Q4'"));
    }

    @Test
    public void badInputNamesTheFieldAndMovesNothing() {
        close();

        assertField("objectives[1]", objectives(O_1, N_1)); // N-1 is in the next cycle, not in the closed one
        assertField(
                "keyResults[0].into", new Request(List.of(ref(O_3)), List.of(new KeyResultMove(ref(KR_2), ref(O_3)))));
        assertField(
                "keyResults[0].id", new Request(List.of(ref(O_1)), List.of(new KeyResultMove(ref(KR_2), ref(N_1)))));
        assertField(
                "keyResults[0].id",
                new Request(List.of(), List.of(new KeyResultMove(ref(Ids.keyResult("KR-5")), ref(N_1)))));
        assertEquals(List.of(), editor.movedObjectives);
        assertEquals(List.of(), editor.relinked);
        ValidationException empty = assertThrows(ValidationException.class, () -> new Request(List.of(), List.of()));
        assertEquals("objectives", empty.field());
    }

    private void assertField(String field, Request request) {
        ValidationException invalid =
                assertThrows(ValidationException.class, () -> carrying.carryForward(Fixture.Q4.id(), request));
        assertEquals(invalid.getMessage(), field, invalid.field());
    }

    private void close() {
        List<Objective> objectives = okr.jira.objectivesIn(Fixture.Q4.id());
        okr.settings.close(
                new CycleEvent(Fixture.Q4.id(), CycleEvent.Kind.CLOSED, EARLY_JANUARY.instant(), "admin", ""),
                new FrozenCycle(
                        Fixture.Q4,
                        EARLY_JANUARY.instant(),
                        LocalDate.now(EARLY_JANUARY),
                        AppSettings.defaults(),
                        okr.settings.perspectives(),
                        new StatusRule(StatusMode.ABSOLUTE, 1.0),
                        objectives,
                        okr.progress.load(ProgressSubject.ofObjectivesAndKeyResults(objectives))));
    }

    private boolean measures(ObjectiveId objective, KeyResultId keyResult) {
        return okr.jira.objective(objective).orElseThrow().keyResults().stream()
                .anyMatch(kr -> kr.id().equals(keyResult));
    }

    /** The objective built in 2026-Q4, in 2027-Q1 instead. */
    private static Objective inQ1(Objective built) {
        return new Objective(
                built.id(),
                built.key(),
                built.summary(),
                built.perspective(),
                Q1.id(),
                built.weight(),
                built.owner(),
                built.supports(),
                built.drives(),
                built.keyResults());
    }

    private static Request objectives(ObjectiveId... ids) {
        return new Request(
                java.util.Arrays.stream(ids).map(CarryingForwardTest::ref).toList(), List.of());
    }

    private static CarryingForward.IssueRef ref(ObjectiveId id) {
        return CarryingForward.IssueRef.of(id.value());
    }

    private static CarryingForward.IssueRef ref(KeyResultId id) {
        return CarryingForward.IssueRef.of(id.value());
    }

    private static Result moved(String key) {
        return new Result(IssueKey.of(key), Outcome.MOVED, null, List.of());
    }

    private static Result failed(String key, Reason reason) {
        return new Result(IssueKey.of(key), Outcome.FAILED, reason, List.of());
    }

    private static IssueId issue(ObjectiveId id) {
        return new IssueId(id.value());
    }

    private static ScorecardQuery ofCycle(CycleId cycle) {
        return new ScorecardQuery(Optional.of(cycle), List.of(), Optional.empty(), 0, Optional.empty());
    }

    /** The logged-in "pmo", who may browse everything and edit the issues listed. */
    private static final class Editors implements AccessControl {
        final Set<IssueId> editable = new HashSet<>();

        @Override
        public Optional<Viewer> currentViewer() {
            return Optional.of(new Viewer("pmo"));
        }

        @Override
        public boolean isAdministrator(Viewer viewer) {
            return false;
        }

        @Override
        public boolean canBrowse(Viewer viewer, IssueId issue) {
            return true;
        }

        @Override
        public boolean canEdit(Viewer viewer, IssueId issue) {
            return editable.contains(issue);
        }

        @Override
        public boolean isInGroup(Viewer viewer, String group) {
            return false;
        }
    }
}
