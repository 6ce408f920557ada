package io.okrscorecard.core;

import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.perspective.Perspectives;
import io.okrscorecard.core.recompute.ScorecardCalculator;
import io.okrscorecard.core.recompute.ScorecardDefinition;
import io.okrscorecard.core.rollup.KeyResultProgress;
import io.okrscorecard.core.rollup.KeyResultRollup;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.rollup.WorkExplanation;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.work.WorkGraph;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A work graph, settings and objectives under construction, with the rollup one call away. */
public final class Fixture {

    /** 2026-Q4: 1 October to 31 December, 92 days. */
    public static final Cycle Q4 =
            new Cycle(Objectives.CYCLE, "2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
    /** Exactly half-way through {@link #Q4}. */
    public static final Clock MID_Q4 = Clock.fixed(Instant.parse("2026-11-16T00:00:00Z"), ZoneOffset.UTC);

    private final WorkGraph graph = new WorkGraph();
    private final List<Objective> objectives = new ArrayList<>();
    private RollupSettings settings = RollupSettings.defaults();
    private Perspectives perspectives = Perspectives.defaults();
    private StatusMode mode = StatusMode.ABSOLUTE;

    public Fixture policy(RollupPolicy policy) {
        settings = settings.withPolicy(policy);
        return this;
    }

    public Fixture inProgressCredit(double credit) {
        settings = settings.withInProgressCredit(credit);
        return this;
    }

    public Fixture settings(RollupSettings newSettings) {
        settings = newSettings;
        return this;
    }

    public Fixture perspectives(Perspectives newPerspectives) {
        perspectives = newPerspectives;
        return this;
    }

    public Fixture mode(StatusMode newMode) {
        mode = newMode;
        return this;
    }

    /** Adds the issues to the graph and links each one to the key result. */
    public Fixture link(String keyResultKey, WorkItems... items) {
        for (WorkItems item : items) {
            graph.put(item.build());
            graph.link(Ids.keyResult(keyResultKey), Ids.issue(item.key()));
        }
        return this;
    }

    /** Links an issue that is already in the graph, or not known at all. */
    public Fixture link(String keyResultKey, String issueKey) {
        graph.link(Ids.keyResult(keyResultKey), Ids.issue(issueKey));
        return this;
    }

    /** Adds issues without linking them, e.g. the children of a linked epic. */
    public Fixture add(WorkItems... items) {
        for (WorkItems item : items) {
            graph.put(item.build());
        }
        return this;
    }

    public Fixture objective(Objectives objective) {
        objectives.add(objective.build());
        return this;
    }

    public WorkGraph graph() {
        return graph;
    }

    public RollupSettings settings() {
        return settings;
    }

    public KeyResultProgress rollup(String keyResultKey) {
        return KeyResultRollup.rollup(KeyResults.work(keyResultKey).build(), graph, settings, id -> true);
    }

    public WorkExplanation explain(String keyResultKey) {
        return (WorkExplanation) rollup(keyResultKey).explanation();
    }

    public double progress(String keyResultKey) {
        return rollup(keyResultKey).progress().value();
    }

    public ScorecardDefinition definition() {
        return new ScorecardDefinition(Q4, perspectives, settings, mode, objectives);
    }

    public Scorecard scorecard() {
        return scorecard(MID_Q4);
    }

    public Scorecard scorecard(Clock clock) {
        return ScorecardCalculator.compute(definition(), graph, clock);
    }
}
