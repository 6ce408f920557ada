package io.okrscorecard.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.WorkItems;
import io.okrscorecard.core.cycle.CycleEvent;
import io.okrscorecard.core.cycle.FrozenCycle;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.rollup.Contributions.Way;
import io.okrscorecard.core.scoring.Status;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.scoring.StatusRule;
import io.okrscorecard.core.settings.AppSettings;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

/**
 * The issue panel of a work item over {@link SampleOkrs} (KR-1 &lt;- E-1 {S-1, S-2, S-3}, S-4; KR-3 &lt;- S-4, S-5),
 * with the numbers of a full recalculation stored.
 */
public class ReadingContributionsTest {

    private final InMemoryOkr okr = SampleOkrs.create();
    private final BrowsingViewer access = new BrowsingViewer();
    private ReadingContributions reading;

    @Before
    public void setUp() {
        okr.jira
                .put(WorkItems.story("S-7").inEpic("E-1").resolved("Won't Do").build())
                .put(WorkItems.subtask("T-1", "S-2").build())
                .put(WorkItems.epic("E-2").build())
                .put(WorkItems.story("S-8").build());
        okr.recalculating(Fixture.MID_Q4).recalculateAll(null);
        IssueDirectoryOfIds directory = new IssueDirectoryOfIds();
        reading = new ReadingContributions(
                access, directory, okr.jira, okr.jira, okr.settings, okr.progress, scorecards(), Fixture.MID_Q4);
    }

    private ReadingScorecard scorecards() {
        return new ReadingScorecard(
                access,
                okr.settings,
                okr.settings,
                okr.jira,
                okr.progress,
                okr.snapshots,
                okr.scoring(Fixture.MID_Q4),
                (viewer, filter, keys) -> Optional.empty(),
                Fixture.MID_Q4,
                Duration.ZERO);
    }

    @Test
    public void aKeyResultOfAClosedCycleShowsTheNumberItWasClosedWithAsTheScorecardDoes() {
        List<Objective> objectives = okr.jira.objectivesIn(Fixture.Q4.id());
        Map<ProgressSubject, StoredProgress> atClosing =
                okr.progress.load(ProgressSubject.ofObjectivesAndKeyResults(objectives));
        okr.jira.put(WorkItems.story("S-5").done().build());
        okr.recalculating(Fixture.MID_Q4).recalculateAll(null);
        assertEquals(
                "the stored row follows Jira",
                1.0,
                okr.progress
                        .load(List.of(ProgressSubject.of(Ids.keyResult("KR-3"))))
                        .values()
                        .iterator()
                        .next()
                        .progress()
                        .value(),
                1e-9);
        okr.settings.close(
                new CycleEvent(Fixture.Q4.id(), CycleEvent.Kind.CLOSED, Fixture.MID_Q4.instant(), "admin", ""),
                new FrozenCycle(
                        Fixture.Q4,
                        Fixture.MID_Q4.instant(),
                        LocalDate.now(Fixture.MID_Q4),
                        AppSettings.defaults(),
                        okr.settings.perspectives(),
                        new StatusRule(StatusMode.ABSOLUTE, 1.0),
                        objectives,
                        atClosing));

        WorkContributions.Line line = of("S-5").lines().get(0);

        assertEquals("KR-3", line.keyResult().key().value());
        assertEquals(
                "the number the cycle was closed with", 0.5, line.progress().value(), 1e-9);
    }

    private WorkContributions of(String key) {
        return reading.of(IssueKey.of(key));
    }

    @Test
    public void aStoryLinkedDirectlyIsCountedWithItsKeyResultsObjectivePerspectiveProgressAndStatus() {
        WorkContributions contributions = of("S-5");
        assertEquals(1, contributions.lines().size());
        WorkContributions.Line line = contributions.lines().get(0);
        assertEquals("KR-3", line.keyResult().key().value());
        assertEquals("O-2", line.objective().key().value());
        assertEquals("Financial", line.perspective());
        assertEquals(Way.COUNTED, line.way());
        assertTrue(line.linkedDirectly());
        assertNull(line.through());
        // KR-3 counts S-4 done and S-5 to do
        assertEquals(0.5, line.progress().value(), 1e-9);
        assertEquals(Status.AMBER, line.status());
    }

