package io.okrscorecard.core.rollup;

import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.work.WorkItem;
import java.util.List;

/** An item of this key result's work set that is also in the work sets of {@code alsoIn}. */
public record SharedItem(WorkItem item, List<KeyResultId> alsoIn) {

    public SharedItem {
        alsoIn = List.copyOf(alsoIn);
    }
}
