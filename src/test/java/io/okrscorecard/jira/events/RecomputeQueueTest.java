package io.okrscorecard.jira.events;

import static org.junit.Assert.assertEquals;

import io.okrscorecard.app.ApplyingIssueChanges.WorkChanges;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class RecomputeQueueTest {

    private static final KeyResultId KR_1 = KeyResultId.of(1);
    private static final KeyResultId KR_2 = KeyResultId.of(2);
    private static final KeyResultId KR_3 = KeyResultId.of(3);

    private final RecomputeQueue queue = new RecomputeQueue(10);

    @Test
    public void changedItemsOfAKeyResultAreCollectedOnce() {
        queue.offer(List.of(), List.of(KR_1, KR_2), issue(100));
        queue.offer(List.of(), List.of(KR_1), issue(101));
        queue.offer(List.of(), List.of(KR_1), issue(100));

        WorkChanges batch = queue.poll(10);

        assertEquals(Set.of(), batch.whole());
        assertEquals(Map.of(KR_1, Set.of(issue(100), issue(101)), KR_2, Set.of(issue(100))), batch.changedItems());
        assertEquals(0, queue.itemCount());
    }

    @Test
    public void aWholeChangeWinsOverChangedItemsWhicheverCameFirst() {
        queue.offer(List.of(), List.of(KR_1), issue(100));
        queue.offer(List.of(KR_1, KR_2));
        queue.offer(List.of(), List.of(KR_2), issue(100));

        WorkChanges batch = queue.poll(10);

        assertEquals(Set.of(KR_1, KR_2), batch.whole());
        assertEquals(Map.of(), batch.changedItems());
        assertEquals(0, queue.itemCount());
    }

    @Test
    public void tooManyChangedItemsForOneKeyResultMakeItWaitWholly() {
        RecomputeQueue big = new RecomputeQueue(10_000);
        for (int i = 0; i <= RecomputeQueue.ITEMS_PER_KEY_RESULT; i++) {
            big.offer(List.of(), List.of(KR_1), issue(i));
        }

        WorkChanges batch = big.poll(10);

        assertEquals(Set.of(KR_1), batch.whole());
        assertEquals(0, big.itemCount());
    }

    @Test
    public void changedItemsBeyondTheQueuesCapacityMakeTheirKeyResultsWaitWholly() {
        RecomputeQueue small = new RecomputeQueue(3);
        small.offer(List.of(), List.of(KR_1), issue(1));
        small.offer(List.of(), List.of(KR_1), issue(2));
        small.offer(List.of(), List.of(KR_2), issue(3));

        small.offer(List.of(), List.of(KR_3), issue(4));
        small.offer(List.of(), List.of(KR_2), issue(5));

        WorkChanges batch = small.poll(10);
        assertEquals(Set.of(KR_2, KR_3), batch.whole());
        assertEquals(Map.of(KR_1, Set.of(issue(1), issue(2))), batch.changedItems());
    }

    @Test
    public void keyResultsThatDoNotFitAreReturnedForTheJournal() {
        RecomputeQueue small = new RecomputeQueue(2);

        List<KeyResultId> overflow = small.offer(List.of(KR_1), List.of(KR_2, KR_3), issue(7));

        assertEquals(List.of(KR_3), overflow);
        assertEquals(2, small.size());
    }

    @Test
    public void batchesTakeTheOldestKeyResultsFirst() {
        queue.offer(List.of(KR_3));
        queue.offer(List.of(), List.of(KR_1), issue(1));
        queue.offer(List.of(KR_2));

        assertEquals(Set.of(KR_3, KR_1), queue.poll(2).keyResults());
        assertEquals(Set.of(KR_2), queue.poll(2).keyResults());
        assertEquals(Set.of(), queue.poll(2).keyResults());
    }

    private static IssueId issue(long id) {
        return IssueId.of(1000 + id);
    }
}
