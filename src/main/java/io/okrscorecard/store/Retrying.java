package io.okrscorecard.store;

import io.okrscorecard.core.port.ConcurrentUpdateException;
import java.util.function.Supplier;

/**
 * Runs a write that may lose a race with a concurrent writer. A lost attempt rolls back and, when the write owns its
 * transaction, runs again from its reads; after the last attempt, or at once inside a caller's transaction (which a
 * failed statement has spoilt on some databases), it fails with {@link ConcurrentUpdateException}.
 */
final class Retrying {

    private static final long BACKOFF_MILLIS = 5;

    private Retrying() {}

    static <T> T write(ActiveObjectsTransactions transactions, int attempts, String subject, Supplier<T> work) {
        int allowed = transactions.isActive() ? 1 : attempts;
        RuntimeException lastConflict = null;
        for (int attempt = 1; attempt <= allowed; attempt++) {
            try {
                return transactions.inTransaction(work);
            } catch (RuntimeException failure) {
                if (!WriteConflicts.isConflict(failure)) {
                    throw failure;
                }
                lastConflict = failure;
                pause(attempt);
            }
        }
        throw new ConcurrentUpdateException(
                subject,
                subject + " was changed by a concurrent writer; gave up after " + allowed + " attempt(s): "
                        + lastConflict.getMessage());
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(BACKOFF_MILLIS * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
