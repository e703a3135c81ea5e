package org.gatehouse.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatehouse.browser.BrowserTest;
import org.gatehouse.browser.Pages;
import org.gatehouse.launcher.GatehouseServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

@BrowserTest
class ViewAsIT {

    @Test
    void staffViewThePortalAsAContactReadOnlyAndTheAuditLogNamesThem(GatehouseServer gatehouse, WebDriver browser) {
        browser.get(gatehouse.backofficeUrl().resolve("login.xhtml").toString());
        Pages.signIn(browser, "admin@gatehouse.test", "gatehouse-demo");
        browser.findElement(By.id("navCustomers")).click();
        browser.findElement(By.linkText("Alpha Ltd")).click();
        browser.findElement(By.linkText("Contacts")).click();
        WebElement alice = new WebDriverWait(browser, Pages.PAGE_WAIT).until(page -> page.findElements(By.cssSelector("[id$='contacts'] tbody tr")).stream()
                .filter(row -> row.getText().contains("alice@alpha.test")).findFirst().orElse(null));
        alice.findElement(By.cssSelector("input[value='View as']")).click();

        Pages.waitFor(browser, "viewAsBanner");
        List<String> cases = browser.findElements(By.cssSelector("#cases tbody tr .case-title")).stream().map(WebElement::getText).sorted().toList();
        assertEquals(List.of("Add two users to the loyalty system", "Checkout terminal freezes at closing time"), cases, "Alice's portal");
        assertTrue(browser.findElement(By.id("viewAsBanner")).getText().contains("Alice Archer"), "the banner names the contact");
        assertTrue(browser.findElements(By.id("signOut")).isEmpty(), "no sign-out of the contact's own account in view-as");

        browser.findElement(By.id("endViewAs")).click();
        new WebDriverWait(browser, Pages.PAGE_WAIT).until(page -> page.getCurrentUrl().contains("/backoffice/"));
        browser.get(gatehouse.backofficeUrl().resolve("audit/index.xhtml").toString());
        Pages.waitFor(browser, "entries");
        String audit = browser.findElement(By.id("entries")).getText();
        assertTrue(audit.contains("view-as.page") && audit.contains("viewing as alice@alpha.test"), "the audit log records the pages: " + audit);
    }
}
