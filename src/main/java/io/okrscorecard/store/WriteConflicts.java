package io.okrscorecard.store;

import java.sql.SQLException;

/**
 * Recognises a write that lost a race with a concurrent writer: a unique-constraint violation (SQLState class 23 on
 * every database AO supports), a serialization failure or deadlock (class 40), H2's lock timeout (HYT00), or H2's
 * "concurrent update" of a row that another transaction changed or deleted first (90131).
 */
final class WriteConflicts {

    private WriteConflicts() {}

    static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StaleRead) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    String state = next.getSQLState();
                    if (state != null
                            && (state.startsWith("23")
                                    || state.startsWith("40")
                                    || state.equals("HYT00")
                                    || state.equals("90131"))) {
                        return true;
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** Thrown inside a transaction when a re-read shows that another writer got there first; rolls it back. */
    static final class StaleRead extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StaleRead(String message) {
            super(message, null, false, false);
        }
    }
}
