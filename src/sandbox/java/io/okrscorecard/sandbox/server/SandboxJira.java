package io.okrscorecard.sandbox.server;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.PerspectiveMapping;
import io.okrscorecard.core.perspective.PerspectiveResolver;
import io.okrscorecard.core.port.IssueDirectory;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.WorkChains;
import io.okrscorecard.core.port.WorkItemSource;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.core.work.WorkChain;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import io.okrscorecard.sandbox.ImportedJira;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The sandbox's Jira: objectives, work and issue keys from an imported Jira REST export ({@link ImportedJira}), read as
 * the Jira adapter reads Jira: each objective in the perspective the app's stored mapping gives it, resolved at every
 * read (so a mapping the admin saves applies at the next read, as in Jira), and each key result with its check-in
 * history (one query for all key results read together). An export holds no check-ins, so a check-in recorded in the
 * sandbox is what changes a metric's current value. Objectives and key results carried forward in the sandbox are read
 * as {@link SandboxIssueEdits} has them.
 */
public final class SandboxJira implements ObjectiveSource, WorkItemSource, IssueDirectory, WorkChains {

    /** The check-in histories of key results, oldest first; key results without check-ins may be left out. */
    @FunctionalInterface
    public interface Histories {
        Map<KeyResultId, List<CheckIn>> of(Collection<KeyResultId> keyResults);
    }

    private final ImportedJira imported;
    private final Histories histories;
    private final Supplier<PerspectiveMapping> mapping;
    private final SandboxIssueEdits edits;
    private final SandboxContributionLinks links;

    /**
     * @param mapping the app's stored perspective mapping, read at every read of objectives
     * @param edits the changes made to OKR issues in the sandbox (carry forward), read over the export
     * @param links the "contributes to" links made and removed from the issue panel, read over the export's
     */
    SandboxJira(
            ImportedJira imported,
            Histories histories,
            Supplier<PerspectiveMapping> mapping,
            SandboxIssueEdits edits,
            SandboxContributionLinks links) {
        this.imported = imported;
        this.histories = histories;
        this.mapping = mapping;
        this.edits = edits;
        this.links = links;
    }

    /** The sandbox's "contributes to" links: the {@code ContributionLinks} port that the issue panel links with. */
    SandboxContributionLinks links() {
        return links;
    }

    @Override
    public WorkChain chainOf(IssueId issue) {
        return imported.chainOf(issue, links);
    }

    /** The sandbox's edits of OKR issues: the {@code OkrIssueEditor} port that carrying forward uses. */
    SandboxIssueEdits edits() {
        return edits;
    }

    /** The export as imported, without check-ins. */
    public ImportedJira imported() {
        return imported;
    }

    @Override
    public Optional<Objective> objective(ObjectiveId id) {
        return edits.objective(id).map(objective -> read(List.of(objective)).get(0));
    }

    @Override
    public List<Objective> objectivesIn(CycleId cycle) {
        return read(edits.objectivesIn(cycle));
    }

    @Override
    public List<Objective> objectivesMeasuredBy(Collection<KeyResultId> keyResults) {
        return read(edits.objectivesMeasuredBy(keyResults));
    }

    @Override
    public WorkGraph workFor(Collection<KeyResultId> keyResults) {
        return imported.workFor(keyResults, links);
    }

    @Override
    public Map<IssueId, WorkItem> items(Collection<IssueId> issues) {
        return imported.items(issues);
    }

    @Override
    public Optional<IssueId> idOf(IssueKey key) {
        return imported.idOf(key);
    }

    @Override
    public Optional<String> inwardDescription(HostObject linkType) {
        return imported.inwardDescription(linkType);
    }

    /** The imported objectives with their perspectives under the stored mapping and their check-ins. */
    private List<Objective> read(List<Objective> imported) {
        if (imported.isEmpty()) {
            return imported;
        }
        PerspectiveResolver<ObjectiveId> perspectives = this.imported.perspectivesUnder(mapping.get());
        List<Objective> objectives = new ArrayList<>(imported.size());
        List<KeyResultId> keyResults = new ArrayList<>();
        for (Objective objective : imported) {
            objectives.add(objective.withPerspective(
                    perspectives.perspectiveOf(objective.id()).orElse(null)));
            objective.keyResults().forEach(kr -> keyResults.add(kr.id()));
        }
        if (keyResults.isEmpty()) {
            return objectives;
        }
        Map<KeyResultId, List<CheckIn>> byKeyResult = histories.of(keyResults);
        List<Objective> result = new ArrayList<>(objectives.size());
        for (Objective objective : objectives) {
            List<KeyResult> withHistory = new ArrayList<>(objective.keyResults().size());
            for (KeyResult kr : objective.keyResults()) {
                List<CheckIn> history = byKeyResult.getOrDefault(kr.id(), List.of());
                withHistory.add(
                        history.isEmpty()
                                ? kr
                                : new KeyResult(
                                        kr.id(),
                                        kr.key(),
                                        kr.summary(),
                                        kr.weight(),
                                        kr.measure(),
                                        history,
                                        kr.assignee()));
            }
            result.add(objective.withKeyResults(withHistory));
        }
        return result;
    }
}
