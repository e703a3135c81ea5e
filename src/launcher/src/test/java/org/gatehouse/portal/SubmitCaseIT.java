package org.gatehouse.portal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gatehouse.browser.BrowserTest;
import org.gatehouse.browser.Pages;
import org.gatehouse.launcher.GatehouseServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

@BrowserTest
class SubmitCaseIT {

    @Test
    void aContactSubmitsACaseWithAFileOnAPhoneAndDownloadsTheFile(GatehouseServer gatehouse, WebDriver browser) throws IOException {
        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(gatehouse.portalUrl().resolve("login.xhtml").toString());
        Pages.signIn(browser, "gina@gamma.test", "gatehouse-demo");
        String content = "Till 3 refuses gift cards since 9:00.\n";
        Path file = Files.createTempFile("till-3-", ".txt");
        Files.writeString(file, content, StandardCharsets.UTF_8);

        browser.findElement(By.id("newCase")).click();
        Pages.waitFor(browser, "submitCase");
        assertTrue(fitsTheScreen(browser), "the New case page scrolls sideways on a phone");
        assertTrue(browser.findElement(By.cssSelector("label[for=files]")).getText().contains("25 MB"), "the size limit is shown");
        new Select(browser.findElement(By.id("type"))).selectByVisibleText("Incident report");
        browser.findElement(By.id("title")).sendKeys("Gift cards refused at till 3");
        browser.findElement(By.id("description")).sendKeys("Every gift card, since this morning.");
        browser.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("submitCase")).click();
        Pages.waitFor(browser, "caseStatus");

        List<WebElement> links = browser.findElements(By.cssSelector("#caseFiles a.attachment"));
        assertAll(
                () -> assertEquals("Gift cards refused at till 3", browser.findElement(By.cssSelector(".case-title")).getText()),
                () -> assertEquals("Open", browser.findElement(By.id("caseStatus")).getText()),
                () -> assertEquals("Incident report", browser.findElement(By.id("caseType")).getText()),
                () -> assertEquals(List.of(file.getFileName().toString()), links.stream().map(WebElement::getText).toList(), "the attached file"),
                () -> assertTrue(fitsTheScreen(browser), "the case page scrolls sideways on a phone"));
        // a click would only start a download: fetch the link with the page's session instead
        String fetched = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(function (r) { return r.text().then(function (t) { done(r.status + ' ' + r.headers.get('Content-Type') + '\\n' + t); }); })"
                        + ".catch(function (e) { done('failed ' + e); });",
                links.get(0).getAttribute("href"));
        assertEquals("200 text/plain;charset=UTF-8\n" + content, fetched.replace("; charset", ";charset"));
        Files.delete(file);
    }

    private static boolean fitsTheScreen(WebDriver browser) {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        long pageWidth = (Long) page.executeScript("return document.documentElement.scrollWidth;");
        long screenWidth = (Long) page.executeScript("return document.documentElement.clientWidth;");
        return pageWidth <= screenWidth;
    }
}
