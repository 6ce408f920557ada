package io.okrscorecard.bench;

import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import io.okrscorecard.sandbox.ImportedJira;
import io.okrscorecard.sandbox.server.Sandbox;
import io.okrscorecard.sandbox.server.SandboxOptions;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Budget "issue panel answer on a work item: p95 ≤ 20 ms server time at 200 objectives" of design section 6, against
 * the real sandbox (Jersey over the JDK's HTTP server, the real use case {@code ReadingContributions}, the store on an
 * H2 database file) with the demo grown to {@code bench.objectives} objectives. The work items are every issue the work
 * sets of the demo's key results hold (linked issues, linked epics and their stories), in a seeded random order, each
 * asked for {@code GET /rest/okr-scorecard/1.0/issues/{key}/contributions} by one client on one kept-alive connection,
 * back to back: {@code bench.warmup} requests of warm-up, then {@code bench.requests} measured. One client, so nothing
 * queues: the latency seen on the loopback is the server's time plus the HTTP round trip, an upper bound of the server
 * time. Prints p50 / p95 / p99 / max, and the CPU time of the sandbox's HTTP threads per request.
 *
 * <p>System properties: {@code bench.objectives} (default 200), {@code bench.warmup} (2,000), {@code bench.requests}
 * (5,000), {@code bench.data} (default: a new temporary folder, deleted at the end).
 */
public final class PanelContributionsBench {
    private static final int OBJECTIVES = Integer.getInteger("bench.objectives", 200);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 2_000);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 5_000);
    private static final Logger JERSEY = Logger.getLogger("org.glassfish.jersey");

    private PanelContributionsBench() {}

    public static void main(String[] args) throws Exception {
        JERSEY.setLevel(Level.SEVERE);
        String dataProperty = System.getProperty("bench.data");
        Path data = dataProperty != null ? Path.of(dataProperty) : Files.createTempDirectory("okr-panel-bench");
        try (Sandbox sandbox = Sandbox.start(
                SandboxOptions.defaults().withPort(0).withData(data).withDemoObjectives(OBJECTIVES))) {
            ImportedJira imported = sandbox.jira().imported();
            List<KeyResultId> keyResults = imported.keyResultIds();
            WorkGraph work = imported.workFor(keyResults);
            List<String> keys = new ArrayList<>();
            for (WorkItem item : imported.items(allIds(work, keyResults)).values()) {
                keys.add(item.key().value());
            }
            Collections.shuffle(keys, new Random(42));
            System.out.printf(
                    Locale.ROOT,
                    "sandbox %s: %d objectives in the running cycle, %d key results, %d work items asked in turn%n",
                    sandbox.url(),
                    OBJECTIVES,
                    keyResults.size(),
                    keys.size());
            String base = "/rest/okr-scorecard/1.0/issues/";
            long[] latencies = new long[REQUESTS];
            int failures = 0;
            long cpuBefore;
            try (PlainHttpClient client = new PlainHttpClient(URI.create(sandbox.origin() + base))) {
                for (int i = 0; i < WARMUP; i++) {
                    client.get(base + keys.get(i % keys.size()) + "/contributions");
                }
                cpuBefore = SandboxRestBench.serverCpuNanos();
                for (int i = 0; i < REQUESTS; i++) {
                    String key = keys.get((WARMUP + i) % keys.size());
                    long t0 = System.nanoTime();
                    PlainHttpClient.Answer answer = client.get(base + key + "/contributions");
                    latencies[i] = System.nanoTime() - t0;
                    if (answer.status() != 200) {
                        failures++;
                    }
                }
            }
            long cpu = SandboxRestBench.serverCpuNanos() - cpuBefore;
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            System.out.printf(
                    Locale.ROOT,
                    "GET /issues/{key}/contributions, 1 client: n=%,d  p50=%.2f ms  p95=%.2f ms  p99=%.2f ms"
                            + "  max=%.1f ms  server CPU per request=%.2f ms  failures=%d  load average=%.2f%n",
                    sorted.length,
                    rank(sorted, 0.50),
                    rank(sorted, 0.95),
                    rank(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6,
                    cpu / 1e6 / sorted.length,
                    failures,
                    SandboxRestBench.loadAverage());
            System.out.println(rank(sorted, 0.95) <= 20 ? "budget p95 <= 20 ms: pass" : "budget p95 <= 20 ms: MISS");
        } finally {
            if (dataProperty == null) {
                SandboxRestBench.deleteTree(data);
            }
        }
    }

    private static List<IssueId> allIds(WorkGraph work, List<KeyResultId> keyResults) {
        List<IssueId> ids = new ArrayList<>();
        for (KeyResultId keyResult : keyResults) {
            for (IssueId contributor : work.contributorsOf(keyResult)) {
                if (!ids.contains(contributor)) {
                    ids.add(contributor);
                }
                for (WorkItem child : work.childrenOf(contributor)) {
                    if (!ids.contains(child.id())) {
                        ids.add(child.id());
                    }
                }
            }
        }
        return ids;
    }

    private static double rank(long[] sorted, double percentile) {
        int index = (int) Math.ceil(percentile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
