package io.okrscorecard.app;

import static io.okrscorecard.app.SampleOkrs.KR_1;
import static org.junit.Assert.assertEquals;

import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.Person;
import io.okrscorecard.core.WorkItems;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.store.H2Store;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.After;
import org.junit.Test;

/**
 * The work-set index of a closed cycle stays as it was when the cycle was closed (ADR 0018, ADR 0021): neither the
 * full recalculation nor a recalculation of one of its key results rewrites it, whatever happens in Jira. On H2.
 */
public class ClosedCycleWorkSetsTest {
    private final InMemoryOkr okr = SampleOkrs.create();
    private final H2Store store = H2Store.fresh("closed-work-sets");
    private final MutableClock clock = new MutableClock(Fixture.MID_Q4.instant());
    private final RecalculatingProgress recalculating;

    public ClosedCycleWorkSetsTest() {
        store.settings.saveCycle(new Cycle(Fixture.Q4.id(), "Q4 2026", Fixture.Q4.start(), LocalDate.of(2026, 11, 15)));
        recalculating = new RecalculatingProgress(
                okr.jira,
                okr.jira,
                store.settings,
                store.progress,
                store.snapshots,
                store.journal,
                store.transactions,
                clock,
                store.workSets);
        recalculating.recalculateAll(null);
    }

    @After
    public void closeStore() {
        store.close();
    }

    @Test
    public void aClosedCyclesWorkSetsAreNotRewritten() {
        Set<IssueId> atClosing = ids("S-1", "S-2", "S-3", "S-4");
        assertEquals(atClosing, store.workSets.workOf(List.of(KR_1), true));
        AccessControl administrator = new JiraAdministrator();
        new ClosingCycles(
                        new Reviewers(administrator, store.settings),
                        administrator,
                        store.settings,
                        store.cycleReviews,
                        okr.jira,
                        store.progress,
                        Person::unknown,
                        clock)
                .close(Fixture.Q4.id(), "reviewed");

        okr.jira.put(WorkItems.story("S-8").build()).link(KR_1, Ids.issue("S-8"));
        okr.jira.put(WorkItems.story("S-4").resolved("Won't Do").build());
        recalculating.recalculateAll(null);
        recalculating.recalculate(List.of(KR_1));

        assertEquals(atClosing, store.workSets.workOf(List.of(KR_1), true));
        assertEquals(atClosing, store.workSets.workOf(List.of(KR_1), false));
    }

    private static Set<IssueId> ids(String... keys) {
        Set<IssueId> ids = new TreeSet<>();
        for (String key : keys) {
            ids.add(Ids.issue(key));
        }
        return ids;
    }
}
