package io.okrscorecard.core;

import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.Maintain;
import io.okrscorecard.core.keyresult.Measure;
import io.okrscorecard.core.work.StatusCategory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test-data builder: {@code KeyResults.metric("KR-1").from(10).to(8).current(9)}. */
public final class KeyResults {

    private final String key;
    private String summary;
    private double weight = 1.0;
    private Measure measure;
    private double start;
    private double target;
    private double current;
    private String unit = "";
    private Maintain maintain;
    private final List<CheckIn> checkIns = new ArrayList<>();

    private KeyResults(String key, Measure measure) {
        this.key = key;
        this.summary = key;
        this.measure = measure;
    }

    public static KeyResults work(String key) {
        return new KeyResults(key, new Measure.Work());
    }

    public static KeyResults metric(String key) {
        return new KeyResults(key, null);
    }

    public static KeyResults milestone(String key, StatusCategory status) {
        return new KeyResults(key, new Measure.Milestone(status));
    }

    public KeyResults summary(String text) {
        summary = text;
        return this;
    }

    public KeyResults weight(double value) {
        weight = value;
        return this;
    }

    public KeyResults from(double value) {
        start = value;
        current = value;
        return this;
    }

    public KeyResults to(double value) {
        target = value;
        return this;
    }

    public KeyResults current(double value) {
        current = value;
        return this;
    }

    public KeyResults unit(String value) {
        unit = value;
        return this;
    }

    public KeyResults maintain(Maintain direction) {
        maintain = direction;
        return this;
    }

    /** A check-in on day {@code day} of 2026 (day 1 = 1 January). */
    public KeyResults checkIn(int day, Double value, Confidence confidence) {
        checkIns.add(new CheckIn(
                value,
                confidence,
                "",
                "pmo",
                Instant.parse("2026-01-01T12:00:00Z").plusSeconds((day - 1) * 86_400L)));
        return this;
    }

    public KeyResult build() {
        Measure built = measure != null ? measure : new Measure.Metric(start, target, current, unit, maintain);
        return new KeyResult(Ids.keyResult(key), IssueKey.of(key), summary, Weight.of(weight), built, checkIns);
    }
}
