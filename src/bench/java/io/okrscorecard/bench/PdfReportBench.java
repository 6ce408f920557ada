package io.okrscorecard.bench;

import io.okrscorecard.sandbox.server.Sandbox;
import io.okrscorecard.sandbox.server.SandboxOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Budget of issue 14: the PDF report of the 200-objective sandbox scorecard in ≤ 2 s and ≤ 2 MB. Starts the sandbox on a
 * fresh data folder with the demo grown to {@code bench.objectives} objectives in its running cycle (as {@link
 * SandboxRestBench} does), then GETs {@code /rest/okr-scorecard/1.0/scorecard.pdf} as a browser would: the first
 * request after the start (class loading, font parsing), then {@code bench.warmup} more, then {@code bench.runs}
 * measured one after the other. Prints the first time, min / p50 / p95 / max of the measured ones, the size and the
 * page count (PDFBox reads the last answer back), the JVM's CPU time per measured report, and keeps the last report as {@code target/bench-report-200.pdf}. Not JMH: the server runs in this JVM and is measured from the outside.
 *
 * <p>System properties: {@code bench.objectives} (default 200), {@code bench.warmup} (5), {@code bench.runs} (20),
 * {@code bench.data} (default: a new temporary folder, deleted at the end).
 */
public final class PdfReportBench {
    private static final int OBJECTIVES = Integer.getInteger("bench.objectives", 200);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 5);
    private static final int RUNS = Integer.getInteger("bench.runs", 20);
    /** Where the last report is kept, to be looked at. */
    private static final Path SAVED = Path.of("target/bench-report-200.pdf");

    private static final double BUDGET_SECONDS = 2.0;
    private static final long BUDGET_BYTES = 2L * 1024 * 1024;
    /** Jersey's start-up warnings are noise here; JUL holds loggers weakly, hence the field. */
    private static final Logger JERSEY = Logger.getLogger("org.glassfish.jersey");

    private PdfReportBench() {}

    public static void main(String[] args) throws Exception {
        JERSEY.setLevel(Level.SEVERE);
        String dataProperty = System.getProperty("bench.data");
        Path data = dataProperty != null ? Path.of(dataProperty) : Files.createTempDirectory("okr-pdf-bench");
        try (Sandbox sandbox = Sandbox.start(
                SandboxOptions.defaults().withPort(0).withData(data).withDemoObjectives(OBJECTIVES))) {
            URI pdf = URI.create(sandbox.origin() + "/rest/okr-scorecard/1.0/scorecard.pdf");
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            long t0 = System.nanoTime();
            byte[] first = get(client, pdf);
            double firstSeconds = (System.nanoTime() - t0) / 1e9;
            for (int i = 0; i < WARMUP; i++) {
                get(client, pdf);
            }
            double[] seconds = new double[RUNS];
            byte[] last = first;
            long cpuBefore = SandboxRestBench.processCpuNanos();
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                last = get(client, pdf);
                seconds[i] = (System.nanoTime() - start) / 1e9;
            }
            double cpuPerReport = (SandboxRestBench.processCpuNanos() - cpuBefore) / 1e9 / RUNS;
            Arrays.sort(seconds);
            Files.createDirectories(SAVED.getParent());
            Files.write(SAVED, last);
            int pages;
            try (PDDocument document = Loader.loadPDF(last)) {
                pages = document.getNumberOfPages();
            }
            double p95 = seconds[(int) Math.ceil(0.95 * RUNS) - 1];
            System.out.printf(
                    Locale.ROOT,
                    "PDF report of %d objectives: first %.2f s; %d runs after %d warm-up: min %.2f / p50 %.2f / p95 %.2f"
                            + " / max %.2f s; %,d bytes (first %,d), %d pages; budget <= %.1f s and <= %,d bytes: %s%n",
                    OBJECTIVES,
                    firstSeconds,
                    RUNS,
                    WARMUP,
                    seconds[0],
                    seconds[RUNS / 2],
                    p95,
                    seconds[RUNS - 1],
                    last.length,
                    first.length,
                    pages,
                    BUDGET_SECONDS,
                    BUDGET_BYTES,
                    p95 <= BUDGET_SECONDS && last.length <= BUDGET_BYTES ? "pass" : "FAIL");
            System.out.printf(
                    Locale.ROOT,
                    "JVM CPU per report: %.2f s (all threads: rendering, garbage collection, the HTTP client; the"
                            + " machine's load does not inflate it as it does the wall times)%n",
                    cpuPerReport);
            System.out.printf(
                    Locale.ROOT, "load average (1 min) of the machine: %.2f%n", SandboxRestBench.loadAverage());
        } finally {
            if (dataProperty == null) {
                SandboxRestBench.deleteTree(data);
            }
        }
    }

    private static byte[] get(HttpClient client, URI uri) throws Exception {
        HttpResponse<byte[]> response = client.send(
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + ": " + response.statusCode());
        }
        return response.body();
    }
}
