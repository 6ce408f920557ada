package io.okrscorecard.store;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.keyresult.KeyResultKind;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.scoring.KeyResultScore;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.scoring.PerspectiveScore;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.scoring.Status;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.scoring.StatusRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-data builder of scored scorecards for snapshots: {@code Scorecards.of("2026-Q4", 0.5).objectives(3, 2)} gives
 * one "financial" perspective with 3 objectives of 2 key results each, every number the given progress.
 */
final class Scorecards {

    private final CycleId cycle;
    private final Progress progress;
    private int objectives = 1;
    private int keyResultsEach = 1;

    private Scorecards(String cycle, Progress progress) {
        this.cycle = CycleId.of(cycle);
        this.progress = progress;
    }

    static Scorecards of(String cycle, double progress) {
        return new Scorecards(cycle, Progress.of(progress));
    }

    static Scorecards of(String cycle, Progress progress) {
        return new Scorecards(cycle, progress);
    }

    Scorecards objectives(int count, int keyResultsEach) {
        this.objectives = count;
        this.keyResultsEach = keyResultsEach;
        return this;
    }

    Scorecard build() {
        StatusRule rule = new StatusRule(StatusMode.ABSOLUTE, 0);
        List<ObjectiveScore> scored = new ArrayList<>();
        long issue = 1000;
        for (int o = 0; o < objectives; o++) {
            long objectiveId = ++issue;
            List<KeyResultScore> keyResults = new ArrayList<>();
            for (int k = 0; k < keyResultsEach; k++) {
                long id = ++issue;
                keyResults.add(new KeyResultScore(
                        KeyResultId.of(id),
                        IssueKey.of("OKR-" + id),
                        "KR " + id,
                        KeyResultKind.WORK,
                        Weight.ONE,
                        progress,
                        progress.isDefined() ? progress.value() : Double.NaN,
                        Status.GREEN,
                        null,
                        null));
            }
            scored.add(new ObjectiveScore(
                    ObjectiveId.of(objectiveId),
                    IssueKey.of("OKR-" + objectiveId),
                    "Objective " + objectiveId,
                    PerspectiveKey.of("financial"),
                    false,
                    Weight.ONE,
                    progress,
                    Status.GREEN,
                    keyResults));
        }
        PerspectiveScore financial = new PerspectiveScore(
                Perspectives.defaults().get(PerspectiveKey.of("financial")), progress, Status.GREEN, scored);
        return new Scorecard(cycle, rule, progress, Status.GREEN, List.of(financial), List.of());
    }
}
