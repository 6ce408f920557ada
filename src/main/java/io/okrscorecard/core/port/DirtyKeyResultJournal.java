package io.okrscorecard.core.port;

import io.okrscorecard.core.KeyResultId;
import java.util.Collection;
import java.util.List;

/**
 * Key results whose materialised progress may be stale: written when the in-memory recompute queue is full (or a
 * recompute failed), drained by the reconciliation job on whichever node runs it.
 */
public interface DirtyKeyResultJournal {

    /** One journal row; a key result marked again while it is being drained gets a new row and is not lost. */
    record Entry(long id, KeyResultId keyResult) {}

    void mark(Collection<KeyResultId> keyResults);

    /** Up to {@code max} rows, oldest first. */
    List<Entry> oldest(int max);

    /** Removes exactly these rows (after their key results were recomputed). */
    void remove(Collection<Entry> entries);

    int size();
}
