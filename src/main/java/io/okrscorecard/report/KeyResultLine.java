package io.okrscorecard.report;

import io.okrscorecard.app.ScorecardReading.KeyResultReading;
import io.okrscorecard.core.keyresult.Measure;
import io.okrscorecard.core.progress.StoredProgress;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.work.StatusCategory;

/**
 * The one-line explanation of a key result in the report, from the numbers stored with it (what the gadget says first
 * when a key result is opened, in the gadget's words): issues done of those counted and how they are counted for WORK,
 * start, target and current value for METRIC, done or open for MILESTONE, and why there is no progress when undefined.
 */
final class KeyResultLine {
    private KeyResultLine() {}

    static String of(KeyResultReading reading, ReportTexts texts) {
        String kind =
                texts.text("okr.gadget.kr.kind." + reading.keyResult().kind().name());
        String line = texts.text("okr.gadget.join", kind, measured(reading, texts));
        return reading.checkInDue()
                .map(since ->
                        texts.text("okr.gadget.join", line, texts.text("okr.gadget.kr.check-in-due", texts.day(since))))
                .orElse(line);
    }

    private static String measured(KeyResultReading reading, ReportTexts texts) {
        if (!reading.progress().isDefined()) {
            return texts.text(
                    "okr.gadget.explain.undefined",
                    texts.text("okr.gadget.reason."
                            + reading.progress().undefinedReason().name()));
        }
        Measure measure = reading.keyResult().measure();
        if (measure instanceof Measure.Metric metric) {
            return metric(metric, reading, texts);
        }
        if (measure instanceof Measure.Milestone milestone) {
            return texts.text(
                    milestone.status() == StatusCategory.DONE
                            ? "okr.panel.milestone.done"
                            : "okr.panel.milestone.open");
        }
        return work(reading, texts);
    }

    private static String work(KeyResultReading reading, ReportTexts texts) {
        StoredProgress.WorkCounts counts =
                reading.stored().map(StoredProgress::counts).orElse(StoredProgress.WorkCounts.NONE);
        String done = texts.text("okr.gadget.explain.done.count", counts.done(), counts.counted());
        RollupPolicy policy = reading.stored().map(StoredProgress::policyUsed).orElse(null);
        if (policy == null) {
            return done;
        }
        boolean fellBack = reading.stored().map(StoredProgress::fellBackToCount).orElse(false);
        String how = fellBack && policy != RollupPolicy.COUNT
                ? texts.text("okr.gadget.explain.fell-back." + policy.name())
                : texts.text("okr.gadget.explain.policy." + policy.name());
        return texts.text("okr.gadget.join", done, how);
    }

    private static String metric(Measure.Metric metric, KeyResultReading reading, ReportTexts texts) {
        String current = value(reading.keyResult().currentValue().orElse(metric.current()), metric, texts);
        if (metric.maintain() != null) {
            return texts.text(
                    "okr.gadget.join",
                    texts.text(
                            "okr.gadget.explain.metric.maintain."
                                    + metric.maintain().name(),
                            value(metric.target(), metric, texts)),
                    current);
        }
        return texts.text(
                "okr.gadget.explain.metric.range",
                value(metric.start(), metric, texts),
                value(metric.target(), metric, texts),
                current);
    }

    private static String value(double number, Measure.Metric metric, ReportTexts texts) {
        return metric.unit().isEmpty()
                ? texts.number(number)
                : texts.text("okr.gadget.explain.metric.value", texts.number(number), metric.unit());
    }
}
