package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.sandbox.demo.DemoOrganisation;
import io.okrscorecard.sandbox.demo.ServiceDesk;
import io.okrscorecard.sandbox.server.DemoSandbox;
import io.okrscorecard.sandbox.server.SandboxUsers.Persona;
import java.io.IOException;
import java.util.List;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The demo's key result measured from Jira in headless Chromium against the sandbox: the resolution time of
 * complaints shows its JQL, aggregate, last measured value with the issues counted, and a history of check-ins marked
 * "Measured from Jira"; "Measure now" runs the measure over the service desk and the panel shows the stored result.
 * Screenshots: target/screenshots/measure-*.png.
 */
public class MeasureBrowserTest {

    @ClassRule
    public static final DemoSandbox DEMO = new DemoSandbox();

    @ClassRule
    public static final ChromiumRule CHROMIUM = new ChromiumRule("measure", 1280, 1800);

    private final ChromeDriver driver = CHROMIUM.driver();

    @Rule
    public final TestRule eachTest = CHROMIUM.eachTest();

    @Before
    public void actAsTheAdministrator() {
        DEMO.actAs(driver, Persona.ADMIN);
    }

    private static String keyOf(String summary) {
        for (JsonNode perspective : DEMO.api("scorecard").get("perspectives")) {
            for (JsonNode objective : perspective.get("objectives")) {
                for (JsonNode kr : objective.get("keyResults")) {
                    if (kr.get("summary").asText().equals(summary)) {
                        return kr.get("key").asText();
                    }
                }
            }
        }
        throw new AssertionError("no key result " + summary);
    }

    @Test
    public void theResolutionTimeKeyResultShowsItsMeasuredValueAndHistoryAndMeasuresNow() throws IOException {
        String key = keyOf(DemoOrganisation.RESOLUTION_TIME_KR);
        JsonNode measure = DEMO.api("keyresults/" + key + "/measure");
        IssuePanel panel = IssuePanel.open(driver, DEMO.origin(), key);

        WebElement section = panel.root().findElement(By.cssSelector("section.okr-panel-measure"));
        assertEquals(
                ServiceDesk.COMPLAINTS_JQL,
                section.findElement(By.cssSelector(".okr-panel-measure-jql")).getText());
        assertEquals(
                "MEDIAN_RESOLUTION_HOURS",
                section.findElement(By.cssSelector("[data-okr-aggregate]")).getDomAttribute("data-okr-aggregate"));
        WebElement value = section.findElement(By.cssSelector("[data-okr-measure-value]"));
        assertEquals(
                measure.get("lastMeasured").get("value").asDouble(),
                Double.parseDouble(value.getDomAttribute("data-okr-measure-value")),
                1e-9);
        assertTrue(
                value.getText(),
                value.getText()
                        .contains(measure.get("lastMeasured").get("issueCount").asText() + " issues"));
        assertTrue(section.getText(), section.getText().contains(ServiceDesk.TECHNICAL_USER_NAME));
        assertTrue(
                "the check-in form takes no value while the measure sets it",
                panel.root()
                        .findElements(By.cssSelector("[data-field='checkIn.value']"))
                        .isEmpty());
        assertEquals(
                1,
                panel.root()
                        .findElements(By.cssSelector("[data-okr-value-measured]"))
                        .size());

        List<WebElement> measured = panel.root().findElements(By.cssSelector(".okr-panel-check-in-measured"));
        assertEquals("the latest five check-ins are all measured", 5, measured.size());
        assertTrue(measured.get(0).getText(), measured.get(0).getText().startsWith("Measured from Jira: "));
        assertTrue(
                panel.checkIns().get(0).meta(),
                panel.checkIns().get(0).meta().startsWith(ServiceDesk.TECHNICAL_USER_NAME));
        CHROMIUM.screenshot("measure-resolution-time");

        int before = panel.loads();
        section.findElement(By.cssSelector("[data-okr-measure-now]")).click();
        panel.waitForReloadAfter(before);

        JsonNode after = DEMO.api("keyresults/" + key + "/measure");
        assertEquals("MEASURED", after.get("lastRun").get("outcome").asText());
        assertEquals("2026-11-16T10:00:00Z", after.get("lastMeasured").get("at").asText());
        JsonNode history = DEMO.api("keyresults/" + key + "/checkins");
        assertEquals(
                after.get("lastMeasured").get("value").asDouble(),
                history.get(0).get("value").asDouble(),
                1e-9);
        WebElement shown = panel.root().findElement(By.cssSelector("[data-okr-measure-value]"));
        assertEquals(
                after.get("lastMeasured").get("value").asDouble(),
                Double.parseDouble(shown.getDomAttribute("data-okr-measure-value")),
                1e-9);
        assertFalse(panel.root().getText(), panel.root().getText().contains("JIRAUSER"));
        CHROMIUM.screenshot("measure-now");
        assertEquals(List.of(), CHROMIUM.consoleErrors());
    }

    @Test
    public void aFailedMeasureIsShownOnTheKeyResultInThePanelAndTheGadgetWithTheLastValueKept() throws IOException {
        String key = keyOf(DemoOrganisation.P1_INCIDENTS_KR);
        String objective = objectiveOf(key);
        double lastGood = DEMO.api("keyresults/" + key + "/measure")
                .get("lastMeasured")
                .get("value")
                .asDouble();
        DEMO.api("PUT", "admin/measure-settings", "{\"technicalUser\":null}");
        try {
            JsonNode failed = DEMO.api("POST", "keyresults/" + key + "/measure/run", "{}");
            assertEquals("FAILED", failed.get("lastRun").get("outcome").asText());

            IssuePanel panel = IssuePanel.open(driver, DEMO.origin(), key);
            WebElement failure = panel.root().findElement(By.cssSelector(".okr-panel-measure-failed"));
            assertTrue(
                    failure.getText(), failure.getText().startsWith("Measure failed: no technical user is configured"));
            assertEquals(
                    lastGood,
                    Double.parseDouble(panel.root()
                            .findElement(By.cssSelector("[data-okr-measure-value]"))
                            .getDomAttribute("data-okr-measure-value")),
                    1e-9);
            CHROMIUM.screenshot("measure-failed-panel");

            GadgetPage gadget = new GadgetPage(driver, DEMO.origin()).open();
            gadget.expandObjective(objective);
            gadget.expandKeyResult(key);
            WebElement shown = gadget.root()
                    .findElement(By.cssSelector("[data-key-result='" + key + "'] .okr-gadget-measure-failed"));
            assertTrue(shown.getText(), shown.getText().startsWith("Measure failed: no technical user is configured"));
            CHROMIUM.screenshot("measure-failed-gadget");
        } finally {
            DEMO.api("PUT", "admin/measure-settings", "{\"technicalUser\":\"" + ServiceDesk.TECHNICAL_USER_KEY + "\"}");
        }
    }

    private static String objectiveOf(String keyResult) {
        for (JsonNode perspective : DEMO.api("scorecard").get("perspectives")) {
            for (JsonNode objective : perspective.get("objectives")) {
                for (JsonNode kr : objective.get("keyResults")) {
                    if (kr.get("key").asText().equals(keyResult)) {
                        return objective.get("key").asText();
                    }
                }
            }
        }
        throw new AssertionError("no objective of " + keyResult);
    }
}
