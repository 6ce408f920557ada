package io.okrscorecard.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A benchmark's stand-in for a busy Jira: records check-ins at a steady rate on METRIC key results in turn through the
 * REST API ({@code POST /keyresults/{key}/checkins}), so that every write goes through the app's write path and moves
 * the store's change mark as an issue event's recalculation does. One thread; a write that takes longer than the
 * period delays the next ones, so the rate actually reached is counted and reported.
 */
final class CheckInWriter implements AutoCloseable {

    /** The writes done and failed up to a moment, and the latencies of the writes done so far. */
    record Window(long done, long failed, int latencies) {}

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread writer = new Thread(runnable, "bench-writer");
        writer.setDaemon(true);
        return writer;
    });
    private final String origin;
    private final List<String> keyResults;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final List<Long> latencies = new ArrayList<>();
    private long next;

    private CheckInWriter(String origin, List<String> keyResults) {
        this.origin = origin;
        this.keyResults = List.copyOf(keyResults);
    }

    /** Starts writing {@code perSecond} check-ins a second, spread evenly, on these key results in turn. */
    static CheckInWriter start(String origin, List<String> keyResults, int perSecond) {
        CheckInWriter writer = new CheckInWriter(origin, keyResults);
        long period = 1_000_000_000L / perSecond;
        writer.thread.scheduleAtFixedRate(writer::writeOne, period, period, TimeUnit.NANOSECONDS);
        return writer;
    }

    private void writeOne() {
        String key = keyResults.get((int) (next % keyResults.size()));
        double value = 10 + (next % 37);
        next++;
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(origin + "/rest/okr-scorecard/1.0/keyresults/" + key + "/checkins"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"value\":" + value + ",\"confidence\":\"ON_TRACK\",\"comment\":\"bench\"}"))
                .build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() == 201) {
                synchronized (latencies) {
                    latencies.add(System.nanoTime() - t0);
                }
                done.incrementAndGet();
            } else {
                failed.incrementAndGet();
            }
        } catch (IOException e) {
            failed.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Where the writer stands now: the start of a measured window. */
    Window window() {
        synchronized (latencies) {
            return new Window(done.get(), failed.get(), latencies.size());
        }
    }

    /** Prints the writes done since {@code from} per second of {@code seconds}, their failures and latencies. */
    void report(Window from, double seconds) {
        long[] sorted;
        synchronized (latencies) {
            sorted = latencies.subList(from.latencies(), latencies.size()).stream()
                    .mapToLong(Long::longValue)
                    .sorted()
                    .toArray();
        }
        long writes = done.get() - from.done();
        System.out.printf(
                Locale.ROOT,
                "writer: %d check-ins in %.1f s = %.1f writes/s done, %d failed; write latency p50=%.1f ms p95=%.1f ms%n",
                writes,
                seconds,
                writes / seconds,
                failed.get() - from.failed(),
                rank(sorted, 0.50),
                rank(sorted, 0.95));
    }

    private static double rank(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    @Override
    public void close() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(30, TimeUnit.SECONDS);
    }
}
