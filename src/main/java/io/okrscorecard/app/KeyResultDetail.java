package io.okrscorecard.app;

import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.scoring.KeyResultScore;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.work.WorkItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One key result freshly computed, with the explanation of its number, for a viewer: the lists name only issues the
 * viewer may browse (at most {@link ReadingKeyResults#LISTED_ITEMS} each) and count the rest.
 *
 * @param excluded visible items left out by their resolution
 * @param shared visible items also counted by other key results
 * @param hiddenItems items in the key result's work the viewer may not browse (counted in the number, never named)
 * @param canCheckIn whether the viewer may record a check-in with a new value: a METRIC key result the viewer may edit
 * @param searchJql the Jira issue search of a WORK key result's work ({@link io.okrscorecard.core.rollup.WorkSearch}),
 *     null for other kinds
 * @param checkInDue the day since which a check-in is due today (a METRIC key result only), empty when none is due
 * @param closed the number the scorecard shows for it when its cycle is closed, empty otherwise
 * @param hierarchyCycles the visible issues at which its work met a cycle of Parent Links, not followed round
 */
public record KeyResultDetail(
        Objective objective,
        ObjectiveScore objectiveScore,
        KeyResultScore score,
        List<WorkItem> excluded,
        List<SharedWork> shared,
        List<WorkItem> ignoredSubtasks,
        int hiddenItems,
        boolean canCheckIn,
        String searchJql,
        Optional<LocalDate> checkInDue,
        Optional<ClosedNumber> closed,
        List<IssueKey> hierarchyCycles) {

    /** A visible item and the keys of the other key results that count it. */
    public record SharedWork(WorkItem item, List<String> alsoIn) {}

    public KeyResultDetail {
        excluded = List.copyOf(excluded);
        shared = List.copyOf(shared);
        ignoredSubtasks = List.copyOf(ignoredSubtasks);
        hierarchyCycles = List.copyOf(hierarchyCycles);
    }
}
