package io.okrscorecard.sandbox;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.PerspectiveMapping;
import io.okrscorecard.core.perspective.PerspectiveResolver;
import io.okrscorecard.core.port.IssueDirectory;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.WorkItemSource;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.core.settings.SetupReport;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.core.work.WorkChain;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A Jira as an imported REST export shows it: the core's objective, work-item and issue-directory ports over the
 * issues of the export, read the way the Jira adapters read a live Jira. Objectives are the issues of the Objective
 * type with a cycle; their key results are the issues linked to them by "measures" (a key result measuring two
 * objectives belongs to the one it was linked to first); work is linked by "contributes to" and epics bring their
 * children by Epic Link. An export holds no check-ins: a metric's current value is its start.
 *
 * <p>Immutable once imported. What the export leaves out is not an error but is listed in {@link #notes()}: a link
 * to an issue outside the export (that work is missing from the rollup), an Epic Link to an epic outside it, an
 * objective without a cycle, a metric without start or target (read as a WORK key result, as in Jira).
 */
public final class ImportedJira implements ObjectiveSource, WorkItemSource, IssueDirectory {

    private final Map<IssueKey, IssueId> ids;
    private final Map<ObjectiveId, Objective> objectives;
    private final Map<KeyResultId, ObjectiveId> owners;
    private final Map<IssueId, WorkItem> items;
    private final Map<IssueId, List<IssueId>> childrenByEpic;
    private final Map<IssueId, List<IssueId>> childrenByParentLink;
    private final Map<KeyResultId, Set<IssueId>> contributorsByKeyResult;
    private final Map<IssueId, Set<KeyResultId>> keyResultsByContributor;
    private final List<String> notes;
    private final PerspectiveMapping perspectiveMapping;
    private final SetupReport setupReport;
    private final Map<HostObject, String> inwardDescriptions;
    private final Map<IssueKey, Shown> shown;
    private final Map<String, Person> people;
    private final Map<ObjectiveId, PerspectiveValues> perspectiveValues;
    private final PerspectiveResolver.Values<PerspectiveValues> perspectiveReading;

    /**
     * What Jira's issue view shows of an exported issue besides the app's panel: its key, summary, type (name and id,
     * when the export has it) and status category; the resolution stands in for the status name of done issues.
     */
    public record Shown(
            IssueKey key, String summary, String typeName, String typeId, StatusCategory status, String resolution) {}

    /** The model frozen from a finished assembly of checked issues. */
    ImportedJira(ImportAssembly assembly) {
        this.ids = Map.copyOf(assembly.ids);
        this.objectives = new TreeMap<>(assembly.objectives);
        this.owners = Map.copyOf(assembly.owners);
        this.items = Map.copyOf(assembly.items);
        this.childrenByEpic = Map.copyOf(assembly.childrenByEpic);
        this.childrenByParentLink = Map.copyOf(assembly.childrenByParentLink);
        this.contributorsByKeyResult = Map.copyOf(assembly.contributorsByKeyResult);
        this.keyResultsByContributor = Map.copyOf(assembly.keyResultsByContributor);
        this.notes = List.copyOf(assembly.notes);
        this.perspectiveMapping = assembly.mapping.perspectives();
        this.setupReport = assembly.setupReport();
        this.inwardDescriptions = assembly.inwardDescriptionsByRole();
        Map<IssueKey, Shown> shownByKey = new LinkedHashMap<>();
        assembly.byId
                .values()
                .forEach(issue -> shownByKey.put(
                        issue.key(),
                        new Shown(
                                issue.key(),
                                issue.summary(),
                                issue.typeName(),
                                assembly.typeIds.ofIssue(issue.id()),
                                issue.status(),
                                issue.resolution())));
        this.shown = Map.copyOf(shownByKey);
        Map<String, Person> assignees = new LinkedHashMap<>();
        assembly.byId.values().stream()
                .map(ExportedIssue::assignee)
                .filter(Objects::nonNull)
                .forEach(assignee -> assignees.putIfAbsent(assignee.key(), assignee));
        this.people = Map.copyOf(assignees);
        this.perspectiveValues = Map.copyOf(assembly.perspectiveValues);
        this.perspectiveReading = assembly.perspectiveReading;
    }

    /** The exported issue with this key as the issue view shows it, empty when the export has none. */
    public Optional<Shown> shown(IssueKey key) {
        return Optional.ofNullable(shown.get(key));
    }

    /** The user with this key as the export shows them (an issue's assignee), empty when no exported issue does. */
    public Optional<Person> person(String key) {
        return Optional.ofNullable(people.get(key));
    }

    @Override
    public Optional<Objective> objective(ObjectiveId id) {
        return Optional.ofNullable(objectives.get(id));
    }

    @Override
    public List<Objective> objectivesIn(CycleId cycle) {
        return objectives.values().stream()
                .filter(objective -> objective.cycle().equals(cycle))
                .toList();
    }

    @Override
    public List<Objective> objectivesMeasuredBy(Collection<KeyResultId> keyResults) {
        Set<ObjectiveId> measured = new TreeSet<>();
        for (KeyResultId keyResult : keyResults) {
            ObjectiveId owner = owners.get(keyResult);
            if (owner != null && objectives.containsKey(owner)) {
                measured.add(owner);
            }
        }
        return measured.stream().map(objectives::get).toList();
    }

    /**
     * The "contributes to" links of the work, both ways: the export's own, or those of the sandbox with the links made
     * and removed from the issue panel ({@code SandboxContributionLinks}).
     */
    public interface Contributions {
        Set<IssueId> contributorsOf(KeyResultId keyResult);

        Set<KeyResultId> keyResultsOf(IssueId issue);
    }

    /** The export's own "contributes to" links. */
    public Contributions contributions() {
        return new Contributions() {
            @Override
            public Set<IssueId> contributorsOf(KeyResultId keyResult) {
                return contributorsByKeyResult.getOrDefault(keyResult, Set.of());
            }

            @Override
            public Set<KeyResultId> keyResultsOf(IssueId issue) {
                return keyResultsByContributor.getOrDefault(issue, Set.of());
            }
        };
    }

    @Override
    public WorkGraph workFor(Collection<KeyResultId> keyResults) {
        return workFor(keyResults, contributions());
    }

    /** {@link #workFor} over these links instead of the export's. */
    public WorkGraph workFor(Collection<KeyResultId> keyResults, Contributions links) {
        WorkGraph graph = new WorkGraph();
        Set<IssueId> found = new LinkedHashSet<>();
        for (KeyResultId keyResult : new LinkedHashSet<>(keyResults)) {
            for (IssueId contributor : links.contributorsOf(keyResult)) {
                graph.link(keyResult, contributor);
                found.add(contributor);
            }
        }
        // down from every contributor, as Jira's source reads it: an epic's Epic Link children, any other item's Parent
        // Link children, and theirs in turn; an issue found twice (a Parent Link cycle) is not followed again
        ArrayDeque<IssueId> open = new ArrayDeque<>(found);
        while (!open.isEmpty()) {
            WorkItem item = items.get(open.poll());
            if (item == null || item.isSubtask()) {
                continue;
            }
            Map<IssueId, List<IssueId>> index = item.isEpic() ? childrenByEpic : childrenByParentLink;
            for (IssueId child : index.getOrDefault(item.id(), List.of())) {
                if (found.add(child)) {
                    open.add(child);
                }
            }
        }
        for (IssueId id : found) {
            WorkItem item = items.get(id);
            if (item != null) {
                graph.put(item);
            }
            for (KeyResultId other : links.keyResultsOf(id)) {
                graph.link(other, id);
            }
        }
        return graph;
    }

    /** A work item's chain over these links, read as the Jira adapter reads it, step by step. */
    public WorkChain chainOf(IssueId issue, Contributions links) {
        return WorkChain.read(issue, new WorkChain.Reader() {
            @Override
            public Map<IssueId, WorkItem> items(Collection<IssueId> ids) {
                return ImportedJira.this.items(ids);
            }

            @Override
            public Map<IssueId, Set<KeyResultId>> contributions(Collection<IssueId> ids) {
                Map<IssueId, Set<KeyResultId>> found = new LinkedHashMap<>();
                for (IssueId id : ids) {
                    found.put(id, links.keyResultsOf(id));
                }
                return found;
            }

            @Override
            public WorkChain.Children childrenOf(WorkItem container) {
                int all = 0;
                int countable = 0;
                Map<IssueId, List<IssueId>> index = container.isEpic() ? childrenByEpic : childrenByParentLink;
                for (IssueId child : index.getOrDefault(container.id(), List.of())) {
                    WorkItem item = items.get(child);
                    if (item != null) {
                        all++;
                        countable += item.isSubtask() ? 0 : 1;
                    }
                }
                return new WorkChain.Children(all, countable);
            }
        });
    }

    @Override
    public Map<IssueId, WorkItem> items(Collection<IssueId> issues) {
        Map<IssueId, WorkItem> found = new LinkedHashMap<>();
        for (IssueId id : issues) {
            WorkItem item = items.get(id);
            if (item != null) {
                found.put(id, item);
            }
        }
        return found;
    }

    @Override
    public Optional<IssueId> idOf(IssueKey key) {
        return Optional.ofNullable(ids.get(key));
    }

    /** The inward description the export shows for the link type the mapping file names for the role. */
    @Override
    public Optional<String> inwardDescription(HostObject linkType) {
        return Optional.ofNullable(inwardDescriptions.get(linkType));
    }

    /** The cycles the imported objectives belong to, in order. */
    public Set<CycleId> cycles() {
        Set<CycleId> cycles = new TreeSet<>();
        objectives.values().forEach(objective -> cycles.add(objective.cycle()));
        return cycles;
    }

    /** Every key result of every imported objective. */
    public List<KeyResultId> keyResultIds() {
        return List.copyOf(new TreeSet<>(owners.keySet()));
    }

    /** What the export leaves out, one sentence each (see the class comment); empty for a self-contained export. */
    public List<String> notes() {
        return notes;
    }

    /**
     * The mapping file's perspective mapping ({@code perspectives}; a SELECT_FIELD mapping names its field by id): the
     * one the objectives of this model carry, and the one the sandbox saves as the app's mapping on its first start.
     */
    public PerspectiveMapping perspectiveMapping() {
        return perspectiveMapping;
    }

    /**
     * The perspectives of the imported objectives under another mapping (the one the admin saved), read from the
     * export's values by the same resolver the Jira adapter reads issues with: its options of the BSC Perspective field
     * (the export's field of that role) or of any custom field, its labels, its components.
     */
    public PerspectiveResolver<ObjectiveId> perspectivesUnder(PerspectiveMapping mapping) {
        return new PerspectiveResolver<>(mapping, new PerspectiveResolver.Values<>() {
            @Override
            public List<String> options(ObjectiveId objective, String fieldId) {
                return perspectiveReading.options(valuesOf(objective), fieldId);
            }

            @Override
            public Collection<String> labels(ObjectiveId objective) {
                return valuesOf(objective).labels();
            }

            @Override
            public Collection<String> components(ObjectiveId objective) {
                return valuesOf(objective).components();
            }
        });
    }

    private PerspectiveValues valuesOf(ObjectiveId objective) {
        return perspectiveValues.getOrDefault(objective, PerspectiveValues.NONE);
    }

    /**
     * The Jira objects the app needs, as the export shows them: each issue type, field and link type the mapping file
     * names (or the default name) is found by name with its Jira id, or missing when the export has no such object.
     */
    public SetupReport setupReport() {
        return setupReport;
    }
}
