package io.okrscorecard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.okrscorecard.sandbox.server.Sandbox;
import io.okrscorecard.sandbox.server.SandboxOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Budget "scorecard REST read (materialised progress): p95 ≤ 50 ms with 20 concurrent clients" of design section 6,
 * against the real sandbox: Jersey over the JDK's HTTP server, the real use cases, the store on an H2 database file.
 * The sandbox starts on a fresh data folder with the demo grown to {@code bench.objectives} objectives in its running
 * cycle (the generated ones have five key results each: four WORK key results with an epic of eight stories, one
 * METRIC), so the first start also imports the generated export, writes 35 days of snapshots and recalculates.
 *
 * <p>Then {@code bench.clients} clients (each a {@link PlainHttpClient} on its own kept-alive connection, as separate
 * browsers) GET {@code /rest/okr-scorecard/1.0/scorecard} back to back, each reading every answer whole: {@code bench.warmup} seconds of warm-up, then {@code bench.seconds}
 * seconds measured. A single client's latency (no queuing) is measured before, for comparison. Prints p50 / p95 / p99 /
 * max and the throughput. Not JMH: the server runs in this JVM and is measured from the outside, as a browser sees it.
 *
 * <p>With {@code bench.writesPerSecond} above 0, a writer records that many check-ins per second while the clients run
 * (warm-up included), each on the next METRIC key result of the cycle in turn, through {@code POST
 * /keyresults/{key}/checkins}: the app's real write path (the check-in is stored, its key result and objective are
 * recalculated and their progress rows written), as a Jira event's recalculation writes them, so the store's change
 * mark moves as in production. Answers then differ in size from the first one, so only their status is checked. The
 * writes done per second in the measured window and their latencies are printed, and so is the machine's load average
 * before and after it.
 *
 * <p>System properties: {@code bench.objectives} (default 200), {@code bench.clients} (20), {@code bench.warmup} (10),
 * {@code bench.seconds} (20), {@code bench.writesPerSecond} (0), {@code bench.data} (default: a new temporary folder,
 * deleted at the end).
 */
