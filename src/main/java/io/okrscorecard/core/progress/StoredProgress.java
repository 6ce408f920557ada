package io.okrscorecard.core.progress;

import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.rollup.UndefinedReason;
import io.okrscorecard.core.rollup.WorkExplanation;
import io.okrscorecard.core.scoring.KeyResultScore;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.work.StatusCategory;
import java.time.Instant;

/**
 * The materialised progress of one key result or objective, as dashboards read it without recomputing: the number,
 * the counts that explain it, when it was computed and the row version for optimistic concurrency.
 *
 * @param attainment raw metric attainment (may leave [0, 1]); equals the progress value for other kinds, NaN when
 *     undefined
 * @param policyUsed the rollup policy applied to a WORK key result, else {@code null}
 * @param version 0 for a row not yet stored; the store increments it on every write
 */
public record StoredProgress(
        ProgressSubject subject,
        Progress progress,
        double attainment,
        WorkCounts counts,
        RollupPolicy policyUsed,
        boolean fellBackToCount,
        Instant computedAt,
        long version) {

    /** Item counts of a WORK key result by status category, plus excluded and shared items; zero otherwise. */
    public record WorkCounts(int todo, int inProgress, int done, int excluded, int shared) {
        public static final WorkCounts NONE = new WorkCounts(0, 0, 0, 0, 0);

        public WorkCounts {
            if (todo < 0 || inProgress < 0 || done < 0 || excluded < 0 || shared < 0) {
                throw new ValidationException("counts", "counts cannot be negative");
            }
        }

        public int counted() {
            return todo + inProgress + done;
        }
    }

    public StoredProgress {
        ValidationException.requireValue(subject, "subject");
        ValidationException.requireValue(progress, "progress");
        ValidationException.requireValue(counts, "counts");
        ValidationException.requireValue(computedAt, "computedAt");
        if (progress.isDefined()) {
            ValidationException.requireFinite(attainment, "attainment");
        } else {
            attainment = Double.NaN;
        }
        if (version < 0) {
            throw new ValidationException("version", "cannot be negative");
        }
    }

    public static StoredProgress of(KeyResultScore score, Instant computedAt) {
        WorkCounts counts = WorkCounts.NONE;
        RollupPolicy policy = null;
        boolean fellBack = false;
        if (score.explanation() instanceof WorkExplanation work) {
            counts = new WorkCounts(
                    work.total(StatusCategory.NEW).count(),
                    work.total(StatusCategory.INDETERMINATE).count(),
                    work.total(StatusCategory.DONE).count(),
                    work.excluded().size(),
                    work.shared().size());
            policy = work.policyUsed();
            fellBack = work.fellBackToCount();
        }
        return new StoredProgress(
                ProgressSubject.of(score.id()),
                score.progress(),
                score.attainment(),
                counts,
                policy,
                fellBack,
                computedAt,
                0);
    }

    /**
     * An objective's row: the progress of its own key results. Supporting objectives contribute when the row is read
     * ({@link io.okrscorecard.core.scoring.Cascading#over}), so that a change to one objective never rewrites the rows
     * of the objectives it supports.
     */
    public static StoredProgress of(ObjectiveScore score, Instant computedAt) {
        Progress progress = score.cascaded().own();
        return new StoredProgress(
                ProgressSubject.of(score.id()),
                progress,
                progress.isDefined() ? progress.value() : Double.NaN,
                WorkCounts.NONE,
                null,
                false,
                computedAt,
                0);
    }

    public UndefinedReason undefinedReason() {
        return progress.undefinedReason();
    }

    public StoredProgress withVersion(long newVersion) {
        return new StoredProgress(
                subject, progress, attainment, counts, policyUsed, fellBackToCount, computedAt, newVersion);
    }
}
