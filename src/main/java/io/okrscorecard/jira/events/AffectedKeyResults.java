package io.okrscorecard.jira.events;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.jira.work.ParentLinks;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Finds the key results whose progress an issue or link change may affect, on the event thread: only Jira's issue link
 * lookups, none of the app's repositories. The ids of the app's issue and link types are read from the
 * {@link HostObjectRegistry} once, at {@link #refresh()}, and kept in a field.
 *
 * <p>Link directions (DESIGN 5): a Key Result <em>measures</em> its Objective (source KR, destination objective); a
 * work item <em>contributes to</em> a Key Result (source item, destination KR); Jira Software's system link type
 * "Epic-Story Link" goes from the epic (source) to its issue (destination).
 */
final class AffectedKeyResults {

    /** Jira Software's system link type behind the Epic Link field. */
    static final String EPIC_STORY_LINK = "Epic-Story Link";

    /** The ids of the Jira objects the app recognises; a {@code null} id matches nothing. */
    record HostIds(String keyResultType, Long measuresLink, Long contributionLink, Long epicStoryLink) {
        static final HostIds NONE = new HostIds(null, null, null, null);
    }

    /** How many levels above an issue are followed up its Parent Links at most. */
    static final int MAX_LEVELS = 10;

    private final IssueLinkManager links;
    private final IssueLinkTypeManager linkTypes;
    private final HostObjectRegistry registry;
    private final ParentLinks parentLinks;
    private volatile HostIds ids = HostIds.NONE;

    AffectedKeyResults(IssueLinkManager links, IssueLinkTypeManager linkTypes, HostObjectRegistry registry) {
        this(links, linkTypes, registry, ParentLinks.NONE);
    }

    AffectedKeyResults(
            IssueLinkManager links,
            IssueLinkTypeManager linkTypes,
            HostObjectRegistry registry,
            ParentLinks parentLinks) {
        this.links = links;
        this.linkTypes = linkTypes;
        this.registry = registry;
        this.parentLinks = parentLinks;
    }

    /** Reads the ids again (the app's database and Jira's link types); called at start, never per event. */
    void refresh() {
        parentLinks.refresh();
        ids = new HostIds(
                registry.idOf(HostObject.KEY_RESULT_ISSUE_TYPE).orElse(null),
                linkTypeId(HostObject.KEY_RESULT_LINK),
                linkTypeId(HostObject.CONTRIBUTION_LINK),
                epicStoryLinkTypeId());
    }

    HostIds ids() {
        return ids;
    }

    /**
     * The key results an issue change affects, by how.
     *
     * @param itself key results affected as such: the issue itself if it is a Key Result, the key results of an
     *     Objective
     * @param throughWork key results whose work may hold the issue: those it contributes to, those its epic
     *     contributes to, those the levels above contribute to (Parent Links up from the issue and from its epic)
     */
    record Affected(Set<KeyResultId> itself, Set<KeyResultId> throughWork) {
        static final Affected NONE = new Affected(Set.of(), Set.of());

        boolean isEmpty() {
            return itself.isEmpty() && throughWork.isEmpty();
        }

        Set<KeyResultId> all() {
            if (throughWork.isEmpty()) {
                return itself;
            }
            if (itself.isEmpty()) {
                return throughWork;
            }
            Set<KeyResultId> all = new TreeSet<>(itself);
            all.addAll(throughWork);
            return all;
        }
    }

    /**
     * The issue itself if it is a Key Result; the key results of an Objective; the key results it contributes to; the
     * key results its epic contributes to; the key results the items above it or its epic contribute to (Parent Link).
     */
    Affected ofIssue(Issue issue) {
        Long id = issue.getId();
        if (id == null) {
            return Affected.NONE;
        }
        HostIds known = ids;
        Set<KeyResultId> itself = null;
        IssueType type = issue.getIssueType();
        if (known.keyResultType() != null
                && type != null
                && known.keyResultType().equals(type.getId())) {
            itself = add(itself, id);
        }
        Set<KeyResultId> throughWork = addContributedTo(null, links.getOutwardLinks(id), known);
        for (IssueLink link : nullSafe(links.getInwardLinks(id))) {
            Long linkType = link.getLinkTypeId();
            if (linkType == null) {
                continue;
            }
            if (linkType.equals(known.measuresLink())) {
                itself = add(itself, link.getSourceId());
            } else if (linkType.equals(known.epicStoryLink()) && link.getSourceId() != null) {
                throughWork = addContributedTo(throughWork, links.getOutwardLinks(link.getSourceId()), known);
                throughWork = addContributedAbove(throughWork, link::getSourceObject, known);
            }
        }
        throughWork = addContributedAbove(throughWork, () -> issue, known);
        if (itself == null && throughWork == null) {
            return Affected.NONE;
        }
        return new Affected(itself == null ? Set.of() : itself, throughWork == null ? Set.of() : throughWork);
    }

    /**
     * For a link of the app's types, the key result end: the key result a work item contributes to, plus the other key
     * results holding that item (their shared-item counts change); a key result that starts or stops measuring an
     * objective, with the objective's other key results (the objective's progress changes); for an Epic-Story link,
     * the key results the epic and the issue contribute to. Other links affect nothing and cost no lookup.
     */
    Set<KeyResultId> ofLink(IssueLink link) {
        Long linkType = link == null ? null : link.getLinkTypeId();
        if (linkType == null) {
            return Set.of();
        }
        HostIds known = ids;
        Set<KeyResultId> affected = null;
        if (linkType.equals(known.contributionLink())) {
            affected = add(affected, link.getDestinationId());
            Long item = link.getSourceId();
            if (item != null) {
                affected = addContributedTo(affected, links.getOutwardLinks(item), known);
                affected = addContributedToByEpic(affected, item, known);
                affected = addContributedAbove(affected, link::getSourceObject, known);
            }
        } else if (linkType.equals(known.measuresLink())) {
            affected = add(affected, link.getSourceId());
            if (link.getDestinationId() != null) {
                for (IssueLink sibling : nullSafe(links.getInwardLinks(link.getDestinationId()))) {
                    if (linkType.equals(sibling.getLinkTypeId())) {
                        affected = add(affected, sibling.getSourceId());
                    }
                }
            }
        } else if (linkType.equals(known.epicStoryLink()) && link.getSourceId() != null) {
            affected = addContributedTo(affected, links.getOutwardLinks(link.getSourceId()), known);
            if (link.getDestinationId() != null) {
                affected = addContributedTo(affected, links.getOutwardLinks(link.getDestinationId()), known);
            }
        }
        return affected == null ? Set.of() : affected;
    }

    /** The key results the issue's epic contributes to. */
    private Set<KeyResultId> addContributedToByEpic(Set<KeyResultId> affected, Long issueId, HostIds known) {
        Set<KeyResultId> result = affected;
        for (IssueLink link : nullSafe(links.getInwardLinks(issueId))) {
            Long linkType = link.getLinkTypeId();
            if (linkType != null && linkType.equals(known.epicStoryLink()) && link.getSourceId() != null) {
                result = addContributedTo(result, links.getOutwardLinks(link.getSourceId()), known);
                result = addContributedAbove(result, link::getSourceObject, known);
            }
        }
        return result;
    }

    /**
     * The key results the items above {@code issue} contribute to, following its Parent Link up, then that item's, at
     * most {@link #MAX_LEVELS} levels and never round a cycle. Without Advanced Roadmaps' field nothing is looked up
     * and no issue is loaded.
     */
    private Set<KeyResultId> addContributedAbove(Set<KeyResultId> affected, Supplier<Issue> issue, HostIds known) {
        if (!parentLinks.isKnown()) {
            return affected;
        }
        Set<KeyResultId> result = affected;
        Set<Long> seen = new HashSet<>();
        Issue current = issue.get();
        for (int level = 0; level < MAX_LEVELS && current != null && seen.add(current.getId()); level++) {
            Issue parent = parentLinks.parentOf(current).orElse(null);
            if (parent != null && parent.getId() != null && !seen.contains(parent.getId())) {
                result = addContributedTo(result, links.getOutwardLinks(parent.getId()), known);
            }
            current = parent;
        }
        return result;
    }

    private static Set<KeyResultId> addContributedTo(
            Set<KeyResultId> affected, List<IssueLink> outward, HostIds known) {
        Long contribution = known.contributionLink();
        if (contribution == null) {
            return affected;
        }
        Set<KeyResultId> result = affected;
        for (IssueLink link : nullSafe(outward)) {
            if (contribution.equals(link.getLinkTypeId())) {
                result = add(result, link.getDestinationId());
            }
        }
        return result;
    }

    private static Set<KeyResultId> add(Set<KeyResultId> affected, Long issueId) {
        if (issueId == null || issueId <= 0) {
            return affected;
        }
        Set<KeyResultId> result = affected == null ? new TreeSet<>() : affected;
        result.add(KeyResultId.of(issueId));
        return result;
    }

    private static List<IssueLink> nullSafe(List<IssueLink> values) {
        return values == null ? List.of() : values;
    }

    private Long linkTypeId(HostObject role) {
        return registry.idOf(role).flatMap(AffectedKeyResults::parseLong).orElse(null);
    }

    private Long epicStoryLinkTypeId() {
        Collection<IssueLinkType> types = linkTypes.getIssueLinkTypesByName(EPIC_STORY_LINK);
        if (types == null) {
            return null;
        }
        return types.stream().map(IssueLinkType::getId).findFirst().orElse(null);
    }

    private static Optional<Long> parseLong(String id) {
        try {
            return Optional.of(Long.valueOf(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
