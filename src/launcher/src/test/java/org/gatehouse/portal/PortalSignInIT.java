package org.gatehouse.portal;

import org.gatehouse.browser.BrowserTest;
import org.gatehouse.browser.Pages;
import org.gatehouse.launcher.GatehouseServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@BrowserTest
class PortalSignInIT {


    @Test
    void contactSeesExactlyTheirOwnCases(GatehouseServer gatehouse, WebDriver browser) {
        signIn(gatehouse, browser, "alice@alpha.test");

        List<String> titles = browser.findElements(By.cssSelector("#cases tbody tr .case-title")).stream()
                .map(WebElement::getText)
                .sorted()
                .toList();

        assertAll(
                () -> assertEquals(List.of("Add two users to the loyalty system",
                        "Checkout terminal freezes at closing time"), titles, "Alice's cases"),
                // Bob works at Alice's company, but his case is his own
                () -> assertFalse(titles.contains("Power cut in the Main Street store"), "Bob's case is listed"),
                () -> assertFalse(titles.contains("Receipt printer prints blank pages"),
                        "another customer's case is listed"));
    }

    @Test
    void signingOutEndsTheSession(GatehouseServer gatehouse, WebDriver browser) {
        signIn(gatehouse, browser, "carol@beta.test");

        browser.findElement(By.id("account:signOut")).click();
        new WebDriverWait(browser, Pages.PAGE_WAIT).until(page -> !page.findElements(By.id("signIn")).isEmpty());
        browser.get(gatehouse.portalUrl().toString());

        assertTrue(browser.findElements(By.id("cases")).isEmpty(), "the case list is shown after signing out");
        assertFalse(browser.findElements(By.id("signIn")).isEmpty(), "the sign-in page is shown");
    }

    @Test
    void aPhoneShowsTheCaseListWithoutScrollingSideways(GatehouseServer gatehouse, WebDriver browser) {
        browser.manage().window().setSize(new Dimension(375, 812));
        signIn(gatehouse, browser, "superintendent@shoestring.test");

        JavascriptExecutor page = (JavascriptExecutor) browser;
        long pageWidth = (Long) page.executeScript("return document.documentElement.scrollWidth;");
        long screenWidth = (Long) page.executeScript("return document.documentElement.clientWidth;");
        // PrimeFaces puts a wide table in a box that scrolls sideways by itself: that counts as scrolling too
        long tableWidth = (Long) page.executeScript("return document.querySelector('#cases table').scrollWidth;");
        long tableBox = (Long) page.executeScript("return document.querySelector('#cases .ui-datatable-tablewrapper').clientWidth;");

        assertTrue(screenWidth <= 400, "a phone-sized screen, not " + screenWidth + " px");
        assertTrue(pageWidth <= screenWidth, "the page is " + pageWidth + " px wide on a " + screenWidth + " px screen");
        assertTrue(tableWidth <= tableBox, "the case table is " + tableWidth + " px wide in a " + tableBox + " px box");
        assertEquals(5, browser.findElements(By.cssSelector("#cases tbody tr .case-title")).size(), "the district's cases");
    }

    private static void signIn(GatehouseServer gatehouse, WebDriver browser, String email) {
        browser.get(gatehouse.portalUrl().resolve("login.xhtml").toString());
        Pages.signIn(browser, email, "gatehouse-demo");
    }
}
