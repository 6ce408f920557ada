package io.okrscorecard.web;

import io.okrscorecard.rest.ApiFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import org.junit.rules.ExternalResource;
import org.junit.rules.TestRule;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One {@link HeadlessChromium} for a test class, as its {@code @ClassRule}: started before the class (which is skipped
 * where Chromium is not installed) and closed after it. {@link #eachTest} is the {@code @Rule} that tidies up after
 * every test of the class.
 */
public final class ChromiumRule extends ExternalResource {
    private final String prefix;
    private final Dimension window;
    private HeadlessChromium chromium;

    /** A window of {@code width} × {@code height}; screenshots of failed tests are named {@code <prefix>-failed-*}. */
    public ChromiumRule(String prefix, int width, int height) {
        this.prefix = prefix;
        this.window = new Dimension(width, height);
    }

    @Override
    protected void before() throws IOException {
        chromium = HeadlessChromium.start(window.getWidth(), window.getHeight());
    }

    @Override
    protected void after() {
        try {
            chromium.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            chromium = null;
        }
    }

    public ChromeDriver driver() {
        return chromium.driver();
    }

    public JavascriptExecutor js() {
        return chromium.js();
    }

    /** The errors the page's console logged since the last call ({@link HeadlessChromium#consoleErrors}). */
    public List<String> consoleErrors() {
        return chromium.consoleErrors();
    }

    /** Saves what the window shows as {@code target/screenshots/<name>.png}. */
    public void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }

    /** {@link #eachTest(Supplier)} for tests that start no server of their own. */
    public TestRule eachTest() {
        return eachTest(() -> null);
    }

    /**
     * The rule for every test: when it fails, saves {@code <prefix>-failed-<test>.png}; then leaves the page (so the
     * server can stop without a page polling it), gives the window back its size and closes the test's server, which
     * {@code server} may give as null.
     */
    public TestRule eachTest(Supplier<ApiFixture> server) {
        return new TestWatcher() {
            @Override
            protected void failed(Throwable e, Description description) {
                try {
                    chromium.screenshot(prefix + "-failed-" + description.getMethodName());
                } catch (IOException | RuntimeException ignored) {
                    // the failure itself is what gets reported
                }
            }

            @Override
            protected void finished(Description description) {
                try {
                    chromium.driver().manage().window().setSize(window);
                    chromium.blank();
                } finally {
                    ApiFixture api = server.get();
                    if (api != null) {
                        api.close();
                    }
                }
            }
        };
    }
}
