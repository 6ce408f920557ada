package io.okrscorecard.jira.objectives;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import com.atlassian.query.Query;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.Weight;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.Maintain;
import io.okrscorecard.core.keyresult.Measure;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.PerspectiveResolver;
import io.okrscorecard.core.port.CheckInRepository;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.jira.ConfigurationProblem;
import io.okrscorecard.jira.ConfigurationProblem.Kind;
import io.okrscorecard.jira.issues.HostObjectLookup;
import io.okrscorecard.jira.issues.IssueFacts;
import io.okrscorecard.jira.issues.PagedSearch;
import io.okrscorecard.jira.users.JiraPeople;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Objective issues and their key results from Jira: objectives of a cycle by JQL (issue type and OKR Cycle
 * field, paged), key results through "OKR Key Result" links, alignment and cause links, the OKR fields, the owner
 * (the assignee, with the display name Jira shows; a key result's assignee likewise), and every key result's check-ins
 * in one repository call.
 *
 * <p>A key result measuring two objectives belongs to the one it was linked to first (the lowest link id); the other
 * claim is ignored and reported as a {@link ConfigurationProblem}, so one misplaced link never stops a scorecard.
 */
public final class JiraObjectiveSource implements ObjectiveSource {
    private static final Logger LOG = LoggerFactory.getLogger(JiraObjectiveSource.class);
    private static final int MAX_UNIT = 32;

    private final ScorecardSettingsRepository settings;
    private final CheckInRepository checkIns;
    private final HostObjectLookup lookup;
    private final CustomFieldManager customFields;
    private final IssueLinkManager links;
    private final PagedSearch search;
    private final IssueManager issues;

    public JiraObjectiveSource(
            ScorecardSettingsRepository settings,
            CheckInRepository checkIns,
            HostObjectRegistry registry,
            CustomFieldManager customFields,
            IssueLinkManager links,
            SearchService searchService,
            IssueManager issues) {
        this.issues = issues;
        this.settings = settings;
        this.checkIns = checkIns;
        this.lookup = new HostObjectLookup(registry, customFields);
        this.customFields = customFields;
        this.links = links;
        this.search = new PagedSearch(searchService);
    }

    @Override
    public Optional<Objective> objective(ObjectiveId id) {
        Optional<String> objectiveType = lookup.issueTypeId(HostObject.OBJECTIVE_ISSUE_TYPE);
        List<Issue> found = issues.getIssueObjects(List.of(id.value()));
        Issue issue = found == null || found.isEmpty() ? null : found.get(0);
        if (issue == null
                || objectiveType.isEmpty()
                || issue.getIssueType() == null
                || !objectiveType.get().equals(issue.getIssueType().getId())) {
            return Optional.empty();
        }
        return logged(assemble(List.of(issue), new ArrayList<>())).objectives().stream()
                .findFirst();
    }

    @Override
    public List<Objective> objectivesIn(CycleId cycle) {
        return logged(readCycle(cycle)).objectives();
    }

    @Override
    public List<Objective> objectivesMeasuredBy(Collection<KeyResultId> keyResults) {
        return logged(readMeasuredBy(keyResults)).objectives();
    }

    /** The objectives of the cycle with the problems met reading them. */
    public ObjectiveReading readCycle(CycleId cycle) {
        List<ConfigurationProblem> problems = new ArrayList<>();
        Optional<String> objectiveType = lookup.issueTypeId(HostObject.OBJECTIVE_ISSUE_TYPE);
        Optional<CustomField> cycleField = lookup.customField(HostObject.CYCLE_FIELD);
        if (objectiveType.isEmpty() || cycleField.isEmpty()) {
            problems.add(ConfigurationProblem.of(
                    Kind.HOST_OBJECT_MISSING,
                    objectiveType.isEmpty()
                            ? HostObject.OBJECTIVE_ISSUE_TYPE.defaultName()
                            : HostObject.CYCLE_FIELD.defaultName()));
            return new ObjectiveReading(List.of(), problems);
        }
        Query query = JqlQueryBuilder.newBuilder()
                .where()
                .issueType(objectiveType.get())
                .and()
                .customField(cycleField.get().getIdAsLong())
                .eq(cycle.value())
                .buildQuery();
        List<Issue> found = new ArrayList<>();
        search.forEach(query, issue -> {
            // the searcher may match case-insensitively; the cycle id is exact
            if (cycle.value().equals(IssueFacts.text(issue, cycleField.get()))) {
                found.add(issue);
            }
        });
        return assemble(found, problems);
    }

    /** The objectives these key results measure (each with all of its key results), with problems. */
    public ObjectiveReading readMeasuredBy(Collection<KeyResultId> keyResults) {
        List<ConfigurationProblem> problems = new ArrayList<>();
        Optional<Long> measures = lookup.linkTypeId(HostObject.KEY_RESULT_LINK);
        if (measures.isEmpty()) {
            problems.add(ConfigurationProblem.of(Kind.HOST_OBJECT_MISSING, HostObject.KEY_RESULT_LINK.defaultName()));
            return new ObjectiveReading(List.of(), problems);
        }
        List<Issue> owners = new ArrayList<>();
        for (KeyResultId keyResult : new LinkedHashSet<>(keyResults)) {
            firstClaim(keyResult.value(), measures.get())
                    .map(IssueLink::getDestinationObject)
                    .ifPresent(owners::add);
        }
        return assemble(owners, problems);
    }

    private ObjectiveReading assemble(List<Issue> objectiveIssues, List<ConfigurationProblem> problems) {
        Fields fields = new Fields();
        Map<Long, Issue> objectives = new TreeMap<>();
        objectiveIssues.forEach(issue -> objectives.putIfAbsent(issue.getId(), issue));
        Optional<Long> measures = lookup.linkTypeId(HostObject.KEY_RESULT_LINK);
        Map<Long, List<Issue>> keyResultsByObjective = new LinkedHashMap<>();
        List<KeyResultId> allKeyResults = new ArrayList<>();
        for (Issue objective : objectives.values()) {
            List<Issue> keyResults = new ArrayList<>();
            if (measures.isPresent()) {
                for (IssueLink link : linksOfType(links.getInwardLinks(objective.getId()), measures.get())) {
                    Issue keyResult = link.getSourceObject();
                    if (keyResult != null && ownedBy(keyResult, objective, measures.get(), problems)) {
                        keyResults.add(keyResult);
                        allKeyResults.add(KeyResultId.of(keyResult.getId()));
                    }
                }
            }
            keyResults.sort(Comparator.comparing(Issue::getId));
            keyResultsByObjective.put(objective.getId(), keyResults);
        }
        Map<KeyResultId, List<CheckIn>> histories =
                allKeyResults.isEmpty() ? Map.of() : checkIns.histories(allKeyResults);
        PerspectiveResolver<Issue> perspectives = new PerspectiveResolver<>(
                settings.perspectiveMapping(), new IssuePerspectiveValues(lookup, customFields));
        List<Objective> result = new ArrayList<>();
        for (Issue objective : objectives.values()) {
            Optional<CycleId> cycle = cycleOf(objective, fields.cycle);
            if (cycle.isEmpty()) {
                problems.add(ConfigurationProblem.of(Kind.OBJECTIVE_WITHOUT_CYCLE, objective.getKey()));
                continue;
            }
            List<KeyResult> keyResults = new ArrayList<>();
            for (Issue keyResult : keyResultsByObjective.get(objective.getId())) {
                List<CheckIn> history = histories.getOrDefault(KeyResultId.of(keyResult.getId()), List.of());
                keyResults.add(keyResult(keyResult, fields, history, problems));
            }
            result.add(new Objective(
                    ObjectiveId.of(objective.getId()),
                    IssueKey.of(objective.getKey()),
                    objective.getSummary(),
                    perspectives.perspectiveOf(objective).orElse(null),
                    cycle.get(),
                    weightOf(objective, fields.weight, problems),
                    JiraPeople.of(objective.getAssignee()),
                    linkedObjectives(objective, HostObject.ALIGNMENT_LINK),
                    linkedObjectives(objective, HostObject.CAUSE_LINK),
                    keyResults));
        }
        return new ObjectiveReading(result, problems);
    }

    /** True when the objective holds the key result's first "measures" link; else the claim is reported. */
    private boolean ownedBy(Issue keyResult, Issue objective, long measures, List<ConfigurationProblem> problems) {
        Optional<IssueLink> first = firstClaim(keyResult.getId(), measures);
        if (first.isEmpty() || objective.getId().equals(first.get().getDestinationId())) {
            return true;
        }
        Issue owner = first.get().getDestinationObject();
        problems.add(ConfigurationProblem.of(
                Kind.KEY_RESULT_MEASURES_TWO_OBJECTIVES,
                keyResult.getKey(),
                owner == null ? String.valueOf(first.get().getDestinationId()) : owner.getKey(),
                objective.getKey()));
        return false;
    }

    private Optional<IssueLink> firstClaim(long keyResultId, long measures) {
        return linksOfType(links.getOutwardLinks(keyResultId), measures).stream()
                .min(Comparator.comparing(IssueLink::getId, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    private Set<ObjectiveId> linkedObjectives(Issue objective, HostObject linkRole) {
        Set<ObjectiveId> ids = new LinkedHashSet<>();
        Optional<Long> type = lookup.linkTypeId(linkRole);
        if (type.isPresent()) {
            for (IssueLink link : linksOfType(links.getOutwardLinks(objective.getId()), type.get())) {
                ids.add(ObjectiveId.of(link.getDestinationId()));
            }
        }
        return ids;
    }

    private KeyResult keyResult(
            Issue issue, Fields fields, List<CheckIn> history, List<ConfigurationProblem> problems) {
        return new KeyResult(
                KeyResultId.of(issue.getId()),
                IssueKey.of(issue.getKey()),
                issue.getSummary(),
                weightOf(issue, fields.weight, problems),
                measureOf(issue, fields, problems),
                history,
                JiraPeople.of(issue.getAssignee()));
    }

    private static Measure measureOf(Issue issue, Fields fields, List<ConfigurationProblem> problems) {
        List<String> kind = IssueFacts.optionValues(issue, fields.kind);
        String value = kind.isEmpty() ? "work" : kind.get(0).toLowerCase(Locale.ROOT);
        switch (value) {
            case "milestone":
                return new Measure.Milestone(IssueFacts.statusCategory(issue));
            case "metric":
                Double start = IssueFacts.number(issue, fields.start);
                Double target = IssueFacts.number(issue, fields.target);
                if (start == null || target == null) {
                    problems.add(ConfigurationProblem.of(Kind.METRIC_WITHOUT_START_OR_TARGET, issue.getKey()));
                    return new Measure.Work();
                }
                String unit = IssueFacts.text(issue, fields.unit);
                if (unit != null && unit.length() > MAX_UNIT) {
                    unit = unit.substring(0, MAX_UNIT);
                }
                // no field says which side a maintain metric keeps to: at least the target is the common case
                Maintain maintain = start.equals(target) ? Maintain.AT_LEAST : null;
                return new Measure.Metric(start, target, start, unit, maintain);
            default:
                return new Measure.Work();
        }
    }

    private static Weight weightOf(Issue issue, CustomField field, List<ConfigurationProblem> problems) {
        Double value = IssueFacts.number(issue, field);
        if (value == null) {
            return Weight.ONE;
        }
        if (value > 0) {
            return Weight.of(value);
        }
        problems.add(ConfigurationProblem.of(
                Kind.INVALID_WEIGHT, issue.getKey(), HostObject.WEIGHT_FIELD.defaultName(), String.valueOf(value)));
        return Weight.ONE;
    }

    private static Optional<CycleId> cycleOf(Issue objective, CustomField cycleField) {
        String value = IssueFacts.text(objective, cycleField);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(CycleId.of(value));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    private static List<IssueLink> linksOfType(List<IssueLink> all, long typeId) {
        List<IssueLink> matching = new ArrayList<>();
        if (all != null) {
            for (IssueLink link : all) {
                if (link.getLinkTypeId() != null && link.getLinkTypeId() == typeId) {
                    matching.add(link);
                }
            }
        }
        return matching;
    }

    private static ObjectiveReading logged(ObjectiveReading reading) {
        if (!reading.problems().isEmpty()) {
            LOG.warn("OKR configuration problems while reading objectives: {}", reading.problems());
        }
        return reading;
    }

    /** The OKR fields, looked up once per read. */
    private final class Fields {
        final CustomField cycle = lookup.customField(HostObject.CYCLE_FIELD).orElse(null);
        final CustomField weight = lookup.customField(HostObject.WEIGHT_FIELD).orElse(null);
        final CustomField kind = lookup.customField(HostObject.KR_KIND_FIELD).orElse(null);
        final CustomField start = lookup.customField(HostObject.KR_START_FIELD).orElse(null);
        final CustomField target =
                lookup.customField(HostObject.KR_TARGET_FIELD).orElse(null);
        final CustomField unit = lookup.customField(HostObject.KR_UNIT_FIELD).orElse(null);
    }
}
