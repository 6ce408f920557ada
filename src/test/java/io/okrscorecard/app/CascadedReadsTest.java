package io.okrscorecard.app;

import static io.okrscorecard.core.KeyResults.milestone;
import static io.okrscorecard.core.KeyResults.work;
import static io.okrscorecard.core.Objectives.objective;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.WorkItems;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.rollup.Cascade;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.PerspectiveScore;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.store.H2Store;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.After;
import org.junit.Test;

/**
 * With aligned objectives contributing to their parent, an objective's row holds its own key results' progress and
 * every read mixes in its supporting objectives (docs/rollup-rules.md, "Cascade of aligned objectives"): the numbers
 * read equal a full computation, also after a supporting objective changed and the parent's row did not.
 */
public class CascadedReadsTest {
    private final InMemoryOkr okr = SampleOkrs.create();
    private final H2Store store = H2Store.fresh("cascaded-reads");
    private final MutableClock clock = new MutableClock(Fixture.MID_Q4.instant());
    private final RecalculatingProgress recalculating = new RecalculatingProgress(
            okr.jira,
            okr.jira,
            store.settings,
            store.progress,
            store.snapshots,
            store.journal,
            store.transactions,
            clock);
    private final ReadingScorecard reading = new ReadingScorecard(
            new BrowsingViewer(),
            store.settings,
            store.cycleReviews,
            okr.jira,
            store.progress,
            store.snapshots,
            new ScoringAfresh(okr.jira, okr.jira, store.settings, clock),
            (viewer, filter, keys) -> Optional.empty(),
            clock,
            Duration.ofMinutes(1));

    public CascadedReadsTest() {
        AppSettings cascading =
                AppSettings.defaults().withRollup(RollupSettings.defaults().withCascade(Cascade.on(0.5)));
        okr.settings.saveAppSettings(cascading);
        store.settings.saveAppSettings(cascading);
        okr.settings.cycles().forEach(store.settings::saveCycle);
        okr.jira.objective(objective("O-2")
                .in("financial")
                .supports("O-1")
                .with(work("KR-3"), milestone("KR-4", StatusCategory.NEW))
                .build());
        recalculating.recalculateAll(null);
    }

    @After
    public void closeStore() {
        store.close();
    }

    @Test
    public void theParentReadsItsOwnKeyResultsMixedWithItsSupportingObjectiveAsAFullComputationDoes() {
        Scorecard read = reading.read(query()).scorecard();

        ObjectiveScore parent = read.objective(SampleOkrs.O_1).orElseThrow();
        assertEquals(List.of(SampleOkrs.O_2), parent.cascaded().supporting());
        assertEquals(0.5, parent.cascaded().fromSupporting(), 0.0);
        assertEquals(
                0.5 * parent.cascaded().own().value()
                        + 0.5 * parent.cascaded().supportingProgress().value(),
                parent.progress().value(),
                1e-12);
        assertSameNumbers(okr.fullScorecard(Fixture.Q4, clock), read);
    }

    @Test
    public void aChangeToTheSupportingObjectiveMovesItsParentWithoutRewritingTheParentsRow() {
        double before = progressOf(reading.read(query()).scorecard(), SampleOkrs.O_1);
        long parentRow = store.progress
                .load(List.of(ProgressSubject.of(SampleOkrs.O_1)))
                .get(ProgressSubject.of(SampleOkrs.O_1))
                .version();

        okr.jira.put(WorkItems.story("S-5").done().build());
        recalculating.recalculate(List.of(SampleOkrs.KR_3));
        Scorecard after = reading.read(query()).scorecard();

        assertNotEquals(before, progressOf(after, SampleOkrs.O_1), 0.0);
        assertEquals(
                parentRow,
                store.progress
                        .load(List.of(ProgressSubject.of(SampleOkrs.O_1)))
                        .get(ProgressSubject.of(SampleOkrs.O_1))
                        .version());
        assertSameNumbers(okr.fullScorecard(Fixture.Q4, clock), after);
    }

    private static void assertSameNumbers(Scorecard full, Scorecard read) {
        for (ObjectiveScore expected : full.objectives().toList()) {
            ObjectiveScore actual = read.objective(expected.id()).orElseThrow();
            assertEquals(expected.key().value(), expected.progress(), actual.progress());
            assertEquals(expected.key().value(), expected.status(), actual.status());
            assertEquals(expected.key().value(), expected.cascaded(), actual.cascaded());
        }
        for (PerspectiveScore expected : full.perspectives()) {
            assertEquals(
                    expected.perspective().key().value(),
                    expected.progress(),
                    read.perspective(expected.perspective().key()).orElseThrow().progress());
        }
        assertEquals(full.progress(), read.progress());
    }

    private static double progressOf(Scorecard scorecard, ObjectiveId id) {
        return scorecard.objective(id).orElseThrow().progress().value();
    }

    private static ScorecardQuery query() {
        return ScorecardQuery.of(Fixture.Q4.id().value(), null, null, 7);
    }
}
