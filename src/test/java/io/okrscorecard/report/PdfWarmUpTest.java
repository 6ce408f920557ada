package io.okrscorecard.report;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import org.junit.Test;

/** The report warms up at start in the background, so that the first report a user asks for is not the slow one. */
public class PdfWarmUpTest {

    @Test
    public void theWarmUpReadsEveryFontOnALowPriorityDaemonThreadThatEnds() throws InterruptedException {
        PdfScorecardReport report = new PdfScorecardReport(mode -> "https://jira.example.com", Clock.systemUTC());
        assertEquals(0, report.fontsMeasured());

        Thread warmUp = report.warmUp();
        warmUp.join(120_000);

        assertFalse("the warm-up ended", warmUp.isAlive());
        assertTrue(warmUp.isDaemon());
        assertEquals(Thread.MIN_PRIORITY, warmUp.getPriority());
        assertEquals("regular, bold and Japanese", 3, report.fontsMeasured());
    }
}
