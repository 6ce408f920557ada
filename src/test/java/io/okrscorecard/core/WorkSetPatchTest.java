package io.okrscorecard.core;

import static org.junit.Assert.assertEquals;

import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.rollup.WorkRollup;
import io.okrscorecard.core.rollup.WorkSet;
import io.okrscorecard.core.work.IssueKind;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.core.work.WorkItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.Test;

/**
 * A work set patched item by item ({@link WorkSet#withChanged}) rolls up exactly, bit for bit, as a work set built
 * afresh from the same items, also when its sums cannot be patched exactly (estimates such as 0.1, or totals beyond
 * 2^43) and have to be taken again.
 */
public class WorkSetPatchTest {

    private static final Double[] POINTS = {null, 0.0, 1.0, 2.0, 3.0, 5.0, 8.0, 0.5, 0.25, 13.0};
    private static final Double[] AWKWARD_POINTS = {null, 0.1, 1.0 / 3, 2.0, 1e13, 0.5};
    private static final Long[] SECONDS = {null, 0L, 3600L, 7200L, 28_800L, 1L << 50};

    @Test
    public void aPatchedWorkSetRollsUpBitForBitAsAFreshOne() {
        int compared = 0;
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            Double[] points = seed % 3 == 0 ? AWKWARD_POINTS : POINTS;
            List<WorkItem> items = new ArrayList<>();
            int size = 1 + random.nextInt(200);
            for (int i = 0; i < size; i++) {
                items.add(item(i, random, points));
            }
            WorkSet patched = WorkSet.ofExpanded(items);
            for (RollupPolicy policy : RollupPolicy.values()) {
                WorkRollup.explain(patched, settings(policy), List.of());
            }
            for (int change = 0; change < 40; change++) {
                int index = random.nextInt(size);
                WorkItem changed = item(index, random, points);
                items.set(index, changed);
                patched = patched.withChanged(changed);
                WorkSet fresh = WorkSet.ofExpanded(items);
                for (RollupPolicy policy : RollupPolicy.values()) {
                    assertEquals(
                            "seed " + seed + " change " + change + " " + policy,
                            WorkRollup.explain(fresh, settings(policy), List.of()),
                            WorkRollup.explain(patched, settings(policy), List.of()));
                    compared++;
                }
            }
        }
        assertEquals(300 * 40 * 3, compared);
    }

    private static RollupSettings settings(RollupPolicy policy) {
        return RollupSettings.defaults().withPolicy(policy).withInProgressCredit(0.5);
    }

    private static WorkItem item(int index, Random random, Double[] points) {
        long id = 1000 + index;
        return new WorkItem(
                IssueId.of(id),
                IssueKey.of("A-" + id),
                IssueKind.STANDARD,
                StatusCategory.values()[random.nextInt(3)],
                null,
                points[random.nextInt(points.length)],
                SECONDS[random.nextInt(SECONDS.length)],
                null,
                null);
    }
}
