package io.okrscorecard.core.port;

import io.okrscorecard.core.progress.ProgressSubject;
import java.util.Set;

/**
 * A conditional write found that another writer had stored a newer version of some of its subjects since the versions
 * it was given were observed. Nothing was written: the writer's data may be older than the stored rows, so it must be
 * computed again from fresh reads rather than written anyway.
 */
public final class VersionConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Set<ProgressSubject> moved;

    /** @param moved the subjects whose stored version is no longer the expected one (never empty) */
    public VersionConflictException(Set<ProgressSubject> moved, String message) {
        super(message, null, false, false);
        this.moved = Set.copyOf(moved);
        if (this.moved.isEmpty()) {
            throw new IllegalArgumentException("a version conflict names at least one subject");
        }
    }

    public Set<ProgressSubject> moved() {
        return moved;
    }
}
