package org.gatehouse.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every browser test does with Gatehouse's pages: sign in, and wait for an element. */
public final class Pages {

    /** The first page a server renders compiles its views, which takes a while on a small machine. */
    public static final Duration PAGE_WAIT = Duration.ofSeconds(30);

    private Pages() {
    }

    /** Fills in the sign-in page the browser shows and waits for the case list it lands on. */
    public static void signIn(WebDriver browser, String email, String password) {
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("signIn")).click();
        new WebDriverWait(browser, PAGE_WAIT).until(page -> {
            page.findElements(By.id("signInError")).stream()
                    .filter(message -> message.isDisplayed() && !message.getText().isBlank())
                    .findFirst()
                    .ifPresent(message -> fail("Sign-in of " + email + " failed: " + message.getText()));
            return !page.findElements(By.id("cases")).isEmpty();
        });
    }

    public static void waitFor(WebDriver browser, String id) {
        new WebDriverWait(browser, PAGE_WAIT).until(page -> !page.findElements(By.id(id)).isEmpty());
    }

    /**
     * Waits for the condition; an element of a page being replaced (a postback) is asked again on the next page.
     * Chromium reports such an element either as stale or, when the page is swapped between finding it and reading
     * it, as a node that "does not belong to the document": both mean "look again".
     */
    public static <T> T waitUntil(WebDriver browser, Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, PAGE_WAIT).ignoring(StaleElementReferenceException.class).until(page -> {
            try {
                return condition.apply(page);
            } catch (WebDriverException replaced) {
                if (replaced.getMessage() != null && replaced.getMessage().contains("does not belong to the document")) {
                    return null;
                }
                throw replaced;
            }
        });
    }
}
