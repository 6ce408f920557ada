package io.okrscorecard.app;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspective;
import io.okrscorecard.core.perspective.Thresholds;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.IssueDirectory;
import io.okrscorecard.core.port.MaterialisedProgressRepository;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.WorkChains;
import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.rollup.Contributions;
import io.okrscorecard.core.rollup.Contributions.Contribution;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.UndefinedReason;
import io.okrscorecard.core.scoring.StatusRule;
import io.okrscorecard.core.work.WorkChain;
import io.okrscorecard.core.work.WorkItem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A viewer opens a work item (an epic, story, task or sub-task): the key results whose work sets hold it, as
 * {@code WorkSet.expand} builds them (docs/rollup-rules.md), each with its objective, perspective, stored progress and
 * status, and how the issue counts there. Read from the issue's chain (the issue, a sub-task's parent, their epics and
 * the items their Parent Links name) in a few bounded queries, the key results' objectives in one read and their stored
 * rows in one statement: never a work set. A key result of a closed cycle shows the number the scorecard shows, the one
 * the cycle was closed with (ADR 0018). Key results the viewer may not browse are counted, not named; an issue they
 * may not browse is a 404.
 */
public final class ReadingContributions {

    private final AccessControl access;
    private final IssueDirectory issues;
    private final WorkChains chains;
    private final ObjectiveSource objectives;
    private final MaterialisedProgressRepository progress;
    private final KeptSettings settings;
    private final ReadingScorecard scorecards;
    private final Clock clock;

    public ReadingContributions(
            AccessControl access,
            IssueDirectory issues,
            WorkChains chains,
            ObjectiveSource objectives,
            ScorecardSettingsRepository settings,
            MaterialisedProgressRepository progress,
            ReadingScorecard scorecards,
            Clock clock) {
        this.access = access;
        this.scorecards = scorecards;
        this.issues = issues;
        this.chains = chains;
        this.objectives = objectives;
        this.progress = progress;
        this.settings = new KeptSettings(settings);
        this.clock = clock;
    }

    /** The contributions of the work item with this key, for the current viewer. */
    public WorkContributions of(IssueKey key) {
        Viewer viewer = Viewers.require(access);
        return of(viewer, key, visibleIssue(viewer, key));
    }

    /** The issue's id when the viewer may browse it; else, as when there is none, a 404. */
    IssueId visibleIssue(Viewer viewer, IssueKey key) {
        IssueId id = issues.idOf(key).orElseThrow(() -> new NotFoundException("no issue " + key.value()));
        if (!access.canBrowse(viewer, id)) {
            throw new NotFoundException("no issue " + key.value());
        }
        return id;
    }

    /** The chain of an issue, as the link use case needs it to know the links the issue has. */
    WorkChain chainOf(IssueId issue) {
        return chains.chainOf(issue);
    }

