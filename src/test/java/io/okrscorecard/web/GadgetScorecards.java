package io.okrscorecard.web;

import static io.okrscorecard.core.KeyResults.metric;
import static io.okrscorecard.core.KeyResults.milestone;
import static io.okrscorecard.core.KeyResults.work;
import static io.okrscorecard.core.Objectives.objective;

import io.okrscorecard.app.InMemoryOkr.FakeJira;
import io.okrscorecard.app.SampleOkrs;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.WorkItems;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.rest.ApiFixture;
import java.time.LocalDate;

/**
 * Scorecards for the gadget's browser tests, over the REST API of {@link ApiFixture} (cycle 2026-Q4, today
 * 2026-11-16).
 *
 * <p>{@link #balancedScorecard()}: the sample of {@link SampleOkrs} with readable summaries, plus an objective in every
 * perspective, a strategy map with cause links (learning drives processes drives customers drives finance) and a cause
 * cycle (O-4 and O-5 drive each other), undefined numbers of both kinds (a key result without linked work, an objective
 * without key results), an excluded issue, an objective without a perspective and three weeks of trend. Objectives are
 * owned by {@link io.okrscorecard.core.Objectives#OWNER}, except O-3 ({@link #JIRA_8_OWNER}) and O-9 (no owner):
 *
 * <pre>
 * O-1 customer   Delight our customers     drives O-2   KR-1 WORK (E-1: S-1 done, S-2 in progress, S-3; S-4 done,
 *                                                       shared with KR-3), KR-2 METRIC 10 to 20 NPS points
 * O-2 financial  Grow recurring revenue                 KR-3 WORK (S-4, S-5), KR-4 MILESTONE to do
 * O-3 internal   Shorten the release cycle drives O-1   KR-5 WORK (S-7, S-8 done, S-9 in progress, S-10 Won't Do)
 * O-4 learning   Build platform skills     drives O-3, O-5   KR-6 WORK without work, KR-7 WORK (S-11 done, S-12)
 * O-5 learning   Run a mentoring programme drives O-4   no key results
 * O-9 (none)     Explore a partner channel              KR-8 WORK (S-13 in progress)
 * </pre>
 */
public final class GadgetScorecards {
    /** Summaries that a careless page would run as script or follow as a link. */
    public static final String IMG_PAYLOAD = "<img src=x onerror=window.__xss=1>";

    public static final String SCRIPT_PAYLOAD = "</script><script>window.__xss=2</script>";
    public static final String LINK_PAYLOAD = "javascript:alert(1)";
    /** The owner of O-3: a user created on Jira 8 or later, whose key nobody should read. */
    public static final Person JIRA_8_OWNER = new Person("JIRAUSER10204", "Jonas Berg");

    private GadgetScorecards() {}

    public static ApiFixture balancedScorecard() {
        ApiFixture api = new ApiFixture(GadgetScorecards::balancedScorecard);
        api.recalculateOn(LocalDate.of(2026, 10, 26), jira -> asOnOctober26(jira));
        api.recalculateOn(LocalDate.of(2026, 11, 2), jira -> asOnNovember2(jira));
        api.recalculateOn(LocalDate.of(2026, 11, 9), jira -> asOnNovember9(jira));
        api.recalculateOn(LocalDate.of(2026, 11, 16), GadgetScorecards::workToday);
        return api;
    }

    /** The sample objectives O-1 and O-2 whose summaries are the three payloads. */
    public static ApiFixture hostileSummaries() {
        return new ApiFixture(jira -> jira.objective(objective("O-1")
                        .summary(IMG_PAYLOAD)
                        .ownedBy(new Person("JIRAUSER10300", IMG_PAYLOAD))
                        .in("customer")
                        .drives("O-2")
                        .with(
                                work("KR-1").summary(LINK_PAYLOAD),
                                metric("KR-2").from(10).to(20))
                        .build())
                .objective(objective("O-2")
                        .summary(SCRIPT_PAYLOAD)
                        .ownedBy(new Person("JIRAUSER10301", SCRIPT_PAYLOAD))
                        .in("financial")
                        .with(work("KR-3"), milestone("KR-4", StatusCategory.NEW))
                        .build())
                .objective(objective("O-3")
                        .summary(LINK_PAYLOAD)
                        .in("internal-processes")
                        .drives("O-1")
                        .with(work("KR-5").summary(SCRIPT_PAYLOAD))
                        .build()));
    }

