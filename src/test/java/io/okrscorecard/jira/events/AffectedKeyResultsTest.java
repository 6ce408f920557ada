package io.okrscorecard.jira.events;

import static io.okrscorecard.app.SampleOkrs.KR_1;
import static io.okrscorecard.app.SampleOkrs.KR_2;
import static io.okrscorecard.app.SampleOkrs.KR_3;
import static io.okrscorecard.app.SampleOkrs.KR_4;
import static io.okrscorecard.jira.events.JiraSide.CONTRIBUTION;
import static io.okrscorecard.jira.events.JiraSide.EPIC_STORY;
import static io.okrscorecard.jira.events.JiraSide.KEY_RESULT_TYPE;
import static io.okrscorecard.jira.events.JiraSide.MEASURES;
import static io.okrscorecard.jira.events.JiraSide.OBJECTIVE_TYPE;
import static io.okrscorecard.jira.events.JiraSide.STORY_TYPE;
import static io.okrscorecard.jira.events.JiraSide.link;
import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verifyNoInteractions;

import io.okrscorecard.app.SampleOkrs;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.KeyResultId;
import java.util.Set;
import org.junit.Test;

public class AffectedKeyResultsTest {

    private final JiraSide jira = new JiraSide(SampleOkrs.create());
    private final AffectedKeyResults affected = jira.affected();

    @Test
    public void aKeyResultIssueAffectsItself() {
        assertEquals(Set.of(KR_4), ofIssue("KR-4", KEY_RESULT_TYPE));
    }

    @Test
    public void anObjectiveAffectsItsKeyResults() {
        assertEquals(Set.of(KR_1, KR_2), ofIssue("O-1", OBJECTIVE_TYPE));
    }

    @Test
    public void aStoryAffectsEveryKeyResultItContributesTo() {
        assertEquals(Set.of(KR_1, KR_3), ofIssue("S-4", STORY_TYPE));
    }

    @Test
    public void aStoryInAnEpicAffectsTheKeyResultsItsEpicContributesTo() {
        assertEquals(Set.of(KR_1), ofIssue("S-2", STORY_TYPE));
    }

    @Test
    public void anEpicAffectsTheKeyResultsItContributesTo() {
        assertEquals(Set.of(KR_1), ofIssue("E-1", STORY_TYPE));
    }

    @Test
    public void aKeyResultOrObjectiveIsAffectedItselfAndAStoryThroughTheWorkHoldingIt() {
        AffectedKeyResults.Affected keyResult = affected.ofIssue(jira.issue(id("KR-4"), KEY_RESULT_TYPE));
        AffectedKeyResults.Affected objective = affected.ofIssue(jira.issue(id("O-1"), OBJECTIVE_TYPE));
        AffectedKeyResults.Affected story = affected.ofIssue(jira.issue(id("S-2"), STORY_TYPE));

        assertEquals(Set.of(KR_4), keyResult.itself());
        assertEquals(Set.of(), keyResult.throughWork());
        assertEquals(Set.of(KR_1, KR_2), objective.itself());
        assertEquals(Set.of(), story.itself());
        assertEquals(Set.of(KR_1), story.throughWork());
    }

    @Test
    public void anIssueThatTouchesNoKeyResultAffectsNothing() {
        assertEquals(Set.of(), ofIssue("X-1", STORY_TYPE));
    }

    @Test
    public void aContributionLinkAffectsItsKeyResultAndTheOthersHoldingTheItem() {
        Set<KeyResultId> found = affected.ofLink(link(id("S-4"), KR_3.value(), CONTRIBUTION));

        assertEquals(Set.of(KR_1, KR_3), found);
    }

    @Test
    public void aDeletedContributionLinkStillAffectsItsKeyResult() {
        Set<KeyResultId> found = affected.ofLink(link(id("S-8"), KR_3.value(), CONTRIBUTION));

        assertEquals(Set.of(KR_3), found);
    }

    @Test
    public void aMeasuresLinkAffectsTheKeyResultAndItsObjectivesOtherKeyResults() {
        Set<KeyResultId> found = affected.ofLink(link(KR_4.value(), id("O-1"), MEASURES));

        assertEquals(Set.of(KR_1, KR_2, KR_4), found);
    }

    @Test
    public void anEpicStoryLinkAffectsTheKeyResultsOfTheEpicAndOfTheStory() {
        Set<KeyResultId> found = affected.ofLink(link(id("E-1"), id("S-5"), EPIC_STORY));

        assertEquals(Set.of(KR_1, KR_3), found);
    }

    @Test
    public void otherLinkTypesAffectNothingAndCostNoLookup() {
        int before = jira.linkLookups.get();

        assertEquals(Set.of(), affected.ofLink(link(id("S-4"), KR_3.value(), 10L)));
        assertEquals(before, jira.linkLookups.get());
    }

    @Test
    public void theAppsIdsAreReadOnceAtRefreshAndNeverPerEvent() {
        clearInvocations(jira.registry, jira.linkTypes);

        for (int i = 0; i < 100; i++) {
            ofIssue("S-4", STORY_TYPE);
            affected.ofLink(link(id("S-4"), KR_3.value(), CONTRIBUTION));
        }

        verifyNoInteractions(jira.registry, jira.linkTypes);
    }

    @Test
    public void beforeTheIdsAreReadNothingIsRecognised() {
        AffectedKeyResults unread = new AffectedKeyResults(jira.links, jira.linkTypes, jira.registry);

        assertEquals(
                Set.of(),
                unread.ofIssue(jira.issue(id("KR-4"), KEY_RESULT_TYPE)).all());
        assertEquals(Set.of(), unread.ofLink(link(id("S-4"), KR_3.value(), CONTRIBUTION)));
    }

    private Set<KeyResultId> ofIssue(String key, String type) {
        return affected.ofIssue(jira.issue(id(key), type)).all();
    }

    private static long id(String key) {
        return Ids.of(key);
    }
}
