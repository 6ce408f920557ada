package io.okrscorecard.core.rollup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.work.IssueKind;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.Test;

/**
 * A work set holds its items and columns in chunks of {@value ChunkedColumns#CHUNK} ({@link ChunkedColumns}): a patch
 * for one changed issue ({@link WorkSet#withChanged}) copies one chunk per changed column and shares the rest, and is
 * still, item for item and bit for bit, the work set that a fresh build of the same items gives.
 */
public class ChunkedWorkSetTest {

    private static final int CHUNK = ChunkedColumns.CHUNK;
    private static final int[] SIZES = {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 100_000};
    private static final Double[] POINTS = {null, 0.0, 1.0, 2.0, 3.0, 5.0, 8.0, 0.5, 0.25, 13.0};
    /** Story points whose sums are not exact: a work set that holds one scans again instead of patching. */
    private static final Double[] AWKWARD_POINTS = {0.1, 1.0 / 3};

    private static final Long[] SECONDS = {null, 0L, 3600L, 7200L, 28_800L};
    private static final long FIRST_ID = 10_000;
    private static final KeyResultId KR = KeyResultId.of(1);

    @Test
    public void chunksAreFullExceptTheLastAndHoldTheItemsAndTheirColumnsInIdOrder() {
        Random random = new Random(1);
        for (int size : SIZES) {
            WorkItem[] items = items(size, random).toArray(new WorkItem[0]);
            ChunkedColumns columns = ChunkedColumns.of(items);
            int chunks = (size + CHUNK - 1) / CHUNK;
            assertEquals("size " + size, size, columns.size());
            assertEquals("size " + size, chunks, columns.chunkCount());
            assertEquals("size " + size, chunks, columns.statusChunks().length);
            for (RollupPolicy policy : List.of(RollupPolicy.STORY_POINTS, RollupPolicy.TIME)) {
                assertEquals("size " + size, chunks, columns.estimateChunks(policy).length);
            }
            for (int c = 0; c < chunks; c++) {
                int length = c < chunks - 1 ? CHUNK : size - c * CHUNK;
                assertEquals("size " + size + " chunk " + c, length, columns.itemChunk(c).length);
                assertEquals("size " + size + " chunk " + c, length, columns.statusChunks()[c].length);
                assertEquals(
                        "size " + size + " chunk " + c, length, columns.estimateChunks(RollupPolicy.TIME)[c].length);
            }
            for (int i = 0; i < size; i++) {
                assertSame(items[i], columns.item(i));
                assertEquals(items[i].status().ordinal(), columns.status(i));
                for (RollupPolicy policy : RollupPolicy.values()) {
                    assertEquals(
                            Double.doubleToRawLongBits(estimate(items[i], policy)),
                            Double.doubleToRawLongBits(columns.estimate(policy, i)));
                }
                assertEquals(i, columns.indexOf(items[i].id()));
            }
            assertEquals(Arrays.asList(items), Arrays.asList(columns.toArray()));
        }
    }

    @Test
    public void aPatchAtTheFirstOrLastIndexOfAnyChunkGivesTheSameWorkSetAsAFreshOne() {
        Random random = new Random(2);
        int patches = 0;
        for (int size : SIZES) {
            List<WorkItem> items = items(size, random);
            WorkSet original = WorkSet.ofExpanded(items);
            for (int index : someChunkEnds(size)) {
                WorkItem changed = changed(items.get(index), random, POINTS);
                List<WorkItem> now = new ArrayList<>(items);
                now.set(index, changed);
                WorkSet fresh = WorkSet.ofExpanded(now);
                String where = "size " + size + " index " + index;
                for (RollupPolicy policy : RollupPolicy.values()) {
                    // rolled up under this policy last, so that the patch carries its sums over instead of scanning
                    original.totals(policy);
                    WorkSet patched = original.withChanged(changed);
                    String what = where + " " + policy;
                    assertSame(what + ": carried, not scanned", patched.totals(policy), patched.totals(policy));
                    assertSameTotals(what, fresh.totals(policy), patched.totals(policy));
                    assertSame(what, changed, patched.item(index));
                    patches++;
                }
                assertSameWorkSet(where, fresh, original.withChanged(changed), now);
            }
            // an issue the work set does not hold changes nothing in it
            WorkItem absent = item(FIRST_ID - 1, random, POINTS);
            assertSameWorkSet("size " + size + " absent issue", original, original.withChanged(absent), items);
        }
        // sizes 1, chunk - 1, chunk, chunk + 1, 100,000: 1 + 2 + 2 + 3 + 2 * 5 indexes, each under 3 policies
        assertEquals(3 * (1 + 2 + 2 + 3 + 2 * 5), patches);
    }

