package io.okrscorecard.jira.work;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.port.WorkChains;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.core.work.WorkChain;
import io.okrscorecard.core.work.WorkItem;
import io.okrscorecard.jira.issues.HostObjectLookup;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A work item's chain read from Jira: each step upward one search by id ({@link JiraWorkItemSource#items}, the same
 * snapshots the rollup reads), the "contributes to" links of each item of the chain from the {@link IssueLinkManager}
 * (a handful of issues: Jira keeps their links cached), and an epic's children by one paged Epic Link search. Never a
 * key result's work set, so the answer costs the same on an instance with a million linked issues.
 */
public final class JiraWorkChains implements WorkChains {

    private final JiraWorkItemSource items;
    private final IssueLinkManager links;
    private final HostObjectLookup lookup;

    public JiraWorkChains(
            JiraWorkItemSource items,
            IssueLinkManager links,
            HostObjectRegistry registry,
            CustomFieldManager customFields) {
        this.items = items;
        this.links = links;
        this.lookup = new HostObjectLookup(registry, customFields);
    }

    @Override
    public WorkChain chainOf(IssueId issue) {
        Optional<Long> contribution = lookup.linkTypeId(HostObject.CONTRIBUTION_LINK);
        return WorkChain.read(issue, new WorkChain.Reader() {
            @Override
            public Map<IssueId, WorkItem> items(Collection<IssueId> ids) {
                return items.items(ids);
            }

            @Override
            public Map<IssueId, Set<KeyResultId>> contributions(Collection<IssueId> ids) {
                Map<IssueId, Set<KeyResultId>> found = new LinkedHashMap<>();
                if (contribution.isEmpty()) {
                    return found;
                }
                for (IssueId id : ids) {
                    Set<KeyResultId> keyResults = new LinkedHashSet<>();
                    List<IssueLink> outward = links.getOutwardLinks(id.value());
                    if (outward != null) {
                        for (IssueLink link : outward) {
                            Long target = link.getDestinationId();
                            if (contribution.get().equals(link.getLinkTypeId()) && target != null && target > 0) {
                                keyResults.add(KeyResultId.of(target));
                            }
                        }
                    }
                    found.put(id, keyResults);
                }
                return found;
            }

            @Override
            public WorkChain.Children childrenOf(WorkItem container) {
                return items.childrenOf(container);
            }
        });
    }
}
