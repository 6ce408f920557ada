package io.okrscorecard.app;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.keyresult.Confidence;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.keyresult.KeyResultKind;
import io.okrscorecard.core.keyresult.MeasuredBy;
import io.okrscorecard.core.measure.MeasureDefinition;
import io.okrscorecard.core.measure.MeasureFailedException;
import io.okrscorecard.core.measure.MeasureRun;
import io.okrscorecard.core.measure.MeasuredIssue;
import io.okrscorecard.core.measure.Measurement;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.port.JiraMeasures;
import io.okrscorecard.core.port.KeyResultMeasures;
import io.okrscorecard.core.port.ObjectiveSource;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates key results' Jira measures as the admin's technical user: the search through the {@link JiraMeasures}
 * port within a time budget per key result, the {@link Measurement}, and the run stored with, for a value, a system
 * check-in (ADR 0022). Run by the nightly job for every measure of an open cycle and by "measure now" for one key
 * result. A closed cycle is never measured (ADR 0018). A failure is stored as the run, never as a value.
 */
public final class MeasuringKeyResults {
    private static final Logger LOG = LoggerFactory.getLogger(MeasuringKeyResults.class);

    /** The default time budget of one key result's search. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);

    static final String NO_TECHNICAL_USER =
            "no technical user is configured: a Jira administrator chooses the user measures run as on the OKR"
                    + " Scorecard admin page";

    /**
     * What one evaluation did.
     *
     * @param stored false when another evaluation of the same key result stored the same run number first (its result
     *     stands; nothing more was written)
     */
    public record Evaluation(KeyResultId keyResult, MeasureRun run, boolean stored) {}

    /** What the nightly run did: runs by outcome and the measures left alone (closed cycle, key result gone). */
    public record Summary(int measured, int undefined, int failed, int skipped) {}

    private final KeyResultMeasures measures;
    private final JiraMeasures jira;
    private final ObjectiveSource objectives;
    private final ScorecardSettingsRepository settings;
    private final RecalculatingProgress recalculating;
    private final Clock clock;
    private final Duration budget;

    public MeasuringKeyResults(
            KeyResultMeasures measures,
            JiraMeasures jira,
            ObjectiveSource objectives,
            ScorecardSettingsRepository settings,
            RecalculatingProgress recalculating,
            Clock clock,
            Duration budget) {
        this.measures = measures;
        this.jira = jira;
        this.objectives = objectives;
        this.settings = settings;
        this.recalculating = recalculating;
        this.clock = clock;
        this.budget = budget;
    }

    /** With the {@link #DEFAULT_BUDGET}. */
    public MeasuringKeyResults(
            KeyResultMeasures measures,
            JiraMeasures jira,
            ObjectiveSource objectives,
            ScorecardSettingsRepository settings,
            RecalculatingProgress recalculating,
            Clock clock) {
        this(measures, jira, objectives, settings, recalculating, clock, DEFAULT_BUDGET);
    }

    /**
     * The nightly run: every measure of a key result in an open cycle, one after another; the measured key results are
     * recalculated together at the end unless {@code recalculate} is false (the daily full recalculation follows).
     */
    public Summary measureAll(boolean recalculate) {
        List<MeasureDefinition> definitions = measures.all();
        Map<KeyResultId, KeyResult> keyResults = new HashMap<>();
        Map<KeyResultId, CycleId> cycles = new HashMap<>();
        List<KeyResultId> ids = new ArrayList<>();
        definitions.forEach(definition -> ids.add(definition.keyResult()));
        for (Objective objective : ids.isEmpty() ? List.<Objective>of() : objectives.objectivesMeasuredBy(ids)) {
            for (KeyResult keyResult : objective.keyResults()) {
                keyResults.put(keyResult.id(), keyResult);
                cycles.put(keyResult.id(), objective.cycle());
            }
        }
        Set<CycleId> closed = settings.closedCycles();
        int measured = 0;
        int undefined = 0;
        int failed = 0;
        int skipped = 0;
        List<KeyResultId> changed = new ArrayList<>();
        for (MeasureDefinition definition : definitions) {
            KeyResult keyResult = keyResults.get(definition.keyResult());
            if (keyResult == null || closed.contains(cycles.get(definition.keyResult()))) {
                skipped++;
                continue;
            }
            Evaluation evaluation;
            try {
                evaluation = evaluate(keyResult, definition);
            } catch (RuntimeException e) {
                LOG.warn("Could not store the measure of key result {}", definition.keyResult(), e);
                failed++;
                continue;
            }
            switch (evaluation.run().outcome()) {
                case MEASURED -> {
                    measured++;
                    if (evaluation.stored()) {
                        changed.add(keyResult.id());
                    }
                }
                case UNDEFINED -> undefined++;
                case FAILED -> failed++;
            }
        }
        if (recalculate && !changed.isEmpty()) {
            recalculating.recalculate(changed);
        }
        return new Summary(measured, undefined, failed, skipped);
    }

    /**
     * Evaluates one key result's measure now and stores the run; a MEASURED run also stores its system check-in and
     * recalculates the key result and its objective. The caller has checked the cycle is open.
     */
    public Evaluation measureNow(KeyResult keyResult, MeasureDefinition definition) {
        Evaluation evaluation = evaluate(keyResult, definition);
        if (evaluation.stored() && evaluation.run().outcome() == MeasureRun.Outcome.MEASURED) {
            recalculating.recalculate(List.of(keyResult.id()));
        }
        return evaluation;
    }

    /** Searches, aggregates and stores one run (not recalculating). */
    Evaluation evaluate(KeyResult keyResult, MeasureDefinition definition) {
        long number =
                measures.lastRun(keyResult.id()).map(last -> last.number() + 1).orElse(1L);
        String query = definition.describedQuery();
        Instant started = clock.instant();
        MeasureRun run;
        String technicalUser = measures.technicalUser().orElse(null);
        if (technicalUser == null) {
            run = MeasureRun.failed(started, query, NO_TECHNICAL_USER);
        } else if (keyResult.kind() != KeyResultKind.METRIC) {
            run = MeasureRun.failed(
                    started, query, keyResult.key().value() + " is no longer a METRIC key result: remove its measure");
        } else {
            run = search(definition, technicalUser, started, query);
        }
        CheckIn checkIn = null;
        if (run.outcome() == MeasureRun.Outcome.MEASURED) {
            Confidence confidence = keyResult.confidence().orElse(Confidence.ON_TRACK);
            checkIn = new CheckIn(
                    run.value(), confidence, "", technicalUser, run.at(), new MeasuredBy(query, run.issueCount()));
        }
        boolean stored = measures.record(keyResult.id(), number, run, checkIn);
        return new Evaluation(keyResult.id(), run, stored);
    }

    private MeasureRun search(MeasureDefinition definition, String technicalUser, Instant started, String query) {
        Instant deadline = started.plus(budget);
        List<MeasuredIssue> issues;
        try {
            issues = jira.issues(definition, technicalUser, deadline);
        } catch (MeasureFailedException failed) {
            return MeasureRun.failed(started, query, failed.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("The measure of key result {} failed", definition.keyResult(), e);
            return MeasureRun.failed(started, query, "Jira's search failed: " + e.getMessage());
        }
        if (clock.instant().isAfter(deadline)) {
            return MeasureRun.failed(started, query, budgetExceeded(budget));
        }
        return MeasureRun.of(started, query, Measurement.of(definition.aggregate(), issues));
    }

    /** The reason stored when a search runs past its budget. */
    public static String budgetExceeded(Duration budget) {
        return "the search took longer than its time budget of " + budget.toSeconds() + " s";
    }
}
