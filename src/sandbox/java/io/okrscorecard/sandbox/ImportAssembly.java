package io.okrscorecard.sandbox;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.Maintain;
import io.okrscorecard.core.keyresult.Measure;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.PerspectiveResolver;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.core.settings.SetupReport;
import io.okrscorecard.core.work.IssueKind;
import io.okrscorecard.core.work.WorkItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The import in progress: the indexes of an {@link ImportedJira}, filled issue by issue from the checked export and then
 * frozen into it. What does not fit the core's values goes to the import's {@link Problems}; what the export leaves out
 * goes to its notes.
 */
final class ImportAssembly {
    private static final int MAX_UNIT = 32;

    final ExportMapping mapping;
    private final Map<FieldRole, ExportField> fields;
    final TypeIds typeIds;
    private final Map<String, String> inwardDescriptions;
    private final Problems problems;
    final Map<IssueId, ExportedIssue> byId = new LinkedHashMap<>();
    final Map<IssueKey, IssueId> ids = new LinkedHashMap<>();
    final Map<ObjectiveId, Objective> objectives = new LinkedHashMap<>();
    final Map<KeyResultId, ObjectiveId> owners = new LinkedHashMap<>();
    final Map<IssueId, WorkItem> items = new LinkedHashMap<>();
    final Map<IssueId, List<IssueId>> childrenByEpic = new LinkedHashMap<>();
    /** Issues without an epic by the item their Parent Link names (the levels above epics). */
    final Map<IssueId, List<IssueId>> childrenByParentLink = new LinkedHashMap<>();

    final Map<KeyResultId, Set<IssueId>> contributorsByKeyResult = new LinkedHashMap<>();
    final Map<IssueId, Set<KeyResultId>> keyResultsByContributor = new LinkedHashMap<>();
    private final Map<IssueId, ExportedLink> firstClaims = new LinkedHashMap<>();
    private final Map<IssueId, List<ExportedLink>> claimsByObjective = new LinkedHashMap<>();
    private final Map<IssueId, List<ExportedLink>> outwardObjectiveLinks = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    final Map<ObjectiveId, PerspectiveValues> perspectiveValues = new LinkedHashMap<>();
    final PerspectiveResolver.Values<PerspectiveValues> perspectiveReading;
    private final PerspectiveResolver<PerspectiveValues> perspectives;

    private ImportAssembly(
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
        this.perspectiveReading = PerspectiveValues.reading(perspectiveField == null ? null : perspectiveField.id());
        this.perspectives = new PerspectiveResolver<>(mapping.perspectives(), perspectiveReading);
    }

    /** The indexes of the checked issues and links, built in the order their dependencies need. */
    static ImportAssembly of(
            ExportMapping mapping,
            Map<FieldRole, ExportField> fields,
            List<ExportedIssue> issues,
            List<ExportedLink> links,
            TypeIds typeIds,
            Map<String, String> inwardDescriptions,
            Problems problems) {
        ImportAssembly assembly = new ImportAssembly(mapping, fields, typeIds, inwardDescriptions, problems);
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
        return assembly;
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
                problems.add(issue.file(), issue.key().value(), label(FieldRole.EPIC_LINK), "names the issue itself");
                return;
            }
        }
        IssueId parentLink = null;
        if (issue.parentLink() != null && !issue.subtask()) {
            parentLink = ids.get(issue.parentLink());
            if (parentLink == null) {
                notes.add(issue.key() + ": its Parent Link " + issue.parentLink()
                        + " is not in the export, so it is counted only through its own links");
            } else if (parentLink.equals(issue.id())) {
                problems.add(issue.file(), issue.key().value(), label(FieldRole.PARENT_LINK), "names the issue itself");
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
                issue.parentId(),
                parentLink);
        items.put(item.id(), item);
        if (epic != null) {
            childrenByEpic.computeIfAbsent(epic, e -> new ArrayList<>()).add(item.id());
        } else if (parentLink != null) {
            childrenByParentLink
                    .computeIfAbsent(parentLink, e -> new ArrayList<>())
                    .add(item.id());
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
            if (mapping.keyResultType().equalsIgnoreCase(issue.typeName()) && !firstClaims.containsKey(issue.id())) {
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
                List.of(),
                issue.assignee());
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
