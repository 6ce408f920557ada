package io.okrscorecard.sandbox.server;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.OkrIssueEditor;
import io.okrscorecard.sandbox.ImportedJira;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * The sandbox's stand-in for editing OKR issues in Jira: an imported export is immutable, so carried-forward
 * objectives (a new OKR Cycle) and re-linked key results (a new "measures" link) are kept here, in memory until the
 * sandbox stops, and {@link SandboxJira} reads every objective through them. Jira's own check is the persona's Edit
 * Issues, as {@link SandboxUsers#canEdit} answers it.
 */
final class SandboxIssueEdits implements OkrIssueEditor {

    private final ImportedJira imported;
    private final BiPredicate<Viewer, IssueId> canEdit;
    private final Map<ObjectiveId, CycleId> cycles = new LinkedHashMap<>();
    private final Map<KeyResultId, ObjectiveId> owners = new LinkedHashMap<>();

    /** @param users who may edit what: the sandbox's personas */
    SandboxIssueEdits(ImportedJira imported, AccessControl users) {
        this(imported, users::canEdit);
    }

    private SandboxIssueEdits(ImportedJira imported, BiPredicate<Viewer, IssueId> canEdit) {
        this.imported = imported;
        this.canEdit = canEdit;
    }

    /** Who may edit in the export as imported: nobody (the demo's history, read day by day). */
    static final AccessControl NOBODY_EDITS = new AccessControl() {
        @Override
        public Optional<Viewer> currentViewer() {
            return Optional.empty();
        }

        @Override
        public boolean isAdministrator(Viewer viewer) {
            return false;
        }

        @Override
        public boolean canBrowse(Viewer viewer, IssueId issue) {
            return false;
        }

        @Override
        public boolean canEdit(Viewer viewer, IssueId issue) {
            return false;
        }

        @Override
        public boolean isInGroup(Viewer viewer, String group) {
            return false;
        }
    };

    /** The export as imported, where nobody edits anything (the demo's history, read day by day). */
    static SandboxIssueEdits none(ImportedJira imported) {
        return new SandboxIssueEdits(imported, (viewer, issue) -> false);
    }

    @Override
    public synchronized Edit moveToCycle(Viewer viewer, ObjectiveId objective, CycleId cycle) {
        if (!canEdit.test(viewer, new IssueId(objective.value()))) {
            return Edit.refused(Refusal.NO_PERMISSION, List.of());
        }
        if (imported.objective(objective).isEmpty()) {
            return Edit.refused(Refusal.MISSING, List.of());
        }
        cycles.put(objective, cycle);
        return Edit.DONE;
    }

    @Override
    public synchronized Edit relinkKeyResult(Viewer viewer, KeyResultId keyResult, ObjectiveId from, ObjectiveId to) {
        if (!canEdit.test(viewer, new IssueId(keyResult.value()))) {
            return Edit.refused(Refusal.NO_PERMISSION, List.of());
        }
        if (!ownerOf(keyResult).map(from::equals).orElse(false)
                || imported.objective(to).isEmpty()) {
            return Edit.refused(Refusal.MISSING, List.of());
        }
        owners.put(keyResult, to);
        return Edit.DONE;
    }

    /** The objectives of {@code cycle} as edited: those moved away left out, those moved in added. */
    synchronized List<Objective> objectivesIn(CycleId cycle) {
        List<Objective> result = new ArrayList<>();
        for (Objective objective : imported.objectivesIn(cycle)) {
            if (cycle.equals(cycles.getOrDefault(objective.id(), cycle))) {
                result.add(edited(objective));
            }
        }
        cycles.forEach((id, movedTo) -> {
            if (movedTo.equals(cycle)) {
                imported.objective(id)
                        .filter(objective -> !objective.cycle().equals(cycle))
                        .ifPresent(objective -> result.add(edited(objective)));
            }
        });
        return result;
    }

    synchronized Optional<Objective> objective(ObjectiveId id) {
        return imported.objective(id).map(this::edited);
    }

    /** The objectives these key results measure now, each as edited. */
    synchronized List<Objective> objectivesMeasuredBy(Collection<KeyResultId> keyResults) {
        Set<ObjectiveId> measured = new TreeSet<>();
        for (KeyResultId keyResult : keyResults) {
            ownerOf(keyResult).ifPresent(measured::add);
        }
        List<Objective> result = new ArrayList<>();
        for (ObjectiveId id : measured) {
            imported.objective(id).map(this::edited).ifPresent(result::add);
        }
        return result;
    }

    private Optional<ObjectiveId> ownerOf(KeyResultId keyResult) {
        ObjectiveId moved = owners.get(keyResult);
        if (moved != null) {
            return Optional.of(moved);
        }
        return imported.objectivesMeasuredBy(List.of(keyResult)).stream()
                .map(Objective::id)
                .findFirst();
    }

    /** The objective with its edited cycle, without the key results re-linked away and with those re-linked to it. */
    private Objective edited(Objective objective) {
        CycleId cycle = cycles.getOrDefault(objective.id(), objective.cycle());
        List<KeyResult> keyResults = new ArrayList<>();
        for (KeyResult keyResult : objective.keyResults()) {
            if (objective.id().equals(owners.getOrDefault(keyResult.id(), objective.id()))) {
                keyResults.add(keyResult);
            }
        }
        owners.forEach((keyResult, owner) -> {
            if (owner.equals(objective.id())) {
                imported.objectivesMeasuredBy(List.of(keyResult)).stream()
                        .filter(original -> !original.id().equals(owner))
                        .flatMap(original -> original.keyResults().stream())
                        .filter(kr -> kr.id().equals(keyResult))
                        .forEach(keyResults::add);
            }
        });
        keyResults.sort(Comparator.comparing(KeyResult::id));
        return new Objective(
                objective.id(),
                objective.key(),
                objective.summary(),
                objective.perspective(),
                cycle,
                objective.weight(),
                objective.owner(),
                objective.supports(),
                objective.drives(),
                keyResults);
    }
}
