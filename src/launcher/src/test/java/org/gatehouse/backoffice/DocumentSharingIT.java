package org.gatehouse.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gatehouse.browser.BrowserTest;
import org.gatehouse.browser.Pages;
import org.gatehouse.launcher.GatehouseServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * Staff upload a version hidden from the customer, share it with one click, and hide it again; the contact,
 * signed in to the portal in the same browser, sees and downloads it only while it is shared, also from a
 * page opened before it was hidden.
 */
@BrowserTest
class DocumentSharingIT {

    @Test
    void aVersionReachesTheContactOnlyWhileItIsShared(GatehouseServer gatehouse, WebDriver browser) throws IOException {
        String title = "Price list " + System.nanoTime();
        String content = "Spring prices: labels 0.12, rolls 3.40\n";
        Path file = Files.createTempFile("price-list-", ".txt");
        Files.writeString(file, content, StandardCharsets.UTF_8);

        browser.get(gatehouse.backofficeUrl().resolve("login.xhtml").toString());
        Pages.signIn(browser, "staff@gatehouse.test", "gatehouse-demo");
        String backOffice = browser.getWindowHandle();
        openAlphasDocumentation(browser);
        browser.findElement(By.id("tabs:documentTitle")).sendKeys(title);
        browser.findElement(By.id("tabs:versionFile")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("tabs:versionNote")).sendKeys("For the spring range");
        browser.findElement(By.id("tabs:uploadVersion")).click();
        WebElement row = row(browser, title);
        assertTrue(row.getText().contains("Hidden"), "a new version is hidden unless shared: " + row.getText());
        String fileId = row.findElement(By.cssSelector("a[href*='/files/']")).getAttribute("href").replaceAll(".*/files/", "");

        browser.switchTo().newWindow(WindowType.TAB);
        String portal = browser.getWindowHandle();
        browser.get(gatehouse.portalUrl().resolve("login.xhtml").toString());
        Pages.signIn(browser, "bob@alpha.test", "gatehouse-demo");
        browser.findElement(By.id("navDocumentation")).click();
        Pages.waitFor(browser, "versions");
        assertFalse(browser.findElement(By.id("versions")).getText().contains(title), "hidden: not listed for the contact");
        assertEquals(404, status(browser, "files/" + fileId), "hidden: its file is not found");

        browser.switchTo().window(backOffice);
        row(browser, title).findElement(By.cssSelector("a[id$='toggleShare']")).click();
        Pages.waitUntil(browser, page -> row(page, title).getText().contains("Shared"));

        browser.switchTo().window(portal);
        browser.navigate().refresh();
        Pages.waitFor(browser, "versions");
        WebElement listed = row(browser, title);
        assertTrue(listed.getText().contains("For the spring range"), listed.getText());
        String link = listed.findElement(By.cssSelector("a.document-download")).getAttribute("href");
        assertEquals("200 " + content, fetch(browser, link));

        // the contact keeps this page open while staff hide the version again
        browser.switchTo().window(backOffice);
        row(browser, title).findElement(By.cssSelector("a[id$='toggleShare']")).click();
        Pages.waitUntil(browser, page -> row(page, title).getText().contains("Hidden"));

        browser.switchTo().window(portal);
        assertEquals(404, status(browser, link), "hidden again: the link on the open page is not found");
        browser.findElement(By.id("search")).click();
        Pages.waitFor(browser, "versions");
        assertFalse(browser.findElement(By.id("versions")).getText().contains(title), "hidden again: no longer listed");
        Files.delete(file);
    }

    @Test
    void aSnapshotIsMadeInTheBackgroundWhileThePageShowsItsProgress(GatehouseServer gatehouse, WebDriver browser) {
        browser.get(gatehouse.backofficeUrl().resolve("login.xhtml").toString());
        Pages.signIn(browser, "staff@gatehouse.test", "gatehouse-demo");
        openAlphasDocumentation(browser);
        long before = browser.findElements(By.cssSelector("[id$='versions'] tbody tr")).stream()
                .filter(row -> row.getText().contains("Documentation snapshot")).count();

        browser.findElement(By.id("tabs:generateSnapshot")).click();
        Pages.waitFor(browser, "tabs:snapshotBar");
        Pages.waitUntil(browser, page -> page.findElement(By.id("messages")).getText()
                .contains("The documentation snapshot is ready"));

        WebElement made = row(browser, "Documentation snapshot");
        assertTrue(made.getText().contains("documentation-") && made.getText().contains("Hidden"), made.getText());
        assertEquals(before + 1, browser.findElements(By.cssSelector("[id$='versions'] tbody tr")).stream()
                .filter(row -> row.getText().contains("Documentation snapshot")).count(), "one snapshot more, on the same page");
        assertTrue(browser.findElement(By.id("tabs:generateSnapshot")).isDisplayed(), "the page can make another");
    }

    private static void openAlphasDocumentation(WebDriver browser) {
        browser.findElement(By.id("navCustomers")).click();
        browser.findElement(By.linkText("Alpha Ltd")).click();
        browser.findElement(By.linkText("All documentation")).click();
        Pages.waitUntil(browser, page -> page.findElement(By.id("tabs:uploadVersion")).isDisplayed());
    }

    /** The versions table's row of the document, once the page shows it. */
    private static WebElement row(WebDriver browser, String title) {
        return Pages.waitUntil(browser, page -> page.findElements(By.cssSelector("[id$='versions'] tbody tr")).stream()
                .filter(row -> row.getText().contains(title)).findFirst().orElse(null));
    }

    private static int status(WebDriver browser, String url) {
        return Integer.parseInt(fetch(browser, url).split(" ", 2)[0]);
    }

    /** "status body" of a GET with the page's session: a click on a download link would only save a file. */
    private static String fetch(WebDriver browser, String url) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(function (r) { return r.text().then(function (t) { done(r.status + ' ' + t); }); })"
                        + ".catch(function (e) { done('0 ' + e); });", url);
    }
}