    @Test
    public void aPatchLeavesTheWorkSetItWasMadeFromUnchanged() {
        Random random = new Random(3);
        List<WorkItem> items = items(3 * CHUNK + 17, random);
        WorkSet original = WorkSet.ofExpanded(items);
        WorkSet copy = WorkSet.ofExpanded(items);
        ColumnTotals[] before = new ColumnTotals[RollupPolicy.values().length];
        for (RollupPolicy policy : RollupPolicy.values()) {
            before[policy.ordinal()] = original.totals(policy);
        }
        WorkSet patched = original;
        for (int index : chunkEnds(items.size())) {
            patched = patched.withChanged(changed(items.get(index), random, POINTS));
            original.withChanged(changed(items.get(index), random, POINTS));
        }
        assertSameWorkSet("original after patches", copy, original, items);
        for (RollupPolicy policy : RollupPolicy.values()) {
            assertSameTotals("original after patches, " + policy, before[policy.ordinal()], original.totals(policy));
            assertSameTotals("original after patches, " + policy, copy.totals(policy), original.totals(policy));
        }
    }

    @Test
    public void aPatchCopiesOnlyTheChunkOfTheChangedItemAndSharesEveryOtherChunk() {
        Random random = new Random(4);
        List<WorkItem> items = items(100_000, random);
        WorkSet original = WorkSet.ofExpanded(items);
        int index = 5 * CHUNK + 321;
        WorkItem before = items.get(index);
        WorkItem changed = withStatus(before, next(before.status()));
        ChunkedColumns old = original.columns();
        ChunkedColumns patched = original.withChanged(changed).columns();
        for (int c = 0; c < old.chunkCount(); c++) {
            if (c == 5) {
                assertNotSame(old.itemChunk(c), patched.itemChunk(c));
                assertNotSame(old.statusChunks()[c], patched.statusChunks()[c]);
            } else {
                assertSame("chunk " + c, old.itemChunk(c), patched.itemChunk(c));
                assertSame("chunk " + c, old.statusChunks()[c], patched.statusChunks()[c]);
            }
        }
        // the estimates kept their values: those columns are shared whole
        assertSame(old.estimateChunks(RollupPolicy.STORY_POINTS), patched.estimateChunks(RollupPolicy.STORY_POINTS));
        assertSame(old.estimateChunks(RollupPolicy.TIME), patched.estimateChunks(RollupPolicy.TIME));
    }

    @Test
    public void aPatchOfAnEstimateAloneSharesTheStatusColumnWhole() {
        Random random = new Random(5);
        List<WorkItem> items = items(2 * CHUNK + 1, random);
        WorkSet original = WorkSet.ofExpanded(items);
        int index = 2 * CHUNK;
        WorkItem before = items.get(index);
        WorkItem changed = new WorkItem(
                before.id(),
                before.key(),
                before.kind(),
                before.status(),
                before.resolution(),
                before.storyPoints() == null ? 21.0 : before.storyPoints() + 1,
                before.originalEstimateSeconds(),
                before.epicId(),
                before.parentId());
        ChunkedColumns old = original.columns();
        ChunkedColumns patched = original.withChanged(changed).columns();
        assertSame(old.statusChunks(), patched.statusChunks());
        assertSame(old.estimateChunks(RollupPolicy.TIME), patched.estimateChunks(RollupPolicy.TIME));
        double[][] points = patched.estimateChunks(RollupPolicy.STORY_POINTS);
        assertNotSame(old.estimateChunks(RollupPolicy.STORY_POINTS), points);
        assertSame(old.estimateChunks(RollupPolicy.STORY_POINTS)[0], points[0]);
        assertSame(old.estimateChunks(RollupPolicy.STORY_POINTS)[1], points[1]);
        assertEquals(changed.storyPoints(), points[2][0], 0);
    }

