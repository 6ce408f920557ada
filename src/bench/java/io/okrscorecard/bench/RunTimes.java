package io.okrscorecard.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Times of the runs of one benchmarked operation, with the share spent in the Jira reads, the settings reads, the
 * version reads and the write transactions.
 */
final class RunTimes {
    private final double[] ms;
    private final double[] jiraMs;
    private final double[] settingsMs;
    private final double[] readMs;
    private final double[] writeMs;
    private final int[] statements;

    RunTimes(int runs) {
        ms = new double[runs];
        jiraMs = new double[runs];
        settingsMs = new double[runs];
        readMs = new double[runs];
        writeMs = new double[runs];
        statements = new int[runs];
    }

    void add(int run, long nanos, int sql, TimedPorts timed) {
        ms[run] = nanos / 1e6;
        jiraMs[run] = timed.jiraNanos / 1e6;
        settingsMs[run] = timed.settingsNanos / 1e6;
        readMs[run] = timed.readNanos / 1e6;
        writeMs[run] = timed.writeNanos / 1e6;
        statements[run] = sql;
    }

    double p50() {
        return percentile(ms, 0.50);
    }

    double p95() {
        return percentile(ms, 0.95);
    }

    /** The given percentile of the time spent in the settings reads (an apply does none since ADR 0024). */
    double settings(double p) {
        return percentile(settingsMs, p);
    }

    /** The given percentile of the time spent in the row writes, each with its commit. */
    double writes(double p) {
        return percentile(writeMs, p);
    }

    /** The given percentile of the time spent in the version reads and the Jira reads together. */
    double reads(double p) {
        double[] sums = new double[ms.length];
        for (int i = 0; i < ms.length; i++) {
            sums[i] = readMs[i] + jiraMs[i];
        }
        return percentile(sums, p);
    }

    /** The given percentile of the time spent outside the ports: the app's own work in the JVM. */
    double inProcess(double p) {
        double[] rest = new double[ms.length];
        for (int i = 0; i < ms.length; i++) {
            rest[i] = ms[i] - settingsMs[i] - writeMs[i] - readMs[i] - jiraMs[i];
        }
        return percentile(rest, p);
    }

    void print(String what) {
        int minSql = Arrays.stream(statements).min().orElse(0);
        int maxSql = Arrays.stream(statements).max().orElse(0);
        System.out.printf(
                Locale.ROOT,
                "| %s | %.2f | %.2f | %.2f (p90 %.2f, p99 %.2f) | %s | %.2f / %.2f / %.2f / %.2f |%n",
                what,
                p50(),
                p95(),
                percentile(ms, 1.0),
                percentile(ms, 0.90),
                percentile(ms, 0.99),
                minSql == maxSql ? String.format(Locale.ROOT, "%,d", minSql) : minSql + "–" + maxSql,
                percentile(jiraMs, 0.50),
                percentile(settingsMs, 0.50),
                percentile(readMs, 0.50),
                percentile(writeMs, 0.50));
    }

    /** Nearest-rank percentile. */
    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
