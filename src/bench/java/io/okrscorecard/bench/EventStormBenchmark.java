package io.okrscorecard.bench;

import io.okrscorecard.app.ApplyingIssueChanges;
import io.okrscorecard.app.InMemoryOkr;
import io.okrscorecard.app.RecalculatingProgress;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.jira.events.EventStorm;
import io.okrscorecard.jira.events.IncrementalRollup;
import io.okrscorecard.jira.events.JiraSide;
import io.okrscorecard.jira.work.ParentLinks;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An event storm: 10,000 status changes of random stories, spread over 200 key results (50 objectives x 4 key
 * results, 200 epics x 50 stories), each followed by its issue event, with the listener's worker running. Measures the
 * time from the first event until the worker has drained the queue. The in-memory ports stand in for Jira and the
 * database, so the figure is the app's own share. Each iteration checks that the queue stayed bounded and that the
 * stored rows equal a full recompute, and fails the run otherwise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g"})
public class EventStormBenchmark {

    private static final int EVENTS = 10_000;

    private EventStorm storm;
    private InMemoryOkr okr;
    private IncrementalRollup rollup;
    private IssueId[] targets;
    private int maxQueued;

    @Setup(Level.Iteration)
    public void setUp() {
        storm = new EventStorm(BenchData.SEED, 50, 4, 200, 50);
        okr = storm.okr();
        RecalculatingProgress recalculating = okr.recalculating(BenchData.CLOCK);
        recalculating.recalculateAll(null);
        rollup = new IncrementalRollup(
                storm.jira.events,
                storm.jira.links,
                storm.jira.linkTypes,
                storm.jira.registry,
                ParentLinks.NONE,
                new ApplyingIssueChanges(recalculating, okr.jira, BenchData.CLOCK),
                okr.journal);
        rollup.start();
        List<IssueId> stories = storm.stories();
        Random random = new Random(BenchData.SEED);
        targets = new IssueId[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            targets[i] = stories.get(random.nextInt(stories.size()));
        }
        maxQueued = 0;
    }

    @Benchmark
    public long stormOf10000Updates() throws InterruptedException {
        for (IssueId story : targets) {
            storm.changeStatus(story, rollup);
            maxQueued = Math.max(maxQueued, JiraSide.queued(rollup));
        }
        if (!JiraSide.awaitIdle(rollup, 5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the worker did not drain the queue");
        }
        return JiraSide.batchesRecalculated(rollup);
    }

    @TearDown(Level.Iteration)
    public void check() {
        long batches = JiraSide.batchesRecalculated(rollup);
        rollup.stop();
        if (maxQueued > 200 || okr.journal.size() > 0) {
            throw new IllegalStateException(
                    "queue not bounded by the 200 key results: " + maxQueued + ", journal " + okr.journal.size());
        }
        if (!okr.expectedRows(BenchData.CLOCK)
                .equals(okr.storedRows(okr.expectedRows(BenchData.CLOCK).keySet()))) {
            throw new IllegalStateException("after the storm the stored rows differ from a full recompute");
        }
        System.out.printf(
                "%n  storm: %d events, %d recalculation batches, at most %d key results queued%n",
                EVENTS, batches, maxQueued);
    }
}
