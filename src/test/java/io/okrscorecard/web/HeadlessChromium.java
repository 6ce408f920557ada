package io.okrscorecard.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.Assume;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages, driven by Selenium; tests that
 * use it are skipped where they are not installed ({@code .ci/run} installs them). Screenshots go to
 * {@code target/screenshots/<name>.png}. Test classes run one through {@link ChromiumRule}.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private HeadlessChromium(int width, int height) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        profile = Files.createTempDirectory("okr-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        // the console's errors, for tests that check a page runs without script errors
        options.setCapability("goog:loggingPrefs", Map.of("browser", "SEVERE"));
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .withLogFile(new File("target/chromedriver.log"))
                .build();
        driver = new ChromeDriver(service, options);
    }

    /** Starts Chromium with a window of {@code width} × {@code height}; skips the test class where it is missing. */
    public static HeadlessChromium start(int width, int height) throws IOException {
        Assume.assumeTrue(
                "needs Debian's chromium and chromium-driver",
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER));
        return new HeadlessChromium(width, height);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public JavascriptExecutor js() {
        return driver;
    }

    /** Saves what the window shows as {@code target/screenshots/<name>.png}. */
    public void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The errors the page's console logged since the last call (script errors, failed loads), but for the browser's own
     * request of {@code /favicon.ico}, which the test servers do not have.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("/favicon.ico "))
                .toList();
    }

    /** Leaves the page (so a server can stop without a page polling it). */
    public void blank() {
        driver.get("about:blank");
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