    @Test
    public void aChangeOfAnIssueSetAsideSharesAllColumnsOfTheCountedOnes() {
        Random random = new Random(6);
        WorkGraph graph = new WorkGraph();
        List<WorkItem> items = items(CHUNK + 5, random);
        for (WorkItem item : items) {
            graph.put(item);
            graph.link(KR, item.id());
        }
        WorkItem wontDo = new WorkItem(
                IssueId.of(FIRST_ID + items.size()),
                IssueKey.of("A-" + (FIRST_ID + items.size())),
                IssueKind.STANDARD,
                StatusCategory.DONE,
                "Won't Do",
                3.0,
                null,
                null,
                null);
        graph.put(wontDo);
        graph.link(KR, wontDo.id());
        WorkSet original = WorkSet.expand(KR, graph, RollupSettings.defaults());
        WorkItem changed = withStatus(wontDo, StatusCategory.NEW);
        WorkSet patched = original.withChanged(changed);
        assertSame(original.columns(), patched.columns());
        assertTrue(patched.excluded().contains(changed));
        assertFalse(original.excluded().contains(changed));
        graph.put(changed);
        assertEquals(WorkSet.expand(KR, graph, RollupSettings.defaults()), patched);
    }

    /**
     * A random sequence of changes on a large work set of epics' stories, stories linked directly and stories set
     * aside for their resolution, with rollups under random policies in between (so that different sums are carried
     * at each step), and now and then an estimate whose sums are not exact for a while (the sums are taken again until
     * it is gone, then patched again): after each step the patched work set
     * equals the work set expanded afresh from the changed graph, in items, membership and totals under every policy.
     */
    @Test
    public void randomChangesOfALargeWorkSetEqualAFreshlyExpandedWorkSetAfterEveryStep() {
        Random random = new Random(7);
        WorkGraph graph = new WorkGraph();
        List<WorkItem> all = new ArrayList<>();
        long id = FIRST_ID;
        for (int e = 0; e < 40; e++) {
            WorkItem epic = new WorkItem(
                    IssueId.of(id++),
                    IssueKey.of("E-" + (e + 1)),
                    IssueKind.EPIC,
                    StatusCategory.NEW,
                    null,
                    null,
                    null,
                    null,
                    null);
            graph.put(epic);
            graph.link(KR, epic.id());
            for (int s = 0; s < 200 + random.nextInt(200); s++) {
                all.add(item(id++, random, POINTS, epic.id()));
            }
        }
        for (int s = 0; s < 1_500; s++) {
            WorkItem story = item(id++, random, POINTS, null);
            all.add(story);
            graph.link(KR, story.id());
        }
        // linked directly and as an epic's child alike, in no id order
        Collections.shuffle(all, random);
        all.forEach(graph::put);
        RollupSettings defaults = RollupSettings.defaults();
        WorkSet patched = WorkSet.expand(KR, graph, defaults);
        assertTrue(patched.size() > 8 * CHUNK);
        int awkward = 0;
        for (int step = 0; step < 400; step++) {
            String what = "step " + step;
            RollupPolicy rolledUp = RollupPolicy.values()[random.nextInt(3)];
            WorkRollup.explain(patched, defaults.withPolicy(rolledUp).withInProgressCredit(0.5), List.of());
            int at = random.nextInt(all.size());
            Double[] points = POINTS;
            if (step % 50 == 10) {
                awkward = at;
                points = AWKWARD_POINTS;
            } else if (step % 50 == 30) {
                at = awkward;
            }
            WorkItem changed = changed(all.get(at), random, points);
            all.set(at, changed);
            graph.put(changed);
            patched = patched.withChanged(changed);
            WorkSet fresh = WorkSet.expand(KR, graph, defaults);

            assertEquals(what, fresh, patched);
            assertEquals(what, fresh.hashCode(), patched.hashCode());
            assertEquals(what, fresh.items(), patched.items());
            assertEquals(what, fresh.excluded(), patched.excluded());
            for (StatusCategory category : StatusCategory.values()) {
                assertEquals(what, fresh.items(category), patched.items(category));
            }
            assertEquals(what, fresh.membershipOf(changed.id()), patched.membershipOf(changed.id()));
            for (int probe = 0; probe < 20; probe++) {
                IssueId issue = IssueId.of(FIRST_ID - 5 + random.nextInt((int) (id - FIRST_ID) + 10));
                assertEquals(what + " " + issue, fresh.membershipOf(issue), patched.membershipOf(issue));
            }
            List<RollupPolicy> policies = new ArrayList<>(List.of(RollupPolicy.values()));
            Collections.shuffle(policies, random);
            for (RollupPolicy policy : policies) {
                assertSameTotals(what + " " + policy, fresh.totals(policy), patched.totals(policy));
            }
            RollupSettings settings = defaults.withPolicy(rolledUp).withInProgressCredit(0.5);
            assertEquals(
                    what,
                    WorkRollup.explain(fresh, settings, List.of()),
                    WorkRollup.explain(patched, settings, List.of()));
        }
    }