    WorkContributions of(Viewer viewer, IssueKey key, IssueId id) {
        KeptSettings.Snapshot current = settings.now();
        WorkChain chain = chains.chainOf(id);
        List<Contribution> all = Contributions.of(chain, current.app().rollup());
        if (all.isEmpty()) {
            return new WorkContributions(key, List.of(), 0);
        }
        Set<IssueId> asked = new LinkedHashSet<>();
        for (Contribution contribution : all) {
            asked.add(new IssueId(contribution.keyResult().value()));
            contribution.alsoCountedBy().forEach(other -> asked.add(new IssueId(other.value())));
            if (contribution.through() != null) {
                asked.add(contribution.through());
            }
        }
        Set<IssueId> browsable = access.browsable(viewer, asked);
        List<KeyResultId> shown = new ArrayList<>();
        for (Contribution contribution : all) {
            if (browsable.contains(new IssueId(contribution.keyResult().value()))) {
                shown.add(contribution.keyResult());
            }
        }
        Map<KeyResultId, Objective> measured = new HashMap<>();
        Map<KeyResultId, KeyResult> keyResults = new HashMap<>();
        Map<KeyResultId, IssueKey> keys = new HashMap<>();
        Set<KeyResultId> named = new LinkedHashSet<>(shown);
        for (Contribution contribution : all) {
            for (KeyResultId other : contribution.alsoCountedBy()) {
                if (browsable.contains(new IssueId(other.value()))) {
                    named.add(other);
                }
            }
        }
        for (Objective objective : named.isEmpty() ? List.<Objective>of() : objectives.objectivesMeasuredBy(named)) {
            for (KeyResult keyResult : objective.keyResults()) {
                measured.put(keyResult.id(), objective);
                keyResults.put(keyResult.id(), keyResult);
                keys.put(keyResult.id(), keyResult.key());
            }
        }
        List<ProgressSubject> subjects = new ArrayList<>();
        shown.forEach(keyResult -> subjects.add(ProgressSubject.of(keyResult)));
        Map<ProgressSubject, StoredProgress> rows = subjects.isEmpty() ? Map.of() : progress.load(subjects);

        List<WorkContributions.Line> lines = new ArrayList<>();
        int hidden = 0;
        for (Contribution contribution : all) {
            KeyResult keyResult = keyResults.get(contribution.keyResult());
            if (keyResult == null) {
                // not browsable, or a key result of no objective (it has no numbers): not named
                hidden +=
                        browsable.contains(new IssueId(contribution.keyResult().value())) ? 0 : 1;
                continue;
            }
            Objective objective = measured.get(contribution.keyResult());
            lines.add(line(viewer, chain, contribution, keyResult, objective, rows, browsable, keys, current));
        }
        return new WorkContributions(key, lines, hidden);
    }

    private WorkContributions.Line line(
            Viewer viewer,
            WorkChain chain,
            Contribution contribution,
            KeyResult keyResult,
            Objective objective,
            Map<ProgressSubject, StoredProgress> rows,
            Set<IssueId> browsable,
            Map<KeyResultId, IssueKey> keys,
            KeptSettings.Snapshot current) {
        Optional<Cycle> cycle = current.cycle(objective.cycle());
        StoredProgress row = rows.get(ProgressSubject.of(keyResult.id()));
        Progress stored = row == null ? Progress.undefined(UndefinedReason.NOT_COMPUTED) : row.progress();
        // only a closed cycle's key result asks for its frozen number: an open one costs nothing more
        Progress value =
                cycle.isPresent() && current.closed().contains(cycle.get().id())
                        ? scorecards
                                .closedNumberOf(objective, keyResult.id())
                                .map(ClosedNumber::progress)
                                .orElse(stored)
                        : stored;
        Optional<Perspective> perspective =
                Optional.ofNullable(objective.perspective()).flatMap(current.perspectives()::find);
        Thresholds thresholds = perspective.map(Perspective::thresholds).orElse(Thresholds.DEFAULT);
        StatusRule rule = new StatusRule(
                current.app().statusMode(),
                cycle.map(c -> c.elapsedShare(clock)).orElse(0.0));
        boolean objectiveVisible =
                access.canBrowse(viewer, new IssueId(objective.id().value()));
        List<IssueKey> others = new ArrayList<>();
        int othersHidden = 0;
        for (KeyResultId other : contribution.alsoCountedBy()) {
            IssueKey otherKey = keys.get(other);
            if (otherKey != null && browsable.contains(new IssueId(other.value()))) {
                others.add(otherKey);
            } else {
                othersHidden++;
            }
        }
        others.sort(null);
        IssueKey through = null;
        if (contribution.through() != null
                && !contribution.through().equals(chain.issue())
                && browsable.contains(contribution.through())) {
            through = chain.item(contribution.through()).key();
        }
        WorkItem parent = contribution.parent();
        return new WorkContributions.Line(
                keyResult,
                objectiveVisible ? objective : null,
                objectiveVisible ? perspective.map(Perspective::name).orElse(null) : null,
                value,
                rule.statusOf(value, thresholds),
                contribution.way(),
                contribution.resolution(),
                through,
                parent != null && access.canBrowse(viewer, parent.id()) ? parent.key() : null,
                contribution.children(),
                others,
                othersHidden,
                chain.linksOf(chain.issue()).contains(keyResult.id()));
    }
}
