package org.gatehouse.browser;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Resolves a {@link WebDriver} parameter: a fresh headless Debian Chromium for each test, so no test sees another's
 * session. The driver is the one Debian installs, named explicitly, so that Selenium never tries to download one.
 *
 * <p>Without Chromium the tests are skipped on a developer's machine, but fail on CI ({@code CI=true}), where a
 * skipped browser test would pass unseen. When a test fails, the page it saw is kept in
 * {@code target/browser-failures/}.
 */
public final class Browser implements BeforeEachCallback, ParameterResolver, TestExecutionExceptionHandler {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path FAILURES = Path.of("target", "browser-failures");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    /** Before each test rather than the class, so that each one is reported as skipped. */
    @Override
    public void beforeEach(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String missing = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + ": install the Debian packages chromium chromium-driver";
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(missing + " (on CI a missing browser fails the tests)");
        }
        abort(missing);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public WebDriver resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // the method's store closes the browser after the test
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Session.class, key -> Session.open(), Session.class)
                .driver();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Session session = context.getStore(NAMESPACE).get(Session.class, Session.class);
        if (session != null) {
            String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
            try {
                session.keep(FAILURES.resolve(name));
            } catch (RuntimeException | IOException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    private record Session(WebDriver driver, Path profile) implements AutoCloseable {

        static Session open() {
            try {
                Path profile = Files.createTempDirectory("gatehouse-chromium-");
                ChromeOptions options = new ChromeOptions()
                        .setBinary(CHROMIUM.toFile())
                        .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                                "--user-data-dir=" + profile);
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
                return new Session(new ChromeDriver(service, options), profile);
            } catch (IOException e) {
                throw new UncheckedIOException("No profile directory for Chromium", e);
            }
        }

        /** Saves a screenshot and the HTML of the current page, as {@code <prefix>.png} and {@code <prefix>.html}. */
        void keep(Path prefix) throws IOException {
            Files.createDirectories(prefix.getParent());
            Files.write(prefix.resolveSibling(prefix.getFileName() + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(prefix.resolveSibling(prefix.getFileName() + ".html"), driver.getPageSource(),
                    StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            driver.quit();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
