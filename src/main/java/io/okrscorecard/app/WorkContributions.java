package io.okrscorecard.app;

import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.rollup.Contributions.Way;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.scoring.Status;
import java.util.List;

/**
 * What the issue panel of a work item shows: each key result whose work set holds the issue and that the viewer may
 * browse, and how many others hold it that the viewer may not browse (counted, never named).
 *
 * @param hiddenKeyResults key results holding the issue that the viewer may not browse
 */
public record WorkContributions(IssueKey issue, List<Line> lines, int hiddenKeyResults) {

    public WorkContributions {
        lines = List.copyOf(lines);
    }

    /**
     * One key result the issue is in the work set of.
     *
     * @param objective the objective the key result measures, {@code null} when it measures none or the viewer may not
     *     browse it
     * @param perspective the objective's perspective's name, {@code null} when unassigned or the objective is hidden
     * @param progress the stored progress of the key result (undefined before its first computation)
     * @param resolution the excluded resolution ({@link Way#EXCLUDED}, or a sub-task's excluded parent), else null
     * @param through the epic or parent whose link puts the issue there, {@code null} when it is the issue's own link
     *     or the viewer may not browse that issue
     * @param parent a sub-task's parent that counts for it, {@code null} otherwise or when not browsable
     * @param children the children that count instead of a linked epic ({@link Way#EXPANDED})
     * @param alsoCountedBy the other key results the viewer may browse that count the issue
     * @param alsoCountedHidden the other key results counting the issue that the viewer may not browse
     * @param linkedDirectly whether the issue itself has the "contributes to" link (which the panel can remove)
     */
    public record Line(
            KeyResult keyResult,
            Objective objective,
            String perspective,
            Progress progress,
            Status status,
            Way way,
            String resolution,
            IssueKey through,
            IssueKey parent,
            int children,
            List<IssueKey> alsoCountedBy,
            int alsoCountedHidden,
            boolean linkedDirectly) {
        public Line {
            alsoCountedBy = List.copyOf(alsoCountedBy);
        }
    }
}
