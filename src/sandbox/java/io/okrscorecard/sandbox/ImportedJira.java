package io.okrscorecard.sandbox;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.Maintain;
import io.okrscorecard.core.keyresult.Measure;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.PerspectiveMapping;
import io.okrscorecard.core.perspective.PerspectiveResolver;
import io.okrscorecard.core.port.IssueDirectory;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.WorkItemSource;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.core.settings.SetupReport;
import io.okrscorecard.core.work.IssueKind;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

    private static final int MAX_UNIT = 32;

    private final Map<IssueKey, IssueId> ids;
    private final Map<ObjectiveId, Objective> objectives;
    private final Map<KeyResultId, ObjectiveId> owners;
    private final Map<IssueId, WorkItem> items;
    private final Map<IssueId, List<IssueId>> childrenByEpic;
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

    private ImportedJira(Assembly assembly) {
        this.ids = Map.copyOf(assembly.ids);
        this.objectives = new TreeMap<>(assembly.objectives);
        this.owners = Map.copyOf(assembly.owners);
        this.items = Map.copyOf(assembly.items);
        this.childrenByEpic = Map.copyOf(assembly.childrenByEpic);
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

    /** Builds the model from checked issues; what does not fit the core's values goes to {@code problems}. */
    static ImportedJira assemble(
            ExportMapping mapping,
            Map<FieldRole, ExportField> fields,
            List<ExportedIssue> issues,
            List<ExportedLink> links,
            TypeIds typeIds,
            Map<String, String> inwardDescriptions,
            Problems problems) {
        Assembly assembly = new Assembly(mapping, fields, typeIds, inwardDescriptions, problems);
        for (FieldRole role : FieldRole.values()) {
            if (!fields.containsKey(role)) {
                assembly.notes.add("no field \"" + role.defaultName() + "\" in the export: its values are not set");
            }
        }
        issues.forEach(issue -> {
            assembly.ids.put(issue.key(), issue.id());
            assembly.byId.put(issue.id(), issue);
        });
        issues.forEach(assembly::addWorkItem);
        assembly.addLinks(links);
        issues.forEach(assembly::addObjective);
        return new ImportedJira(assembly);
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

    @Override
    public WorkGraph workFor(Collection<KeyResultId> keyResults) {
        WorkGraph graph = new WorkGraph();
        Set<IssueId> found = new LinkedHashSet<>();
        for (KeyResultId keyResult : new LinkedHashSet<>(keyResults)) {
            for (IssueId contributor : contributorsByKeyResult.getOrDefault(keyResult, Set.of())) {
                graph.link(keyResult, contributor);
                found.add(contributor);
            }
        }
        for (IssueId contributor : List.copyOf(found)) {
            WorkItem item = items.get(contributor);
            if (item != null && item.isEpic()) {
                found.addAll(childrenByEpic.getOrDefault(contributor, List.of()));
            }
        }
        for (IssueId id : found) {
            WorkItem item = items.get(id);
            if (item != null) {
                graph.put(item);
            }
            for (KeyResultId other : keyResultsByContributor.getOrDefault(id, Set.of())) {
                graph.link(other, id);
            }
        }
        return graph;
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

    /** The import in progress: indexes filled issue by issue, then frozen into the model. */
    private static final class Assembly {
        private final ExportMapping mapping;
        private final Map<FieldRole, ExportField> fields;
        private final TypeIds typeIds;
        private final Map<String, String> inwardDescriptions;
        private final Problems problems;
        private final Map<IssueId, ExportedIssue> byId = new LinkedHashMap<>();
        private final Map<IssueKey, IssueId> ids = new LinkedHashMap<>();
        private final Map<ObjectiveId, Objective> objectives = new LinkedHashMap<>();
        private final Map<KeyResultId, ObjectiveId> owners = new LinkedHashMap<>();
        private final Map<IssueId, WorkItem> items = new LinkedHashMap<>();
        private final Map<IssueId, List<IssueId>> childrenByEpic = new LinkedHashMap<>();
        private final Map<KeyResultId, Set<IssueId>> contributorsByKeyResult = new LinkedHashMap<>();
        private final Map<IssueId, Set<KeyResultId>> keyResultsByContributor = new LinkedHashMap<>();
        private final Map<IssueId, ExportedLink> firstClaims = new LinkedHashMap<>();
        private final Map<IssueId, List<ExportedLink>> claimsByObjective = new LinkedHashMap<>();
        private final Map<IssueId, List<ExportedLink>> outwardObjectiveLinks = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();
        private final Map<ObjectiveId, PerspectiveValues> perspectiveValues = new LinkedHashMap<>();
        private final PerspectiveResolver.Values<PerspectiveValues> perspectiveReading;
        private final PerspectiveResolver<PerspectiveValues> perspectives;

        Assembly(
                ExportMapping mapping,
                Map<FieldRole, ExportField> fields,
                TypeIds typeIds,
                Map<String, String> inwardDescriptions,
                Problems problems) {
            this.mapping = mapping;
            this.fields = fields;
            this.typeIds = typeIds;
            this.inwardDescriptions = inwardDescriptions;
            this.problems = problems;
            ExportField perspectiveField = fields.get(FieldRole.PERSPECTIVE);
            this.perspectiveReading =
                    PerspectiveValues.reading(perspectiveField == null ? null : perspectiveField.id());
            this.perspectives = new PerspectiveResolver<>(mapping.perspectives(), perspectiveReading);
        }

        Map<HostObject, String> inwardDescriptionsByRole() {
            Map<HostObject, String> byRole = new EnumMap<>(HostObject.class);
            for (HostObject role : HostObject.values()) {
                String description = role.kind() == HostObject.Kind.LINK_TYPE
                        ? inwardDescriptions.get(mapping.linkTypes().get(linkRole(role)))
                        : null;
                if (description != null) {
                    byRole.put(role, description);
                }
            }
            return byRole;
        }

        SetupReport setupReport() {
            List<SetupReport.Entry> entries = new ArrayList<>();
            for (HostObject role : HostObject.values()) {
                entries.add(
                        switch (role.kind()) {
                            case ISSUE_TYPE ->
                                byName(
                                        role,
                                        role == HostObject.OBJECTIVE_ISSUE_TYPE
                                                ? mapping.objectiveType()
                                                : mapping.keyResultType());
                            case LINK_TYPE -> byName(role, mapping.linkTypes().get(linkRole(role)));
                            case CUSTOM_FIELD -> field(role);
                        });
            }
            return new SetupReport(SetupReport.Run.COMPLETED, false, entries);
        }

        private SetupReport.Entry byName(HostObject role, String name) {
            for (Map.Entry<String, String> type : typeIds.byName().entrySet()) {
                if (type.getKey().equalsIgnoreCase(name)) {
                    return new SetupReport.Entry(
                            role, SetupReport.Outcome.FOUND_BY_NAME, type.getValue(), type.getKey(), null);
                }
            }
            return new SetupReport.Entry(role, SetupReport.Outcome.MISSING, null, name, null);
        }

        private SetupReport.Entry field(HostObject role) {
            FieldRole fieldRole = fieldRole(role);
            ExportField field = fields.get(fieldRole);
            return field == null
                    ? new SetupReport.Entry(role, SetupReport.Outcome.MISSING, null, fieldRole.defaultName(), null)
                    : new SetupReport.Entry(role, SetupReport.Outcome.FOUND_BY_NAME, field.id(), field.name(), null);
        }

        private static LinkRole linkRole(HostObject role) {
            return switch (role) {
                case KEY_RESULT_LINK -> LinkRole.KEY_RESULT;
                case CONTRIBUTION_LINK -> LinkRole.CONTRIBUTION;
                case ALIGNMENT_LINK -> LinkRole.ALIGNMENT;
                case CAUSE_LINK -> LinkRole.CAUSE;
                default -> throw new IllegalArgumentException(role + " is no link type");
            };
        }

        private static FieldRole fieldRole(HostObject role) {
            return switch (role) {
                case PERSPECTIVE_FIELD -> FieldRole.PERSPECTIVE;
                case CYCLE_FIELD -> FieldRole.CYCLE;
                case KR_KIND_FIELD -> FieldRole.KR_KIND;
                case KR_START_FIELD -> FieldRole.KR_START;
                case KR_TARGET_FIELD -> FieldRole.KR_TARGET;
                case KR_UNIT_FIELD -> FieldRole.KR_UNIT;
                case WEIGHT_FIELD -> FieldRole.WEIGHT;
                default -> throw new IllegalArgumentException(role + " is no custom field");
            };
        }

        private String label(FieldRole role) {
            ExportField field = fields.get(role);
            return field == null ? role.defaultName() : field.label();
        }

        void addWorkItem(ExportedIssue issue) {
            IssueKind kind = issue.subtask()
                    ? IssueKind.SUBTASK
                    : mapping.epicType().equalsIgnoreCase(issue.typeName()) ? IssueKind.EPIC : IssueKind.STANDARD;
            IssueId epic = null;
            if (issue.epicLink() != null && !issue.subtask()) {
                epic = ids.get(issue.epicLink());
                if (epic == null) {
                    notes.add(issue.key() + ": its epic " + issue.epicLink()
                            + " is not in the export, so it is counted only where it is linked itself");
                } else if (epic.equals(issue.id())) {
                    problems.add(
                            issue.file(), issue.key().value(), label(FieldRole.EPIC_LINK), "names the issue itself");
                    return;
                }
            }
            Double points = issue.storyPoints();
            if (points != null && points < 0) {
                notes.add(issue.key() + ": negative story points " + points + " read as unestimated");
                points = null;
            }
            WorkItem item = new WorkItem(
                    issue.id(),
                    issue.key(),
                    kind,
                    issue.status(),
                    issue.resolution(),
                    points,
                    issue.originalEstimateSeconds(),
                    epic,
                    issue.parentId());
            items.put(item.id(), item);
            if (epic != null) {
                childrenByEpic.computeIfAbsent(epic, e -> new ArrayList<>()).add(item.id());
            }
        }

        void addLinks(List<ExportedLink> links) {
            Comparator<ExportedLink> firstLinked = Comparator.comparingLong(
                            (ExportedLink link) -> link.linkId() > 0 ? link.linkId() : Long.MAX_VALUE)
                    .thenComparingInt(ExportedLink::order);
            List<ExportedLink> ordered = new ArrayList<>(links);
            ordered.sort(firstLinked);
            for (ExportedLink link : ordered) {
                if (link.type().equals(mapping.linkTypes().get(LinkRole.CONTRIBUTION))) {
                    if (!byId.containsKey(link.source())) {
                        notes.add(link.sourceKey() + " contributes to " + link.targetKey()
                                + " but is not in the export: it is missing from the rollup");
                    }
                    contributorsByKeyResult
                            .computeIfAbsent(KeyResultId.of(link.target().value()), k -> new LinkedHashSet<>())
                            .add(link.source());
                    keyResultsByContributor
                            .computeIfAbsent(link.source(), i -> new LinkedHashSet<>())
                            .add(KeyResultId.of(link.target().value()));
                } else if (link.type().equals(mapping.linkTypes().get(LinkRole.KEY_RESULT))) {
                    ExportedLink first = firstClaims.putIfAbsent(link.source(), link);
                    if (first != null && !first.target().equals(link.target())) {
                        notes.add(link.sourceKey() + " measures " + first.targetKey() + " and " + link.targetKey()
                                + ": a key result belongs to the objective it was linked to first, "
                                + first.targetKey());
                    } else {
                        claimsByObjective
                                .computeIfAbsent(link.target(), o -> new ArrayList<>())
                                .add(link);
                    }
                } else if (link.type().equals(mapping.linkTypes().get(LinkRole.ALIGNMENT))
                        || link.type().equals(mapping.linkTypes().get(LinkRole.CAUSE))) {
                    outwardObjectiveLinks
                            .computeIfAbsent(link.source(), o -> new ArrayList<>())
                            .add(link);
                }
            }
        }

        void addObjective(ExportedIssue issue) {
            if (!mapping.objectiveType().equalsIgnoreCase(issue.typeName())) {
                if (mapping.keyResultType().equalsIgnoreCase(issue.typeName())
                        && !firstClaims.containsKey(issue.id())) {
                    notes.add(issue.key() + " is a " + issue.typeName() + " that measures no objective");
                }
                return;
            }
            CycleId cycle = cycleOf(issue);
            if (cycle == null) {
                return;
            }
            List<KeyResult> keyResults = new ArrayList<>();
            List<ExportedLink> claims = new ArrayList<>(claimsByObjective.getOrDefault(issue.id(), List.of()));
            claims.sort(Comparator.comparing(ExportedLink::source));
            for (ExportedLink claim : claims) {
                ExportedIssue keyResult = byId.get(claim.source());
                if (keyResult == null) {
                    notes.add(claim.sourceKey() + " measures " + issue.key()
                            + " but is not in the export: the objective is shown without it");
                    continue;
                }
                keyResults.add(keyResult(keyResult));
                owners.put(
                        KeyResultId.of(keyResult.id().value()),
                        ObjectiveId.of(issue.id().value()));
            }
            try {
                Objective objective = new Objective(
                        ObjectiveId.of(issue.id().value()),
                        issue.key(),
                        issue.summary(),
                        perspectives.perspectiveOf(issue.perspectiveValues()).orElse(null),
                        cycle,
                        weightOf(issue),
                        issue.assignee(),
                        linked(issue, LinkRole.ALIGNMENT),
                        linked(issue, LinkRole.CAUSE),
                        keyResults);
                objectives.put(objective.id(), objective);
                perspectiveValues.put(objective.id(), issue.perspectiveValues());
            } catch (ValidationException e) {
                problems.add(issue.file(), issue.key().value(), e.field(), e.reason());
            }
        }

        private CycleId cycleOf(ExportedIssue objective) {
            if (objective.cycle() == null) {
                notes.add(objective.key() + " is an objective without " + label(FieldRole.CYCLE) + ": it is left out");
                return null;
            }
            try {
                return CycleId.of(objective.cycle());
            } catch (ValidationException e) {
                problems.add(objective.file(), objective.key().value(), label(FieldRole.CYCLE), e.reason());
                return null;
            }
        }

        private Set<ObjectiveId> linked(ExportedIssue objective, LinkRole role) {
            Set<ObjectiveId> linked = new LinkedHashSet<>();
            for (ExportedLink link : outwardObjectiveLinks.getOrDefault(objective.id(), List.of())) {
                if (link.type().equals(mapping.linkTypes().get(role))) {
                    linked.add(ObjectiveId.of(link.target().value()));
                }
            }
            return linked;
        }

        private KeyResult keyResult(ExportedIssue issue) {
            return new KeyResult(
                    KeyResultId.of(issue.id().value()),
                    issue.key(),
                    issue.summary(),
                    weightOf(issue),
                    measureOf(issue),
                    List.of());
        }

        private Measure measureOf(ExportedIssue issue) {
            String kind = issue.krKind() == null ? "work" : issue.krKind().toLowerCase(Locale.ROOT);
            switch (kind) {
                case "work":
                    return new Measure.Work();
                case "milestone":
                    return new Measure.Milestone(issue.status());
                case "metric":
                    return metricOf(issue);
                default:
                    problems.add(
                            issue.file(),
                            issue.key().value(),
                            label(FieldRole.KR_KIND),
                            "must be Work, Metric or Milestone, was \"" + issue.krKind() + "\"");
                    return new Measure.Work();
            }
        }

        private Measure metricOf(ExportedIssue issue) {
            Double start = issue.krStart();
            Double target = issue.krTarget();
            if (start == null || target == null) {
                notes.add(issue.key() + " is a metric without "
                        + label(start == null ? FieldRole.KR_START : FieldRole.KR_TARGET)
                        + ": it is read as a WORK key result, as in Jira");
                return new Measure.Work();
            }
            String unit = issue.krUnit();
            if (unit != null && unit.length() > MAX_UNIT) {
                unit = unit.substring(0, MAX_UNIT);
            }
            // no field says which side a maintain metric keeps to: at least the target is the common case
            Maintain maintain = start.equals(target) ? Maintain.AT_LEAST : null;
            return new Measure.Metric(start, target, start, unit, maintain);
        }

        private Weight weightOf(ExportedIssue issue) {
            Double value = issue.weight();
            if (value == null) {
                return Weight.ONE;
            }
            if (value > 0) {
                return Weight.of(value);
            }
            notes.add(issue.key() + ": " + label(FieldRole.WEIGHT) + " " + value + " is not > 0, weight 1 is used");
            return Weight.ONE;
        }
    }
}
