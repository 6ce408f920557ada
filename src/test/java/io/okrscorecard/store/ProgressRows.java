package io.okrscorecard.store;

import io.okrscorecard.core.progress.ProgressSubject;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.progress.StoredProgress.WorkCounts;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.rollup.UndefinedReason;
import java.time.Instant;

/** Test-data builder of materialised progress rows: {@code ProgressRows.keyResult(101).progress(0.4).at(T0)}. */
final class ProgressRows {

    static final Instant T0 = Instant.parse("2026-10-01T09:00:00Z");

    private final ProgressSubject subject;
    private Progress progress = Progress.of(0.5);
    private double attainment = 0.5;
    private WorkCounts counts = new WorkCounts(1, 0, 1, 0, 0);
    private RollupPolicy policy = RollupPolicy.COUNT;
    private boolean fellBack;
    private Instant computedAt = T0;

    private ProgressRows(ProgressSubject subject) {
        this.subject = subject;
    }

    static ProgressRows keyResult(long issueId) {
        return new ProgressRows(new ProgressSubject(ProgressSubject.Kind.KEY_RESULT, issueId));
    }

    static ProgressRows objective(long issueId) {
        return new ProgressRows(new ProgressSubject(ProgressSubject.Kind.OBJECTIVE, issueId)).policy(null);
    }

    ProgressRows progress(double value) {
        progress = Progress.of(value);
        attainment = value;
        return this;
    }

    ProgressRows attainment(double value) {
        attainment = value;
        return this;
    }

    ProgressRows undefined(UndefinedReason reason) {
        progress = Progress.undefined(reason);
        attainment = Double.NaN;
        return this;
    }

    ProgressRows counts(int todo, int inProgress, int done, int excluded, int shared) {
        counts = new WorkCounts(todo, inProgress, done, excluded, shared);
        return this;
    }

    ProgressRows policy(RollupPolicy used) {
        policy = used;
        return this;
    }

    ProgressRows fellBackToCount() {
        fellBack = true;
        return this;
    }

    ProgressRows at(Instant when) {
        computedAt = when;
        return this;
    }

    ProgressRows secondsAfterT0(long seconds) {
        return at(T0.plusSeconds(seconds));
    }

    StoredProgress build() {
        return new StoredProgress(subject, progress, attainment, counts, policy, fellBack, computedAt, 0);
    }
}
