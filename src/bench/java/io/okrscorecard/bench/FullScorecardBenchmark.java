package io.okrscorecard.bench;

import io.okrscorecard.core.recompute.ScorecardCalculator;
import io.okrscorecard.core.recompute.ScorecardDefinition;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.scoring.Scorecard;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Budget (b): full scorecard of 200 objectives, 1,000 key results, 1M work items (10 epics x 100 stories each). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xms3g", "-Xmx3g"})
public class FullScorecardBenchmark {

    private BenchData data;
    private ScorecardDefinition definition;

    @Setup
    public void setUp() {
        data = new BenchData(200, 1_000, 10, 100);
        definition = data.definition(RollupPolicy.STORY_POINTS);
    }

    @Benchmark
    public Scorecard fullScorecard() {
        return ScorecardCalculator.compute(definition, data.graph, BenchData.CLOCK);
    }
}
