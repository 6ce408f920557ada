package io.okrscorecard.bench;

import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.recompute.LiveScorecard;
import io.okrscorecard.core.recompute.ScorecardCalculator;
import io.okrscorecard.core.recompute.ScorecardDefinition;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.core.work.StatusCategory;
import io.okrscorecard.core.work.WorkItem;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Budget (c): one issue event applied incrementally vs a full recompute, at 100k work items
 * (20 objectives, 100 key results of 10 epics x 100 stories).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g"})
public class IncrementalBenchmark {

    private BenchData data;
    private ScorecardDefinition definition;
    private LiveScorecard live;
    private WorkItem[] original;
    private WorkItem[] toggled;
    private boolean[] isToggled;
    private int next;

    @Setup
    public void setUp() {
        data = new BenchData(20, 100, 10, 100);
        definition = data.definition(RollupPolicy.STORY_POINTS);
        live = new LiveScorecard(definition, data.graph, BenchData.CLOCK);
        int n = data.stories.size();
        original = data.stories.toArray(new WorkItem[0]);
        toggled = new WorkItem[n];
        isToggled = new boolean[n];
        for (int i = 0; i < n; i++) {
            StatusCategory flipped =
                    original[i].status() == StatusCategory.DONE ? StatusCategory.NEW : StatusCategory.DONE;
            toggled[i] = BenchData.withStatus(original[i], flipped);
        }
    }

    @Benchmark
    public Scorecard fullRecompute() {
        return ScorecardCalculator.compute(definition, data.graph, BenchData.CLOCK);
    }

    /** Each call flips the status of the next story (stepping through the key results) and updates the scorecard. */
    @Benchmark
    public Set<KeyResultId> incrementalChange() {
        int i = next;
        next = (next + 997) % original.length;
        isToggled[i] = !isToggled[i];
        return live.put(isToggled[i] ? toggled[i] : original[i]);
    }
}
