package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.okrscorecard.sandbox.demo.DemoOrganisation;
import io.okrscorecard.sandbox.server.DemoSandbox;
import io.okrscorecard.sandbox.server.SandboxUsers.Persona;
import io.okrscorecard.sandbox.web.AdminPage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The perspective mapping as a Jira administrator uses it, in headless Chromium against the sandbox's demo (started
 * once for the class, at a fixed time in its running cycle 2026-Q4): on the admin page, map a value to another
 * perspective, save, press "Recalculate now" and wait for it to finish; the gadget then lists the objectives under the
 * new perspective, exactly as the scorecard API does. For the BSC Perspective option, labels and components (the demo's
 * objectives carry a label and a component per perspective). Each test starts from the demo's own mapping.
 * Screenshots: target/screenshots/sandbox-mapping-*.png.
 */
public class SandboxMappingBrowserTest {
    private static final String API = "/rest/okr-scorecard/1.0/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LEARNING = "Learning & Growth";
    private static final String LEARNING_KEY = "learning-growth";
    private static final String UNASSIGNED = "";

    @ClassRule
    public static final DemoSandbox DEMO = new DemoSandbox();

    @ClassRule
    public static final ChromiumRule CHROMIUM = new ChromiumRule("sandbox-mapping", 1280, 1800);

    private static Map<String, String> texts;
    private static String demoMapping;

    private final ChromeDriver driver = CHROMIUM.driver();
    private GadgetPage gadget;
    private WebDriverWait wait;
    private List<String> learning;

    @Rule
    public final TestRule eachTest = CHROMIUM.eachTest();

    @BeforeClass
    public static void keepTheDemosMapping() throws IOException {
        texts = DEMO.sandbox().texts().withPrefixes(List.of("okr.admin."));
        demoMapping = JSON.writeValueAsString(DEMO.api("GET", "admin/mappings", null));
    }

