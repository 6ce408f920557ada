package io.okrscorecard.core.work;

import io.okrscorecard.core.ValidationException;

/** Jira's status category: the only part of a workflow status the rollup looks at. */
public enum StatusCategory {
    NEW("new"),
    INDETERMINATE("indeterminate"),
    DONE("done");

    private final String key;

    StatusCategory(String key) {
        this.key = key;
    }

    /** Jira's status category key. */
    public String key() {
        return key;
    }

    public static StatusCategory fromKey(String key) {
        for (StatusCategory category : values()) {
            if (category.key.equals(key)) {
                return category;
            }
        }
        throw new ValidationException(
                "statusCategory", "unknown status category '" + key + "', expected one of new, indeterminate, done");
    }
}
