package io.okrscorecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.okrscorecard.core.port.Transactions;
import java.util.function.Supplier;

/**
 * The {@link Transactions} port over {@code ActiveObjects.executeInTransaction}. A transaction opened inside another
 * joins it (as Jira's AO does); {@link #isActive()} tells a repository whether it owns its transaction and may
 * therefore retry it.
 */
public final class ActiveObjectsTransactions implements Transactions {

    private final ActiveObjects ao;
    private final ThreadLocal<Integer> depth = new ThreadLocal<>();

    public ActiveObjectsTransactions(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Integer outer = depth.get();
        depth.set(outer == null ? 1 : outer + 1);
        try {
            return ao.executeInTransaction(work::get);
        } finally {
            if (outer == null) {
                depth.remove();
            } else {
                depth.set(outer);
            }
        }
    }

    /** Whether the calling thread is inside {@link #inTransaction}. */
    boolean isActive() {
        return depth.get() != null;
    }
}
