package io.okrscorecard.bench;

import io.okrscorecard.sandbox.server.Sandbox;
import io.okrscorecard.sandbox.server.SandboxOptions;
import io.okrscorecard.web.GadgetPage;
import io.okrscorecard.web.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * First render of the scorecard gadget (issue 7's budget: ≤ 1 s for 200 objectives): headless Chromium opens the
 * sandbox's dashboard with a fresh page load each time; a script installed before any page script (Chrome DevTools
 * {@code Page.addScriptToEvaluateOnNewDocument}) records {@code performance.now()} — milliseconds since the navigation
 * started — at the first moment the gadget shows its numbers (not busy, a body other than the loading state). That
 * covers the HTML, the scripts, the REST read and the drawing, but not WebDriver's polling. Prints min / p50 / p95 /
 * max over {@code bench.runs} loads after 3 warm-up loads, and how many objectives were drawn.
 */
public final class GadgetRenderBench {
    private static final int OBJECTIVES = Integer.getInteger("bench.objectives", 200);
    private static final int RUNS = Integer.getInteger("bench.runs", 20);
    private static final Logger JERSEY = Logger.getLogger("org.glassfish.jersey");
    private static final String RECORD_DRAWN = "(function () {"
            + " function drawn() { var root = document.querySelector('.okr-gadget');"
            + "  return !!root && !root.hasAttribute('aria-busy')"
            + "   && !!root.querySelector('.okr-gadget-body > :not(.okr-gadget-loading)'); }"
            + " new MutationObserver(function (changes, observer) {"
            + "  if (window.__okrDrawnAt === undefined && drawn()) {"
            + "   window.__okrDrawnAt = performance.now(); observer.disconnect(); } })"
            + " .observe(document, {childList: true, subtree: true, attributes: true}); })();";

    private GadgetRenderBench() {}

    public static void main(String[] args) throws Exception {
        JERSEY.setLevel(Level.SEVERE);
        Path data = Files.createTempDirectory("okr-render-bench");
        try (Sandbox sandbox = Sandbox.start(
                        SandboxOptions.defaults().withPort(0).withData(data).withDemoObjectives(OBJECTIVES));
                HeadlessChromium chromium = HeadlessChromium.start(1300, 2000)) {
            chromium.driver()
                    .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_DRAWN));
            GadgetPage gadget = new GadgetPage(chromium.driver(), sandbox.origin());
            for (int i = 0; i < 3; i++) {
                gadget.open();
            }
            double[] firstRender = new double[RUNS];
            long objectives = 0;
            for (int i = 0; i < RUNS; i++) {
                gadget.open();
                firstRender[i] = ((Number) chromium.js().executeScript("return window.__okrDrawnAt;")).doubleValue();
                objectives = (Long) chromium.js()
                        .executeScript("return document.querySelectorAll('.okr-gadget [data-objective]').length;");
            }
            chromium.screenshot("bench-gadget-" + OBJECTIVES);
            Arrays.sort(firstRender);
            System.out.printf(
                    Locale.ROOT,
                    "gadget first render, %d objectives in the cycle (%d drawn), %d loads: min %.0f / p50 %.0f / p95 %.0f"
                            + " / max %.0f ms (budget ≤ 1,000 ms)%n",
                    OBJECTIVES,
                    objectives,
                    RUNS,
                    firstRender[0],
                    firstRender[(int) Math.ceil(RUNS * 0.50) - 1],
                    firstRender[(int) Math.ceil(RUNS * 0.95) - 1],
                    firstRender[RUNS - 1]);
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }
}
