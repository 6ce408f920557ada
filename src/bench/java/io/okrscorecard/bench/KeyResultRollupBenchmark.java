package io.okrscorecard.bench;

import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.keyresult.KeyResult;
import io.okrscorecard.core.rollup.KeyResultProgress;
import io.okrscorecard.core.rollup.KeyResultRollup;
import io.okrscorecard.core.rollup.Progress;
import io.okrscorecard.core.rollup.RollupPolicy;
import io.okrscorecard.core.rollup.RollupSettings;
import io.okrscorecard.core.rollup.WorkRollup;
import io.okrscorecard.core.rollup.WorkSet;
import io.okrscorecard.core.work.WorkItem;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Budget (a): one key result with 100k work items (100 epics x 1,000 stories) under each policy,
 * beside a plain array scan of the same items in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g"})
public class KeyResultRollupBenchmark {

    @Param({"COUNT", "STORY_POINTS", "TIME"})
    public RollupPolicy policy;

    private BenchData data;
    private KeyResult keyResult;
    private RollupSettings settings;
    private WorkSet workSet;
    private byte[] status;
    private double[] weight;

    @Setup
    public void setUp() {
        data = new BenchData(1, 1, 100, 1_000);
        keyResult = data.objectives.get(0).keyResults().get(0);
        settings = BenchData.settings(policy);
        workSet = WorkSet.expand(keyResult.id(), data.graph, settings);
        List<WorkItem> items = workSet.items();
        status = new byte[items.size()];
        weight = new double[items.size()];
        for (int i = 0; i < items.size(); i++) {
            WorkItem item = items.get(i);
            status[i] = (byte) item.status().ordinal();
            Number estimate = 1;
            if (policy == RollupPolicy.STORY_POINTS) {
                estimate = item.storyPoints();
            } else if (policy == RollupPolicy.TIME) {
                estimate = item.originalEstimateSeconds();
            }
            weight[i] = estimate == null ? 1.0 : estimate.doubleValue();
        }
    }

    /** The floor: branch-free credit-weighted sum over two primitive arrays, weights already resolved. */
    @Benchmark
    public double plainScan() {
        double[] credit = {0.0, settings.inProgressCredit(), 1.0};
        double numerator = 0;
        double denominator = 0;
        for (int i = 0; i < status.length; i++) {
            double w = weight[i];
            denominator += w;
            numerator += credit[status[i]] * w;
        }
        return numerator / denominator;
    }

    /** The core's rollup of the already-expanded work set, with category totals and estimate fallback. */
    @Benchmark
    public Progress rollup() {
        return WorkRollup.progress(workSet, settings);
    }

    /** Expansion (links, epics, de-duplication, exclusions, sort) plus rollup and shared-item listing. */
    @Benchmark
    public KeyResultProgress expandAndRollup() {
        return KeyResultRollup.rollup(keyResult, data.graph, settings, KeyResultId.of(1)::equals);
    }
}
