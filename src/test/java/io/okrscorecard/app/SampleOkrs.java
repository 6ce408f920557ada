package io.okrscorecard.app;

import static io.okrscorecard.core.KeyResults.metric;
import static io.okrscorecard.core.KeyResults.milestone;
import static io.okrscorecard.core.KeyResults.work;
import static io.okrscorecard.core.Objectives.objective;

import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ObjectiveId;
import io.okrscorecard.core.WorkItems;
import io.okrscorecard.core.work.StatusCategory;

/**
 * A small OKR model in cycle 2026-Q4 with every kind of key result, an epic, work shared by two key results and a key
 * result that measures no objective:
 *
 * <pre>
 * O-1 (customer):  KR-1 WORK   &lt;- E-1 (epic: S-1 done, S-2 in progress, S-3 to do), S-4 done (shared with KR-3)
 *                  KR-2 METRIC 10 -> 20, current 10
 * O-2 (financial): KR-3 WORK   &lt;- S-4, S-5 to do
 *                  KR-4 MILESTONE, to do
 * (none):          KR-9        &lt;- S-6 done
 * </pre>
 */
public final class SampleOkrs {

    public static final KeyResultId KR_1 = Ids.keyResult("KR-1");
    public static final KeyResultId KR_2 = Ids.keyResult("KR-2");
    public static final KeyResultId KR_3 = Ids.keyResult("KR-3");
    public static final KeyResultId KR_4 = Ids.keyResult("KR-4");
    public static final KeyResultId KR_9 = Ids.keyResult("KR-9");
    public static final ObjectiveId O_1 = Ids.objective("O-1");
    public static final ObjectiveId O_2 = Ids.objective("O-2");

    private SampleOkrs() {}

    public static InMemoryOkr create() {
        InMemoryOkr okr = new InMemoryOkr();
        okr.settings.saveCycle(Fixture.Q4);
        okr.jira
                .objective(objective("O-1")
                        .in("customer")
                        .with(work("KR-1"), metric("KR-2").from(10).to(20))
                        .build())
                .objective(objective("O-2")
                        .in("financial")
                        .with(work("KR-3"), milestone("KR-4", StatusCategory.NEW))
                        .build());
        okr.jira
                .put(WorkItems.epic("E-1").build())
                .put(WorkItems.story("S-1").inEpic("E-1").done().build())
                .put(WorkItems.story("S-2").inEpic("E-1").inProgress().build())
                .put(WorkItems.story("S-3").inEpic("E-1").build())
                .put(WorkItems.story("S-4").done().build())
                .put(WorkItems.story("S-5").build())
                .put(WorkItems.story("S-6").done().build());
        okr.jira
                .link(KR_1, Ids.issue("E-1"))
                .link(KR_1, Ids.issue("S-4"))
                .link(KR_3, Ids.issue("S-4"))
                .link(KR_3, Ids.issue("S-5"))
                .link(KR_9, Ids.issue("S-6"));
        return okr;
    }
}