public final class SandboxRestBench {
    private static final int OBJECTIVES = Integer.getInteger("bench.objectives", 200);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 20);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup", 10);
    private static final int MEASURED_SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int WRITES_PER_SECOND = Integer.getInteger("bench.writesPerSecond", 0);
    private static final int SINGLE_CLIENT_REQUESTS = 200;
    /** Jersey's start-up warnings are noise here; JUL holds loggers weakly, hence the field. */
    private static final Logger JERSEY = Logger.getLogger("org.glassfish.jersey");

    private SandboxRestBench() {}

    public static void main(String[] args) throws Exception {
        JERSEY.setLevel(Level.SEVERE);
        String dataProperty = System.getProperty("bench.data");
        Path data = dataProperty != null ? Path.of(dataProperty) : Files.createTempDirectory("okr-sandbox-bench");
        long startedAt = System.nanoTime();
        try (Sandbox sandbox = Sandbox.start(
                SandboxOptions.defaults().withPort(0).withData(data).withDemoObjectives(OBJECTIVES))) {
            double startSeconds = (System.nanoTime() - startedAt) / 1e9;
            URI scorecard = URI.create(sandbox.origin() + "/rest/okr-scorecard/1.0/scorecard");
            HttpClient probe = client();
            HttpResponse<byte[]> first = get(probe, scorecard);
            System.out.printf(
                    Locale.ROOT,
                    "sandbox %s: %d objectives in the running cycle, %s start (%s), scorecard answer %,d bytes%n",
                    sandbox.url(),
                    OBJECTIVES,
                    sandbox.loadedNow() ? "first" : "reused",
                    String.format(Locale.ROOT, "%.1f s", startSeconds),
                    first.body().length);

            long answerBytes = first.body().length;
            long[] single = new long[SINGLE_CLIENT_REQUESTS];
            try (PlainHttpClient alone = new PlainHttpClient(scorecard)) {
                for (int i = 0; i < 50; i++) {
                    alone.get();
                }
                for (int i = 0; i < single.length; i++) {
                    long t0 = System.nanoTime();
                    alone.get();
                    single[i] = System.nanoTime() - t0;
                }
            }
            report("1 client, " + SINGLE_CLIENT_REQUESTS + " requests", single, 0);

            long checkedBytes = WRITES_PER_SECOND > 0 ? -1 : answerBytes;
            CheckInWriter writer = WRITES_PER_SECOND > 0
                    ? CheckInWriter.start(sandbox.origin(), metricKeyResults(first.body()), WRITES_PER_SECOND)
                    : null;
            run(scorecard, checkedBytes, WARMUP_SECONDS);
            double loadBefore = loadAverage();
            CheckInWriter.Window writes = writer == null ? null : writer.window();
            long cpuBefore = serverCpuNanos();
            long processCpuBefore = processCpuNanos();
            Result measured = run(scorecard, checkedBytes, MEASURED_SECONDS);
            long cpu = serverCpuNanos() - cpuBefore;
            long processCpu = processCpuNanos() - processCpuBefore;
            if (writer != null) {
                writer.close();
                writer.report(writes, measured.seconds());
            }
            System.out.printf(
                    Locale.ROOT,
                    "load average (1 min) of the machine: %.2f before, %.2f after the measured window%n",
                    loadBefore,
                    loadAverage());
            report(
                    CLIENTS + " clients, " + MEASURED_SECONDS + " s after " + WARMUP_SECONDS + " s warm-up",
                    measured.latencies(),
                    measured.seconds());
            System.out.printf(
                    Locale.ROOT,
                    "server CPU per request: %.1f ms (HTTP threads of the sandbox, the writer's check-ins included;"
                            + " the machine's load does not inflate it as it does latencies)%n",
                    cpu / 1e6 / measured.latencies().length);
            System.out.printf(
                    Locale.ROOT,
                    "JVM CPU per request: %.1f ms (server and clients, their garbage collection and the kernel's"
                            + " share of their sockets)%n",
                    processCpu / 1e6 / measured.latencies().length);
            if (measured.failures() > 0) {
                System.out.println("FAILED requests: " + measured.failures());
            }
        } finally {
            if (dataProperty == null) {
                deleteTree(data);
            }
        }
    }

    private record Result(long[] latencies, double seconds, long failures) {}

    /**
     * {@link #CLIENTS} threads GET the scorecard back to back for {@code seconds}, each on its own connection; every
     * latency is kept, and an answer that is not 200 with {@code answerBytes} bytes (any size when negative) counts as
     * a failure.
     */
    private static Result run(URI scorecard, long answerBytes, int seconds) throws InterruptedException {
        List<long[]> perClient = new ArrayList<>();
        int[] counts = new int[CLIENTS];
        AtomicLong failures = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(CLIENTS);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            long[] latencies = new long[200_000];
            perClient.add(latencies);
            int client = c;
            Thread thread = new Thread(
                    () -> {
                        try (PlainHttpClient http = new PlainHttpClient(scorecard)) {
                            start.await();
                            long end = window[1];
                            while (System.nanoTime() < end && counts[client] < latencies.length) {
                                long t0 = System.nanoTime();
                                try {
                                    PlainHttpClient.Answer answer = http.get();
                                    if (answer.status() != 200 || (answerBytes >= 0 && answer.bytes() != answerBytes)) {
                                        failures.incrementAndGet();
                                    }
                                } catch (IOException e) {
                                    failures.incrementAndGet();
                                }
                                latencies[counts[client]++] = System.nanoTime() - t0;
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } finally {
                            done.countDown();
                        }
                    },
                    "bench-client-" + c);
            threads.add(thread);
            thread.start();
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + seconds * 1_000_000_000L;
        start.countDown();
        done.await();
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < CLIENTS; c++) {
            System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        return new Result(all, elapsed, failures.get());
    }

    private static void report(String what, long[] latencies, double seconds) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%-45s n=%,d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms%s%n",
                what,
                sorted.length,
                rank(sorted, 0.50),
                rank(sorted, 0.95),
                rank(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6,
                seconds > 0 ? String.format(Locale.ROOT, "  throughput=%.0f req/s", sorted.length / seconds) : "");
        if (seconds > 0) {
            double p95 = rank(sorted, 0.95);
            System.out.printf(Locale.ROOT, "budget p95 <= 50 ms: %s%n", p95 <= 50 ? "PASS" : "MISS");
        }
    }

    /** The keys of the METRIC key results in a scorecard answer, in the answer's order. */
    private static List<String> metricKeyResults(byte[] answer) throws IOException {
        List<String> keys = new ArrayList<>();
        for (JsonNode keyResult : new ObjectMapper().readTree(answer).findParents("kind")) {
            if ("METRIC".equals(keyResult.path("kind").asText())) {
                keys.add(keyResult.path("key").asText());
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("the scorecard has no METRIC key result to check in on");
        }
        return keys;
    }

    /** The system load average over the last minute, as {@code uptime} shows it. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** CPU time of this whole JVM so far, user and system. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of the sandbox's HTTP threads and of the JDK server's dispatcher so far. */
    static long serverCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null
                    && (info.getThreadName().startsWith("okr-sandbox-http")
                            || info.getThreadName().startsWith("HTTP-Dispatcher"))) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    /** Nearest-rank percentile in milliseconds. */
    private static double rank(long[] sorted, double percentile) {
        int index = (int) Math.ceil(percentile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** One GET with the JDK's client: the probe, whose answer's size every timed answer must have. */
    private static HttpResponse<byte[]> get(HttpClient http, URI uri) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static void deleteTree(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (var walk = Files.walk(tree)) {
            List<Path> paths = new ArrayList<>(walk.toList());
            paths.sort((a, b) -> b.getNameCount() - a.getNameCount());
            for (Path path : paths) {
                Files.delete(path);
            }
        }
    }
}
