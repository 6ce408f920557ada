package io.okrscorecard.web;

import io.okrscorecard.app.InMemoryOkr;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.core.work.WorkItem;
import io.okrscorecard.sandbox.web.IssuePage;
import java.util.Optional;
import java.util.Set;

/**
 * The issues of an {@link InMemoryOkr} as the stand-in issue view shows them: objectives and key results with their
 * summaries, of the issue types recorded as Objective and Key Result, and work items as stories. Keys in {@code
 * extraKeyResults} are key results that measure no objective (Jira still knows their type).
 */
final class FixtureIssues implements IssuePage.Issues {
    static final String OBJECTIVE_TYPE = "10100";
    static final String KEY_RESULT_TYPE = "10101";
    static final String STORY_TYPE = "10001";

    private final InMemoryOkr okr;
    private final Set<String> extraKeyResults;

    FixtureIssues(InMemoryOkr okr, String... extraKeyResults) {
        this.okr = okr;
        this.extraKeyResults = Set.of(extraKeyResults);
    }

    /** Records the two issue types as the bootstrap does, so the panel's condition recognises them. */
    static void recordIssueTypes(HostObjectRegistry registry) {
        registry.record(HostObject.OBJECTIVE_ISSUE_TYPE, OBJECTIVE_TYPE);
        registry.record(HostObject.KEY_RESULT_ISSUE_TYPE, KEY_RESULT_TYPE);
    }

    @Override
    public Optional<IssuePage.IssueView> find(String key) {
        for (Objective objective : okr.jira.objectives()) {
            if (objective.key().value().equals(key)) {
                return Optional.of(
                        view(key, objective.summary(), OBJECTIVE_TYPE, "Objective", StatusCategory.INDETERMINATE));
            }
            for (KeyResult keyResult : objective.keyResults()) {
                if (keyResult.key().value().equals(key)) {
                    return Optional.of(view(
                            key, keyResult.summary(), KEY_RESULT_TYPE, "Key Result", StatusCategory.INDETERMINATE));
                }
            }
        }
        if (extraKeyResults.contains(key)) {
            return Optional.of(view(key, key, KEY_RESULT_TYPE, "Key Result", StatusCategory.NEW));
        }
        WorkItem item = okr.jira.withGraph(graph -> graph.item(Ids.issue(key)));
        return item == null
                ? Optional.empty()
                : Optional.of(view(key, "Story " + key, STORY_TYPE, "Story", item.status()));
    }

    private static IssuePage.IssueView view(
            String key, String summary, String typeId, String typeName, StatusCategory status) {
        String statusName =
                switch (status) {
                    case NEW -> "To Do";
                    case INDETERMINATE -> "In Progress";
                    case DONE -> "Done";
                };
        return new IssuePage.IssueView(key, summary, typeId, typeName, statusName, status.key());
    }
}