    @Test
    public void aStoryInALinkedEpicIsCountedThroughTheEpicAndCannotBeUnlinkedHere() {
        WorkContributions.Line line = of("S-2").lines().get(0);
        assertEquals("KR-1", line.keyResult().key().value());
        assertEquals(Way.COUNTED, line.way());
        assertEquals(IssueKey.of("E-1"), line.through());
        assertFalse(line.linkedDirectly());
    }

    @Test
    public void theLinkedEpicItselfSaysItsChildrenCountInsteadWithHowMany() {
        WorkContributions.Line line = of("E-1").lines().get(0);
        assertEquals(Way.EXPANDED, line.way());
        assertEquals(4, line.children());
        assertTrue(line.linkedDirectly());
    }

    @Test
    public void aSubTaskSaysItsParentCounts() {
        WorkContributions.Line line = of("T-1").lines().get(0);
        assertEquals("KR-1", line.keyResult().key().value());
        assertEquals(Way.SUBTASK, line.way());
        assertEquals(IssueKey.of("S-2"), line.parent());
    }

    @Test
    public void anIssueWithAnExcludedResolutionIsNamedExcludedWithTheResolution() {
        WorkContributions.Line line = of("S-7").lines().get(0);
        assertEquals(Way.EXCLUDED, line.way());
        assertEquals("Won't Do", line.resolution());
    }

    @Test
    public void anIssueCountedByTwoKeyResultsNamesTheOtherOnEachLine() {
        List<WorkContributions.Line> lines = of("S-4").lines();
        assertEquals(2, lines.size());
        for (WorkContributions.Line line : lines) {
            assertEquals(Way.COUNTED, line.way());
            String other = line.keyResult().key().value().equals("KR-1") ? "KR-3" : "KR-1";
            assertEquals(List.of(IssueKey.of(other)), line.alsoCountedBy());
        }
    }

    @Test
    public void aKeyResultTheViewerMayNotBrowseIsCountedNotNamed() {
        access.hidden.add(new IssueId(SampleOkrs.KR_3.value()));
        WorkContributions contributions = of("S-4");
        assertEquals(1, contributions.lines().size());
        assertEquals("KR-1", contributions.lines().get(0).keyResult().key().value());
        assertEquals(1, contributions.hiddenKeyResults());
        assertEquals(List.of(), contributions.lines().get(0).alsoCountedBy());
        assertEquals(1, contributions.lines().get(0).alsoCountedHidden());
    }

    @Test
    public void aVisibleKeyResultOfAnObjectiveTheViewerMayNotBrowseNamesNeitherTheObjectiveNorItsPerspective() {
        access.hidden.add(new IssueId(SampleOkrs.O_2.value()));
        WorkContributions.Line line = of("S-5").lines().get(0);
        assertEquals("KR-3", line.keyResult().key().value());
        assertNull(line.objective());
        assertNull(line.perspective());
        assertEquals(0.5, line.progress().value(), 1e-9);
    }

    @Test
    public void anIssueOutsideEveryWorkSetAndAnUnlinkedEpicHaveNoContributions() {
        assertEquals(List.of(), of("S-8").lines());
        assertEquals(0, of("S-8").hiddenKeyResults());
        assertEquals(List.of(), of("E-2").lines());
    }

    @Test
    public void anIssueTheViewerMayNotBrowseDoesNotExistForThem() {
        access.hidden.add(Ids.issue("S-5"));
        assertThrows(NotFoundException.class, () -> of("S-5"));
    }

    /** Issue keys of the test ids. */
    private static final class IssueDirectoryOfIds implements io.okrscorecard.core.port.IssueDirectory {
        @Override
        public Optional<IssueId> idOf(IssueKey key) {
            return Optional.of(Ids.issue(key.value()));
        }

        @Override
        public Optional<String> inwardDescription(io.okrscorecard.core.settings.HostObject linkType) {
            return Optional.empty();
        }
    }
}
