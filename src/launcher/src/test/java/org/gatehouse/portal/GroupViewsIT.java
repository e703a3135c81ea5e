package org.gatehouse.portal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gatehouse.browser.BrowserTest;
import org.gatehouse.browser.Pages;
import org.gatehouse.launcher.GatehouseServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Seed 003: the principal holds the category read access "Almond School Staff"; the teacher is a plain member. */
@BrowserTest
class GroupViewsIT {

    @Test
    void theSuperCustomerOfAlmondSchoolStaffSeesTheThreeGroupViewsWithTheCategorysCases(GatehouseServer gatehouse, WebDriver browser) {
        signIn(gatehouse, browser, "principal@almond.test");

        assertEquals(List.of("Every case you can see", "My cases", "Open group cases", "All group cases", "Closed group cases"),
                viewsOffered(browser), "the views offered to the principal");
        assertAll(
                () -> assertEquals(List.of("Network check before exam week"), show(browser, "My cases"), "My cases"),
                () -> assertEquals(List.of("Network check before exam week", "Projector in room 12 has no signal"),
                        show(browser, "Open group cases"), "Open group cases"),
                () -> assertEquals(List.of("Install the maths software on the lab PCs", "Network check before exam week",
                        "Projector in room 12 has no signal"), show(browser, "All group cases"), "All group cases"),
                () -> assertEquals(List.of("Install the maths software on the lab PCs"), show(browser, "Closed group cases"),
                        "Closed group cases"));

        browser.get(gatehouse.portalUrl().resolve("index.xhtml?view=OPEN_GROUP&text=projector").toString());
        assertEquals(List.of("Projector in room 12 has no signal"), titles(browser), "a link to a view with a title filter");
    }

    @Test
    void aPlainContactOfTheCategoryIsOfferedNoGroupViewAndSeesOnlyTheirOwnCases(GatehouseServer gatehouse, WebDriver browser) {
        signIn(gatehouse, browser, "teacher@almond.test");

        assertAll(
                () -> assertEquals(List.of("Every case you can see", "My cases"), viewsOffered(browser), "the views offered to the teacher"),
                () -> assertEquals(List.of("Install the maths software on the lab PCs", "Projector in room 12 has no signal"),
                        titles(browser), "every case the teacher can see"));

        browser.get(gatehouse.portalUrl().resolve("index.xhtml?view=ALL_GROUP").toString());
        assertEquals(List.of("Install the maths software on the lab PCs", "Projector in room 12 has no signal"), titles(browser),
                "a link to a group view the teacher is not offered shows her own cases only");
    }

    private static List<String> viewsOffered(WebDriver browser) {
        return new Select(browser.findElement(By.id("view"))).getOptions().stream().map(WebElement::getText).toList();
    }

    /** Chooses the view, shows it and reads the titles of the page that replaces the old one. */
    private static List<String> show(WebDriver browser, String view) {
        new Select(browser.findElement(By.id("view"))).selectByVisibleText(view);
        // a mark on the page shown now: gone once the next page has replaced it
        ((JavascriptExecutor) browser).executeScript("document.documentElement.dataset.shown = 'before';");
        browser.findElement(By.id("applyFilter")).click();
        new WebDriverWait(browser, Pages.PAGE_WAIT).ignoring(WebDriverException.class).until(page ->
                !"before".equals(((JavascriptExecutor) page).executeScript("return document.documentElement.dataset.shown;")));
        Pages.waitFor(browser, "cases");
        return titles(browser);
    }

    private static List<String> titles(WebDriver browser) {
        return browser.findElements(By.cssSelector("#cases tbody tr .case-title a")).stream().map(WebElement::getText).sorted().toList();
    }

    private static void signIn(GatehouseServer gatehouse, WebDriver browser, String email) {
        browser.get(gatehouse.portalUrl().resolve("login.xhtml").toString());
        Pages.signIn(browser, email, "gatehouse-demo");
    }
}
