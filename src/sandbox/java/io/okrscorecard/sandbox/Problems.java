package io.okrscorecard.sandbox;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one import; the import throws them together at the end of each stage. */
final class Problems {

    private final List<ImportException.Problem> kept = new ArrayList<>();
    private int total;

    void add(String file, String issueKey, String field, String message) {
        total++;
        if (kept.size() < ImportException.LIMIT) {
            kept.add(new ImportException.Problem(file, issueKey, field, message));
        }
    }

    boolean isEmpty() {
        return total == 0;
    }

    /** Ends the import when anything was found: later stages would only report consequences. */
    void throwIfAny() {
        if (total > 0) {
            throw new ImportException(kept, total);
        }
    }
}
