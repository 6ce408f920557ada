package io.okrscorecard.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the core benchmarks and prints them against the budgets of DESIGN section 6.
 * System properties: {@code bench.warmup} (iterations, default 3), {@code bench.iterations}
 * (default 5), {@code bench.time} (seconds per iteration, default 1), {@code bench.forks} (default 1),
 * {@code bench.include} (regexp of benchmarks, default all of this package).
 */
public final class BenchMain {

    private static final double ROLLUP_BUDGET_MS = 50;
    private static final double ROLLUP_SCAN_RATIO = 5;
    private static final double FULL_BUDGET_MS = 2_000;
    private static final double INCREMENTAL_SPEEDUP = 100;
    private static final double LISTENER_BUDGET_MS = 0.050;

    private BenchMain() {}

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(System.getProperty("bench.include", "io\\.okrscorecard\\.bench\\..*Benchmark"))
                .warmupIterations(Integer.getInteger("bench.warmup", 3))
                .measurementIterations(Integer.getInteger("bench.iterations", 5))
                .warmupTime(TimeValue.seconds(Integer.getInteger("bench.time", 1)))
                .measurementTime(TimeValue.seconds(Integer.getInteger("bench.time", 1)))
                .forks(Integer.getInteger("bench.forks", 1))
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> ms = new LinkedHashMap<>();
        Map<String, Double> error = new LinkedHashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            String policy = result.getParams().getParam("policy");
            String key = policy == null ? name : name + "/" + policy;
            double score = result.getPrimaryResult().getScore();
            double scoreError = result.getPrimaryResult().getScoreError();
            double factor = toMillis(result.getPrimaryResult().getScoreUnit());
            ms.put(key, score * factor);
            error.put(key, Double.isNaN(scoreError) ? 0 : scoreError * factor);
        }
        System.out.println();
        System.out.println(table(ms, error));
    }

    static String table(Map<String, Double> ms, Map<String, Double> error) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"benchmark", "measured", "budget", "result"});
        for (String policy : List.of("COUNT", "STORY_POINTS", "TIME")) {
            Double rollup = ms.get("rollup/" + policy);
            Double scan = ms.get("plainScan/" + policy);
            Double expand = ms.get("expandAndRollup/" + policy);
            if (rollup != null && scan != null) {
                double ratio = rollup / scan;
                rows.add(new String[] {
                    "(a) rollup 1 KR x 100k, " + policy,
                    fmt(rollup, error.get("rollup/" + policy)) + " (scan " + fmt(scan, error.get("plainScan/" + policy))
                            + ", " + ratio(ratio) + ")",
                    "<= 50 ms, <= 5x scan",
                    pass(rollup <= ROLLUP_BUDGET_MS && ratio <= ROLLUP_SCAN_RATIO)
                });
            }
            if (expand != null) {
                rows.add(new String[] {
                    "(a) expansion + rollup 1 KR x 100k, " + policy,
                    fmt(expand, error.get("expandAndRollup/" + policy)),
                    "(reported)",
                    "-"
                });
            }
        }
        Double full = ms.get("fullScorecard");
        if (full != null) {
            rows.add(new String[] {
                "(b) full scorecard 200 obj / 1,000 KR / 1M items",
                fmt(full, error.get("fullScorecard")),
                "<= 2,000 ms",
                pass(full <= FULL_BUDGET_MS)
            });
        }
        Double incremental = ms.get("incrementalChange");
        Double recompute = ms.get("fullRecompute");
        if (incremental != null && recompute != null) {
            double speedup = recompute / incremental;
            rows.add(new String[] {
                "(c) one change incremental vs full, 100k items",
                fmt(incremental, error.get("incrementalChange")) + " vs " + fmt(recompute, error.get("fullRecompute"))
                        + " = "
                        + ratio(speedup) + " faster",
                ">= 100x",
                pass(speedup >= INCREMENTAL_SPEEDUP)
            });
        }
        Double listener = ms.get("unrelatedEvent");
        if (listener != null) {
            Double mockOnly = ms.get("mockedEventGettersOnly");
            rows.add(new String[] {
                "listener, event of an issue touching no KR",
                fmt(listener, error.get("unrelatedEvent"))
                        + (mockOnly == null ? "" : " (of which mocked event " + fmt(mockOnly, null) + ")"),
                "<= 50 us, 0 SQL",
                pass(listener <= LISTENER_BUDGET_MS)
            });
        }
        Double storm = ms.get("stormOf10000Updates");
        if (storm != null) {
            rows.add(new String[] {
                "storm of 10,000 updates over 200 KRs, until drained",
                fmt(storm, error.get("stormOf10000Updates")),
                "bounded, equal to full (checked)",
                "-"
            });
        }
        int[] width = new int[4];
        for (String[] row : rows) {
            for (int c = 0; c < 4; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder("|");
            for (int c = 0; c < 4; c++) {
                line.append(' ')
                        .append(String.format("%-" + width[c] + "s", rows.get(r)[c]))
                        .append(" |");
            }
            out.append(line).append('\n');
            if (r == 0) {
                out.append("|");
                for (int c = 0; c < 4; c++) {
                    out.append("-".repeat(width[c] + 2)).append('|');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static double toMillis(String unit) {
        return switch (unit) {
            case "s/op" -> 1_000;
            case "ms/op" -> 1;
            case "us/op" -> 0.001;
            case "ns/op" -> 0.000_001;
            default -> throw new IllegalArgumentException("unexpected unit " + unit);
        };
    }

    private static String fmt(double millis, Double error) {
        String value = millis >= 1
                ? String.format(Locale.ROOT, "%.2f ms", millis)
                : String.format(Locale.ROOT, "%.1f us", millis * 1_000);
        if (error == null || error == 0) {
            return value;
        }
        return value + String.format(Locale.ROOT, " ±%.0f%%", 100 * error / millis);
    }

    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.1fx", ratio);
    }

    private static String pass(boolean ok) {
        return ok ? "PASS" : "FAIL";
    }
}
