package io.okrscorecard.jira.work;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import com.atlassian.query.Query;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.work.WorkChain;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import io.okrscorecard.jira.issues.PagedSearch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of {@link JiraWorkItemSource}'s read below the contributing items of the levels above epics: Advanced
 * Roadmaps' Parent Link followed down, level by level, in paged queries of at most 1,000 parents (ADR 0023).
 */
final class LevelsAboveEpics {
    /** How many levels above epics are followed down at most; Advanced Roadmaps' hierarchies are far shallower. */
    static final int MAX_LEVELS = 10;

    private final PagedSearch search;

    LevelsAboveEpics(PagedSearch search) {
        this.search = search;
    }

    /**
     * Reads, level by level, the issues below these items of the levels above epics: the issues whose Parent Link names
     * one of them (one paged query per 1,000 parents, by key as the Parent Link's JQL clause takes them), each added
     * to the graph with its Parent Link; an epic among them joins {@code epics} (its Epic Link children are read with
     * the others), any other item is searched in turn. An issue already found is never searched again, so a Parent
     * Link cycle ends the walk; at most {@link #MAX_LEVELS} levels are followed.
     */
    void readBelow(
            List<Issue> containers, WorkItemReader reader, WorkGraph graph, Map<Long, Issue> found, List<Long> epics) {
        if (reader.parentLink() == null) {
            return;
        }
        Set<Long> searched = new HashSet<>();
        List<Issue> level = containers;
        for (int depth = 0; depth < MAX_LEVELS && !level.isEmpty(); depth++) {
            Map<String, Long> parents = new LinkedHashMap<>();
            for (Issue container : level) {
                if (searched.add(container.getId()) && container.getKey() != null) {
                    parents.put(container.getKey(), container.getId());
                }
            }
            List<Issue> next = new ArrayList<>();
            for (Map.Entry<Issue, Long> child :
                    childrenByParentLink(parents, reader).entrySet()) {
                Issue issue = child.getKey();
                if (found.putIfAbsent(issue.getId(), issue) != null) {
                    continue;
                }
                WorkItem item = reader.read(issue, IssueId.of(child.getValue()));
                graph.put(item);
                if (item.isEpic()) {
                    epics.add(issue.getId());
                } else if (!item.isSubtask()) {
                    next.add(issue);
                }
            }
            level = next;
        }
    }

    /**
     * The issues whose Parent Link names one of {@code parents} (by key), each with the id of its parent. The parent of
     * each is read from the field; where the field cannot say, the parents of that query are searched one by one, so
     * the query that found an issue names its parent.
     */
    private Map<Issue, Long> childrenByParentLink(Map<String, Long> parents, WorkItemReader reader) {
        Map<Issue, Long> children = new LinkedHashMap<>();
        for (List<String> chunk : PagedSearch.chunks(new ArrayList<>(parents.keySet()))) {
            List<Issue> found = new ArrayList<>();
            search.forEachIn(chunk, keys -> parentLinkQuery(reader, keys), found::add);
            Map<Issue, Long> named = new LinkedHashMap<>();
            for (Issue issue : found) {
                Long parent = parentNamed(issue, reader, parents);
                if (parent == null && chunk.size() == 1) {
                    parent = parents.get(chunk.get(0));
                }
                if (parent == null) {
                    named = null;
                    break;
                }
                named.put(issue, parent);
            }
            if (named != null) {
                children.putAll(named);
                continue;
            }
            for (String key : chunk) {
                search.forEach(parentLinkQuery(reader, List.of(key)), issue -> children.put(issue, parents.get(key)));
            }
        }
        return children;
    }

    /** The Parent Link children of one item, by key, as the work graph holds them (no epic of their own). */
    WorkChain.Children childrenOf(String key, WorkItemReader reader) {
        if (reader.parentLink() == null) {
            return WorkChain.Children.NONE;
        }
        int[] counts = new int[2];
        search.forEach(parentLinkQuery(reader, List.of(key)), issue -> {
            WorkItem child = reader.read(issue);
            if (child.epicId() == null) {
                counts[0]++;
                counts[1] += child.isSubtask() ? 0 : 1;
            }
        });
        return new WorkChain.Children(counts[0], counts[1]);
    }

    private static Query parentLinkQuery(WorkItemReader reader, List<String> keys) {
        return JqlQueryBuilder.newBuilder()
                .where()
                .customField(reader.parentLink().getIdAsLong())
                .in(keys.toArray(new String[0]))
                .buildQuery();
    }

    /** The id of the parent among {@code parents} that the issue's Parent Link names, or {@code null}. */
    private static Long parentNamed(Issue issue, WorkItemReader reader, Map<String, Long> parents) {
        IssueId read = reader.read(issue).parentLinkId();
        if (read != null && parents.containsValue(read.value())) {
            return read.value();
        }
        String key = reader.parentLinkKey(issue);
        return key == null ? null : parents.get(key);
    }
}