    @Before
    public void startFromTheDemosMappingAsTheAdministrator() {
        DEMO.api("PUT", "admin/mappings", demoMapping);
        learning = keysOf(DEMO.api("GET", "scorecard", null), LEARNING_KEY);
        assertEquals("the demo's running cycle has four learning-and-growth objectives", 4, learning.size());
        DEMO.actAs(driver, Persona.ADMIN);
        CHROMIUM.js().executeScript("window.localStorage.clear();");
        gadget = new GadgetPage(driver, DEMO.origin());
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @Test
    public void aBscPerspectiveValueMappedToFinancialMovesItsObjectivesToFinancialOnTheGadget() throws IOException {
        openAdminPage();
        int row = rowOfValue(LEARNING);
        choosePerspective(row, "financial");
        saveAndRecalculate("sandbox-mapping-value-admin");

        assertMovedTo("financial", "sandbox-mapping-value-gadget");
    }

    @Test
    public void aLabelsMappingMovesTheObjectivesWithThatLabelOnTheGadget() throws IOException {
        openAdminPage();
        chooseSource("LABELS");
        setRow(0, DemoOrganisation.LABELS.get(LEARNING), "customer");
        saveAndRecalculate("sandbox-mapping-labels-admin");

        assertMovedTo("customer", "sandbox-mapping-labels-gadget");
    }

    @Test
    public void aComponentsMappingMovesTheObjectivesOfThatComponentOnTheGadget() throws IOException {
        openAdminPage();
        chooseSource("COMPONENTS");
        setRow(0, DemoOrganisation.COMPONENTS.get(LEARNING), "internal-processes");
        saveAndRecalculate("sandbox-mapping-components-admin");

        assertMovedTo("internal-processes", "sandbox-mapping-components-gadget");
    }

    // ---------- the admin page ----------

    private void openAdminPage() {
        driver.get(DEMO.origin() + AdminPage.PATH);
        wait.until(ExpectedConditions.presenceOfElementLocated(mappingRows()));
    }

    private static By mappingRows() {
        return By.cssSelector("#okr-admin-mapping tbody tr");
    }

    private void chooseSource(String source) {
        new Select(driver.findElement(By.cssSelector("#okr-admin-mapping select[data-field='mapping.source']")))
                .selectByValue(source);
    }

    private int rowOfValue(String value) {
        List<WebElement> rows = driver.findElements(mappingRows());
        for (int i = 0; i < rows.size(); i++) {
            if (value.equals(valueInput(rows.get(i)).getDomProperty("value"))) {
                return i;
            }
        }
        throw new AssertionError("no mapping row for " + value);
    }

    private void setRow(int row, String value, String perspectiveKey) {
        WebElement input = valueInput(driver.findElements(mappingRows()).get(row));
        input.clear();
        input.sendKeys(value);
        choosePerspective(row, perspectiveKey);
    }

    private void choosePerspective(int row, String perspectiveKey) {
        new Select(driver.findElements(mappingRows()).get(row).findElement(By.cssSelector("select")))
                .selectByValue(perspectiveKey);
    }

    private static WebElement valueInput(WebElement row) {
        return row.findElement(By.cssSelector("input[data-field='mapping.values']"));
    }

    /** Saves the mapping ("Saved."), then presses "Recalculate now" and waits until it finished. */
    private void saveAndRecalculate(String screenshot) throws IOException {
        button("okr-admin-mapping", texts.get("okr.admin.save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("okr-admin-status"), texts.get("okr.admin.saved")));
        button("okr-admin-recalculate", texts.get("okr.admin.recalculate.start"))
                .click();
        wait.until(ExpectedConditions.textToBe(By.id("okr-admin-status"), texts.get("okr.admin.recalculate.done")));
        String progress = driver.findElement(By.cssSelector("#okr-admin-recalculate .okr-admin-progress-text"))
                .getText();
        assertTrue(progress, progress.contains("FINISHED"));
        CHROMIUM.screenshot(screenshot);
    }

    private WebElement button(String section, String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='" + section + "']//button[normalize-space(.)='" + text + "']")));
    }

    // ---------- the gadget ----------

    /** The learning-and-growth objectives are listed under {@code perspectiveKey}, and every list as the API has it. */
    private void assertMovedTo(String perspectiveKey, String screenshot) throws IOException {
        JsonNode scorecard = DEMO.api("GET", "scorecard", null);
        gadget.open();
        CHROMIUM.screenshot(screenshot);

        assertTrue(keysOf(scorecard, perspectiveKey).containsAll(learning));
        List<String> shown = gadget.objectiveKeys(perspectiveKey);
        assertTrue(perspectiveKey + " lists " + shown, shown.containsAll(learning));
        assertFalse(keysOf(scorecard, LEARNING_KEY).stream().anyMatch(learning::contains));
        List<String> perspectives = new ArrayList<>();
        scorecard
                .get("perspectives")
                .forEach(perspective -> perspectives.add(perspective.get("key").asText()));
        perspectives.add(UNASSIGNED);
        for (String key : perspectives) {
            List<String> listed = keysOf(scorecard, key);
            if (!listed.isEmpty()) {
                assertEquals(key, listed, gadget.objectiveKeys(key));
            }
        }
    }

    /** The keys of a perspective's objectives in a scorecard answer, in order ("" for the unassigned ones). */
    private static List<String> keysOf(JsonNode scorecard, String perspectiveKey) {
        JsonNode objectives = perspectiveKey.equals(UNASSIGNED) ? scorecard.get("unassigned") : null;
        for (JsonNode perspective : scorecard.get("perspectives")) {
            if (perspective.get("key").asText().equals(perspectiveKey)) {
                objectives = perspective.get("objectives");
            }
        }
        List<String> keys = new ArrayList<>();
        if (objectives != null) {
            objectives.forEach(objective -> keys.add(objective.get("key").asText()));
        }
        return keys;
    }
}
