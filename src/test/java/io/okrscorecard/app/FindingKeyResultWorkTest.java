package io.okrscorecard.app;

import static io.okrscorecard.app.SampleOkrs.KR_1;
import static org.junit.Assert.assertEquals;

import io.okrscorecard.app.FindingKeyResultWork.Answer;
import io.okrscorecard.app.FindingKeyResultWork.Problem;
import io.okrscorecard.app.FindingKeyResultWork.Searcher;
import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.WorkItems;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.IssueDirectory;
import io.okrscorecard.core.settings.HostObject;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Before;
import org.junit.Test;

/**
 * The answers of the JQL functions: the work of a key result or an objective from the stored index, only the issues
 * the searcher may browse, and an objective or key result the searcher may not browse answering exactly as an unknown
 * key does. The sample: KR-1 counts S-1, S-2, S-3 (the children of its epic E-1) and S-4, and holds S-7 as excluded
 * (Won't Do); KR-2 is a METRIC key result of the same objective O-1; KR-3 of O-2 counts S-4 and S-5.
 */
public class FindingKeyResultWorkTest {

    private final InMemoryOkr okr = SampleOkrs.create();
    private final InMemoryWorkSetIndex index = new InMemoryWorkSetIndex();
    private final BrowsingViewer access = new BrowsingViewer();
    private final Searcher searcher = Searcher.of(new Viewer("pmo"));
    private FindingKeyResultWork finding;

    @Before
    public void recalculate() {
        okr.jira.put(WorkItems.story("S-7").resolved("Won't Do").build()).link(KR_1, Ids.issue("S-7"));
        okr.recalculating(Fixture.MID_Q4, index).recalculateAll(null);
        finding = new FindingKeyResultWork(
                access, directory("O-1", "O-2", "KR-1", "KR-2", "KR-3", "S-4"), okr.jira, index);
    }

    @Test
    public void keyResultWorkIsTheCountedIssuesAndWithExcludedAddsTheExcludedOnes() {
        assertEquals(found("S-1", "S-2", "S-3", "S-4"), finding.keyResultWork(searcher, "KR-1", false));
        assertEquals(found("S-1", "S-2", "S-3", "S-4", "S-7"), finding.keyResultWork(searcher, "KR-1", true));
        assertEquals(found(), finding.keyResultWork(searcher, "KR-2", true));
    }

    @Test
    public void keysAreReadInCapitalsAsJiraDoes() {
        assertEquals(found("S-4", "S-5"), finding.keyResultWork(searcher, " kr-3 ", false));
    }

    @Test
    public void objectiveWorkIsTheUnionOfItsKeyResultsCountedIssues() {
        assertEquals(found("S-1", "S-2", "S-3", "S-4"), finding.objectiveWork(searcher, "O-1"));
        assertEquals(found("S-4", "S-5"), finding.objectiveWork(searcher, "O-2"));
    }

    @Test
    public void keyResultsAreTheObjectivesKeyResults() {
        assertEquals(found("KR-1", "KR-2"), finding.keyResults(searcher, "O-1"));
    }

    @Test
    public void issuesTheSearcherMayNotBrowseAreLeftOut() {
        access.hidden.add(Ids.issue("S-2"));
        access.hidden.add(Ids.issue("S-7"));

        assertEquals(found("S-1", "S-3", "S-4"), finding.keyResultWork(searcher, "KR-1", true));
        assertEquals(found("S-1", "S-3", "S-4"), finding.objectiveWork(searcher, "O-1"));
    }

    @Test
    public void aHiddenKeyResultAnswersAsAnUnknownKeyAndLeavesItsObjectivesAnswers() {
        access.hidden.add(Ids.issue("KR-1"));

        assertEquals(Answer.of(Problem.UNKNOWN_KEY), finding.keyResultWork(searcher, "KR-1", true));
        assertEquals(Answer.of(Problem.UNKNOWN_KEY), finding.keyResultWork(searcher, "KR-404", true));
        assertEquals(Optional.of(Problem.UNKNOWN_KEY), finding.keyResultProblem(searcher, "KR-1"));
        assertEquals(found(), finding.objectiveWork(searcher, "O-1"));
        assertEquals(found("KR-2"), finding.keyResults(searcher, "O-1"));
    }

    @Test
    public void aHiddenObjectiveAnswersAsAnUnknownKey() {
        access.hidden.add(Ids.issue("O-2"));

        assertEquals(Answer.of(Problem.UNKNOWN_KEY), finding.objectiveWork(searcher, "O-2"));
        assertEquals(Answer.of(Problem.UNKNOWN_KEY), finding.keyResults(searcher, "O-2"));
        assertEquals(Optional.of(Problem.UNKNOWN_KEY), finding.objectiveProblem(searcher, "O-2"));
    }

    @Test
    public void anIssueOfTheWrongKindIsNamedAsSuch() {
        assertEquals(Optional.of(Problem.NOT_A_KEY_RESULT), finding.keyResultProblem(searcher, "O-1"));
        assertEquals(Optional.of(Problem.NOT_A_KEY_RESULT), finding.keyResultProblem(searcher, "S-4"));
        assertEquals(Optional.of(Problem.NOT_AN_OBJECTIVE), finding.objectiveProblem(searcher, "KR-1"));
        assertEquals(Answer.of(Problem.NOT_AN_OBJECTIVE), finding.keyResults(searcher, "KR-1"));
        assertEquals(Optional.empty(), finding.keyResultProblem(searcher, "KR-1"));
        assertEquals(Optional.empty(), finding.objectiveProblem(searcher, "O-1"));
    }

    @Test
    public void somethingThatIsNoIssueKeyIsAnUnknownKey() {
        assertEquals(Optional.of(Problem.UNKNOWN_KEY), finding.keyResultProblem(searcher, "not a key"));
        assertEquals(Optional.of(Problem.UNKNOWN_KEY), finding.objectiveProblem(searcher, ""));
        assertEquals(Optional.of(Problem.UNKNOWN_KEY), finding.keyResultProblem(searcher, null));
    }

    @Test
    public void anAnonymousSearchFindsNothingAndASearchOverridingSecurityEverything() {
        access.hidden.add(Ids.issue("S-2"));
        Searcher anonymous = new Searcher(Optional.empty(), false);
        Searcher jira = new Searcher(Optional.empty(), true);

        assertEquals(Answer.of(Problem.UNKNOWN_KEY), finding.keyResultWork(anonymous, "KR-1", false));
        assertEquals(found("S-1", "S-2", "S-3", "S-4"), finding.keyResultWork(jira, "KR-1", false));
    }

    private static Answer found(String... keys) {
        Set<IssueId> ids = new TreeSet<>();
        Arrays.stream(keys).forEach(key -> ids.add(Ids.issue(key)));
        return Answer.found(ids);
    }

    private static IssueDirectory directory(String... keys) {
        return new IssueDirectory() {
            @Override
            public Optional<IssueId> idOf(IssueKey key) {
                return Arrays.asList(keys).contains(key.value())
                        ? Optional.of(Ids.issue(key.value()))
                        : Optional.empty();
            }

            @Override
            public Optional<String> inwardDescription(HostObject linkType) {
                return Optional.empty();
            }
        };
    }
}
