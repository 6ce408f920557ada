package io.okrscorecard.jira.work;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.WorkItemSource;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.core.work.WorkChain;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import io.okrscorecard.jira.ConfigurationProblem;
import io.okrscorecard.jira.ConfigurationProblem.Kind;
import io.okrscorecard.jira.issues.HostObjectLookup;
import io.okrscorecard.jira.issues.PagedSearch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the work of key results from Jira: the issues linked by "OKR Contribution", the issues below contributing
 * items of the levels above epics (Advanced Roadmaps' Parent Link, level by level), the children of contributing
 * epics and of the epics found below (Epic Link, found by JQL over at most 1,000 epics per query and 1,000 issues per
 * page, each search inside Jira's search window: {@link PagedSearch}), and every other
 * contribution link of the issues found, so that items shared between key results are known.
 *
 * <p>Searches override issue security (the rollup counts all linked work); what they find reaches a viewer only
 * through the permission filter of the REST layer.
 */
public final class JiraWorkItemSource implements WorkItemSource {
    /** Jira Software's Epic Link field. */
    static final String EPIC_LINK_TYPE = "com.pyxis.greenhopper.jira:gh-epic-link";
    /** Jira Software's Epic Name field: only epics carry a value. */
    static final String EPIC_NAME_TYPE = "com.pyxis.greenhopper.jira:gh-epic-label";
    /**
     * Advanced Roadmaps' Parent Link field, the levels above epics (its schema's {@code custom} in Jira's REST API:
     * https://community.developer.atlassian.com/t/deprecation-of-the-epic-link-parent-link-and-other-related-fields-in-rest-apis-and-webhooks/54048).
     */
    static final String PARENT_LINK_TYPE = "com.atlassian.jpo:jpo-custom-field-parent";
    /** Issues found up to which their contribution links are read issue by issue; beyond, all in one query. */
    static final int LINKS_READ_PER_ISSUE = 1000;
    /** The JQL clause of an issue's id or key ({@code issue in (10001, 10002)}). */
    static final String ISSUE_CLAUSE = "issue";

    private static final Logger LOG = LoggerFactory.getLogger(JiraWorkItemSource.class);

    private final ScorecardSettingsRepository settings;
    private final HostObjectLookup lookup;
    private final CustomFieldManager customFields;
    private final IssueLinkManager links;
    private final PagedSearch search;

    public JiraWorkItemSource(
            ScorecardSettingsRepository settings,
            HostObjectRegistry registry,
            CustomFieldManager customFields,
            IssueLinkManager links,
            SearchService searchService) {
        this.settings = settings;
        this.lookup = new HostObjectLookup(registry, customFields);
        this.customFields = customFields;
        this.links = links;
        this.search = new PagedSearch(searchService);
    }

    @Override
    public WorkGraph workFor(Collection<KeyResultId> keyResults) {
        WorkGraph graph = new WorkGraph();
        Optional<Long> contribution = lookup.linkTypeId(HostObject.CONTRIBUTION_LINK);
        if (contribution.isEmpty()) {
            LOG.warn("OKR Contribution link type not recorded yet: no work is read until the app bootstrap ran");
            return graph;
        }
        WorkItemReader reader = reader();
        Map<Long, Issue> found = new LinkedHashMap<>();
        for (KeyResultId keyResult : new LinkedHashSet<>(keyResults)) {
            for (IssueLink link : ofType(links.getInwardLinks(keyResult.value()), contribution.get())) {
                Issue contributor = link.getSourceObject();
                if (contributor != null) {
                    graph.link(keyResult, IssueId.of(contributor.getId()));
                    found.putIfAbsent(contributor.getId(), contributor);
                }
            }
        }
        List<Long> epics = new ArrayList<>();
        List<Issue> containers = new ArrayList<>();
        for (Issue issue : found.values()) {
            WorkItem item = reader.read(issue);
            graph.put(item);
            if (item.isEpic()) {
                epics.add(issue.getId());
            } else if (!item.isSubtask()) {
                containers.add(issue);
            }
        }
        new LevelsAboveEpics(search).readBelow(containers, reader, graph, found, epics);
        List<Issue> children = childrenOf(epics, reader);
        for (Issue child : children) {
            if (found.putIfAbsent(child.getId(), child) == null) {
                graph.put(reader.read(child));
            }
        }
        linkOtherKeyResults(graph, found.keySet(), contribution.get());
        return graph;
    }

    /**
     * The issues by id, read by the same paged search as the children of epics: one query per 1,000 ids (at most 1,000
     * hits, inside the search window), pages of at most 1,000 issues, never one query per issue. Deleted issues are
     * simply not found.
     */
    @Override
    public Map<IssueId, WorkItem> items(Collection<IssueId> issues) {
        Map<IssueId, WorkItem> found = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>();
        for (IssueId issue : new LinkedHashSet<>(issues)) {
            ids.add(issue.value());
        }
        if (ids.isEmpty()) {
            return found;
        }
        WorkItemReader reader = reader();
        Map<IssueId, String> parentKeys = new LinkedHashMap<>();
        search.forEachIn(
                ids,
                chunk -> JqlQueryBuilder.newBuilder()
                        .where()
                        .field(ISSUE_CLAUSE)
                        .in(chunk.toArray(new Long[0]))
                        .buildQuery(),
                issue -> {
                    WorkItem item = reader.read(issue);
                    found.put(item.id(), item);
                    String parentKey = item.parentLinkId() == null ? reader.parentLinkKey(issue) : null;
                    if (parentKey != null) {
                        parentKeys.put(item.id(), parentKey);
                    }
                });
        if (!parentKeys.isEmpty()) {
            Map<String, Long> idsByKey = idsOf(parentKeys.values());
            parentKeys.forEach((id, parentKey) -> {
                Long parent = idsByKey.get(parentKey);
                if (parent != null) {
                    found.put(id, withParentLink(found.get(id), IssueId.of(parent)));
                }
            });
        }
        return found;
    }

    /** The ids of these issue keys, one paged query per 1,000 keys; unknown keys are absent. */
    private Map<String, Long> idsOf(Collection<String> keys) {
        Map<String, Long> ids = new LinkedHashMap<>();
        search.forEachIn(
                new ArrayList<>(new LinkedHashSet<>(keys)),
                chunk -> JqlQueryBuilder.newBuilder()
                        .where()
                        .field(ISSUE_CLAUSE)
                        .in(chunk.toArray(new String[0]))
                        .buildQuery(),
                issue -> ids.put(issue.getKey(), issue.getId()));
        return ids;
    }

    private static WorkItem withParentLink(WorkItem item, IssueId parentLink) {
        return new WorkItem(
                item.id(),
                item.key(),
                item.kind(),
                item.status(),
                item.resolution(),
                item.storyPoints(),
                item.originalEstimateSeconds(),
                item.epicId(),
                item.parentId(),
                parentLink);
    }

    /**
     * The children of one container as the work graph holds them, in one paged search: an epic's, every issue whose
     * Epic Link is the epic (sub-tasks carry no Epic Link of their own, {@link WorkItemReader}, so every child found is
     * countable); any other item's, the issues without an epic whose Parent Link names it (none, and no search, without
     * Advanced Roadmaps' field).
     */
    WorkChain.Children childrenOf(WorkItem container) {
        WorkItemReader reader = reader();
        if (!container.isEpic()) {
            return new LevelsAboveEpics(search).childrenOf(container.key().value(), reader);
        }
        List<Issue> children = childrenOf(List.of(container.id().value()), reader);
        int countable = 0;
        for (Issue child : children) {
            if (!child.isSubTask()) {
                countable++;
            }
        }
        return new WorkChain.Children(countable, countable);
    }

    /**
     * What keeps work from being read fully: a missing Epic Link field, a story-points field that is not set or no
     * longer exists. Items then carry no epic or no points; the rollup falls back to counting and says so.
     */
    public List<ConfigurationProblem> configurationProblems() {
        List<ConfigurationProblem> problems = new ArrayList<>();
        if (lookup.linkTypeId(HostObject.CONTRIBUTION_LINK).isEmpty()) {
            problems.add(ConfigurationProblem.of(Kind.HOST_OBJECT_MISSING, HostObject.CONTRIBUTION_LINK.defaultName()));
        }
        if (fieldOfType(EPIC_LINK_TYPE) == null) {
            problems.add(ConfigurationProblem.of(Kind.EPIC_LINK_FIELD_MISSING));
        }
        String storyPoints = settings.appSettings().storyPointsFieldId();
        if (storyPoints == null) {
            problems.add(ConfigurationProblem.of(Kind.STORY_POINTS_FIELD_NOT_SET));
        } else if (customFields.getCustomFieldObject(storyPoints) == null) {
            problems.add(ConfigurationProblem.of(Kind.STORY_POINTS_FIELD_MISSING, storyPoints));
        }
        String parentLink = settings.appSettings().parentLinkFieldId();
        if (parentLink != null && customFields.getCustomFieldObject(parentLink) == null) {
            problems.add(ConfigurationProblem.of(Kind.PARENT_LINK_FIELD_MISSING, parentLink));
        }
        return problems;
    }

    private WorkItemReader reader() {
        String storyPointsId = settings.appSettings().storyPointsFieldId();
        CustomField storyPoints = storyPointsId == null ? null : customFields.getCustomFieldObject(storyPointsId);
        if (storyPointsId != null && storyPoints == null) {
            LOG.warn(
                    "Story points field {} does not exist: items get no points, the rollup counts them", storyPointsId);
        }
        return new WorkItemReader(
                fieldOfType(EPIC_LINK_TYPE),
                fieldOfType(EPIC_NAME_TYPE),
                storyPoints,
                parentLinkField(customFields, settings.appSettings().parentLinkFieldId()));
    }

    /**
     * Children of the epics by Epic Link: one paged query per chunk of at most 1,000 epics; a chunk whose children
     * exceed the search window is halved, an epic that alone exceeds it read in slices of creation time.
     */
    private List<Issue> childrenOf(List<Long> epics, WorkItemReader reader) {
        List<Issue> children = new ArrayList<>();
        if (epics.isEmpty() || reader.epicLink() == null) {
            return children;
        }
        search.forEachIn(
                epics,
                chunk -> JqlQueryBuilder.newBuilder()
                        .where()
                        .customField(reader.epicLink().getIdAsLong())
                        .in(chunk.toArray(new Long[0]))
                        .buildQuery(),
                children::add);
        return children;
    }

    /**
     * Records the other contribution links of every issue found, so shared items are detected. Up to
     * {@link #LINKS_READ_PER_ISSUE} issues, each issue's outward links are read; beyond that (a key result with 100,000
     * items, or the nightly run), every link of the contribution type is read in one query instead and kept for the
     * issues found: one query, whatever the number of issues, rather than one per issue.
     */
    private void linkOtherKeyResults(WorkGraph graph, Collection<Long> issueIds, long contribution) {
        if (issueIds.size() <= LINKS_READ_PER_ISSUE) {
            for (Long issueId : issueIds) {
                for (IssueLink link : ofType(links.getOutwardLinks(issueId), contribution)) {
                    link(graph, issueId, link);
                }
            }
            return;
        }
        Set<Long> found = issueIds instanceof Set<Long> set ? set : new HashSet<>(issueIds);
        Collection<IssueLink> all = links.getIssueLinks(contribution);
        if (all != null) {
            for (IssueLink link : all) {
                Long source = link.getSourceId();
                if (source != null && found.contains(source)) {
                    link(graph, source, link);
                }
            }
        }
    }

    private static void link(WorkGraph graph, Long issueId, IssueLink link) {
        Long keyResult = link.getDestinationId();
        if (keyResult != null && keyResult > 0) {
            graph.link(KeyResultId.of(keyResult), IssueId.of(issueId));
        }
    }

    private CustomField fieldOfType(String typeKey) {
        return fieldOfType(customFields.getCustomFieldObjects(), typeKey);
    }

    /**
     * The field of the levels above epics: the one the admin names ({@code null} when it no longer exists), else
     * Advanced Roadmaps' Parent Link found by its type ({@code null} without it).
     */
    static CustomField parentLinkField(CustomFieldManager customFields, String namedFieldId) {
        return namedFieldId != null
                ? customFields.getCustomFieldObject(namedFieldId)
                : fieldOfType(customFields.getCustomFieldObjects(), PARENT_LINK_TYPE);
    }

    /** The first of these fields whose custom field type has {@code typeKey}, or {@code null}. */
    static CustomField fieldOfType(List<CustomField> all, String typeKey) {
        if (all != null) {
            for (CustomField field : all) {
                if (field.getCustomFieldType() != null
                        && typeKey.equals(field.getCustomFieldType().getKey())) {
                    return field;
                }
            }
        }
        return null;
    }

    private static List<IssueLink> ofType(List<IssueLink> all, long typeId) {
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
}