    private static void balancedScorecard(FakeJira jira) {
        jira.objective(objective("O-1")
                        .summary("Delight our customers")
                        .in("customer")
                        .drives("O-2")
                        .with(
                                work("KR-1").summary("Ship the self-service portal"),
                                metric("KR-2")
                                        .summary("Raise NPS")
                                        .from(10)
                                        .to(20)
                                        .unit("points"))
                        .build())
                .objective(objective("O-2")
                        .summary("Grow recurring revenue")
                        .in("financial")
                        .with(
                                work("KR-3").summary("Launch annual plans"),
                                milestone("KR-4", StatusCategory.NEW).summary("Publish the new price list"))
                        .build())
                .objective(objective("O-3")
                        .summary("Shorten the release cycle")
                        .ownedBy(JIRA_8_OWNER)
                        .in("internal-processes")
                        .drives("O-1")
                        .with(work("KR-5").summary("Automate the release pipeline"))
                        .build())
                .objective(objective("O-4")
                        .summary("Build platform skills")
                        .in("learning-growth")
                        .drives("O-3", "O-5")
                        .with(
                                work("KR-6").summary("Certify ten engineers"),
                                work("KR-7").summary("Pair on every release"))
                        .build())
                .objective(objective("O-5")
                        .summary("Run a mentoring programme")
                        .in("learning-growth")
                        .drives("O-4")
                        .build())
                .objective(objective("O-9")
                        .summary("Explore a partner channel")
                        .ownedBy(null)
                        .with(work("KR-8").summary("Sign two pilot partners"))
                        .build());
        jira.link(Ids.keyResult("KR-5"), Ids.issue("S-7"))
                .link(Ids.keyResult("KR-5"), Ids.issue("S-8"))
                .link(Ids.keyResult("KR-5"), Ids.issue("S-9"))
                .link(Ids.keyResult("KR-5"), Ids.issue("S-10"))
                .link(Ids.keyResult("KR-7"), Ids.issue("S-11"))
                .link(Ids.keyResult("KR-7"), Ids.issue("S-12"))
                .link(Ids.keyResult("KR-8"), Ids.issue("S-13"));
        workToday(jira);
    }

    /** The work as it is today (2026-11-16). */
    private static void workToday(FakeJira jira) {
        jira.put(WorkItems.story("S-1").inEpic("E-1").done().build())
                .put(WorkItems.story("S-2").inEpic("E-1").inProgress().build())
                .put(WorkItems.story("S-4").done().build())
                .put(WorkItems.story("S-7").done().build())
                .put(WorkItems.story("S-8").done().build())
                .put(WorkItems.story("S-9").inProgress().build())
                .put(WorkItems.story("S-10").resolved("Won't Do").build())
                .put(WorkItems.story("S-11").done().build())
                .put(WorkItems.story("S-12").build())
                .put(WorkItems.story("S-13").inProgress().build());
    }

    private static void asOnOctober26(FakeJira jira) {
        jira.put(WorkItems.story("S-1").inEpic("E-1").inProgress().build())
                .put(WorkItems.story("S-2").inEpic("E-1").build())
                .put(WorkItems.story("S-4").build())
                .put(WorkItems.story("S-7").inProgress().build())
                .put(WorkItems.story("S-8").build())
                .put(WorkItems.story("S-9").build())
                .put(WorkItems.story("S-10").build())
                .put(WorkItems.story("S-11").build());
    }

    private static void asOnNovember2(FakeJira jira) {
        jira.put(WorkItems.story("S-4").done().build())
                .put(WorkItems.story("S-7").done().build())
                .put(WorkItems.story("S-10").resolved("Won't Do").build());
    }

    private static void asOnNovember9(FakeJira jira) {
        jira.put(WorkItems.story("S-1").inEpic("E-1").done().build())
                .put(WorkItems.story("S-8").done().build())
                .put(WorkItems.story("S-11").done().build());
    }
}
