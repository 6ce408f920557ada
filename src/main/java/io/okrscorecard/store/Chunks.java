package io.okrscorecard.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Splits id lists for {@code IN (...)} clauses: Oracle rejects more than 1,000 expressions in one list, and one
 * statement per 1,000 ids keeps reads of a whole scorecard at O(1) statements.
 */
final class Chunks {

    static final int MAX_IN = 1000;

    private Chunks() {}

    static <T> List<List<T>> of(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MAX_IN) {
            chunks.add(all.subList(from, Math.min(all.size(), from + MAX_IN)));
        }
        return chunks;
    }

    /** {@code COLUMN IN (?,?,?)} with one placeholder per value. */
    static String in(String column, int count) {
        if (count < 1 || count > MAX_IN) {
            throw new IllegalArgumentException("an IN list takes 1 to " + MAX_IN + " values, was " + count);
        }
        StringBuilder clause = new StringBuilder(column.length() + 6 + 2 * count);
        clause.append(column).append(" IN (");
        for (int i = 0; i < count; i++) {
            clause.append(i == 0 ? "?" : ",?");
        }
        return clause.append(')').toString();
    }
}