    private static void assertSameWorkSet(String what, WorkSet expected, WorkSet actual, List<WorkItem> items) {
        assertEquals(what, expected, actual);
        assertEquals(what, expected.hashCode(), actual.hashCode());
        assertEquals(what, expected.size(), actual.size());
        assertEquals(what, expected.isEmpty(), actual.isEmpty());
        assertEquals(what, items, actual.items());
        for (int i : chunkEnds(items.size())) {
            assertEquals(what, items.get(i), actual.item(i));
            IssueId id = items.get(i).id();
            assertEquals(what, WorkSet.Membership.COUNTED, actual.membershipOf(id));
            assertEquals(what, WorkSet.Membership.NONE, actual.membershipOf(IssueId.of(id.value() + 1_000_000)));
        }
        for (StatusCategory category : StatusCategory.values()) {
            assertEquals(what, expected.items(category), actual.items(category));
        }
    }

    private static void assertSameTotals(String what, ColumnTotals expected, ColumnTotals actual) {
        for (StatusCategory category : StatusCategory.values()) {
            int c = category.ordinal();
            assertEquals(what + " count " + category, expected.count(c), actual.count(c));
            assertEquals(what + " estimated " + category, expected.estimated(c), actual.estimated(c));
            assertEquals(
                    what + " sum " + category,
                    Double.doubleToRawLongBits(expected.sum(c)),
                    Double.doubleToRawLongBits(actual.sum(c)));
        }
    }

    /** The first and the last index of each chunk of a work set of this size, in order, each once. */
    /**
     * {@link #chunkEnds} of the first two, the middle and the last two chunks (the last one partial unless the size is
     * a multiple of the chunk), so that a work set of 100,000 items is built afresh a few times only.
     */
    private static List<Integer> someChunkEnds(int size) {
        int chunks = (size + CHUNK - 1) / CHUNK;
        List<Integer> some = new ArrayList<>();
        for (int index : chunkEnds(size)) {
            int chunk = index / CHUNK;
            if (chunk < 2 || chunk == chunks / 2 || chunk >= chunks - 2) {
                some.add(index);
            }
        }
        return some;
    }

    private static List<Integer> chunkEnds(int size) {
        List<Integer> ends = new ArrayList<>();
        for (int first = 0; first < size; first += CHUNK) {
            ends.add(first);
            int last = Math.min(size, first + CHUNK) - 1;
            if (last != first) {
                ends.add(last);
            }
        }
        return ends;
    }

    private static List<WorkItem> items(int size, Random random) {
        List<WorkItem> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(item(FIRST_ID + i, random, POINTS));
        }
        return items;
    }

    private static WorkItem item(long id, Random random, Double[] points) {
        return item(id, random, points, null);
    }

    /** A story; one in ten is resolved "Won't Do", which the default settings set aside. */
    private static WorkItem item(long id, Random random, Double[] points, IssueId epic) {
        return new WorkItem(
                IssueId.of(id),
                IssueKey.of("A-" + id),
                IssueKind.STANDARD,
                StatusCategory.values()[random.nextInt(3)],
                random.nextInt(10) == 0 ? "Won't Do" : null,
                points[random.nextInt(points.length)],
                SECONDS[random.nextInt(SECONDS.length)],
                epic,
                null);
    }

    /** The same issue in the same place (same kind, epic and resolution) with a new status and new estimates. */
    private static WorkItem changed(WorkItem item, Random random, Double[] points) {
        return new WorkItem(
                item.id(),
                item.key(),
                item.kind(),
                StatusCategory.values()[random.nextInt(3)],
                item.resolution(),
                points[random.nextInt(points.length)],
                SECONDS[random.nextInt(SECONDS.length)],
                item.epicId(),
                item.parentId());
    }

    private static WorkItem withStatus(WorkItem item, StatusCategory status) {
        return new WorkItem(
                item.id(),
                item.key(),
                item.kind(),
                status,
                item.resolution(),
                item.storyPoints(),
                item.originalEstimateSeconds(),
                item.epicId(),
                item.parentId());
    }

    private static StatusCategory next(StatusCategory status) {
        return StatusCategory.values()[(status.ordinal() + 1) % 3];
    }

    /** As the column holds it: NaN where unestimated, and always under COUNT. */
    private static double estimate(WorkItem item, RollupPolicy policy) {
        Number value =
                switch (policy) {
                    case COUNT -> null;
                    case STORY_POINTS -> item.storyPoints();
                    case TIME -> item.originalEstimateSeconds();
                };
        return value == null ? Double.NaN : value.doubleValue();
    }
}
