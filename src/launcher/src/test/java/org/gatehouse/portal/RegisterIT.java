package org.gatehouse.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.gatehouse.browser.BrowserTest;
import org.gatehouse.browser.Mailbox;
import org.gatehouse.browser.Pages;
import org.gatehouse.launcher.GatehouseServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

@BrowserTest
class RegisterIT {

    @Test
    void aNewCustomerRegistersWithTheGroupCodeConfirmsTheAddressAndSignsIn(GatehouseServer gatehouse, WebDriver browser) {
        // a new address on each run: the mailbox finds the mail by its recipient
        String email = "dora-" + UUID.randomUUID() + "@delta.test";
        String password = "correct horse battery";
        browser.get(gatehouse.portalUrl().resolve("login.xhtml").toString());
        Pages.waitFor(browser, "register");
        browser.findElement(By.id("register")).click();
        Pages.waitFor(browser, "groupCode");

        browser.findElement(By.id("companyName")).sendKeys("Delta Learning Centre");
        browser.findElement(By.id("name")).sendKeys("Dora Day");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("groupCode")).sendKeys("Education-1207");
        browser.findElement(By.id("register")).click();
        Pages.waitFor(browser, "registered");
        assertTrue(browser.findElement(By.id("registered")).getText().contains("check your mail"), "the page says to check the mail");

        browser.get(Mailbox.confirmationLink(gatehouse.mailDirectory(), email));
        Pages.waitFor(browser, "confirmed");
        browser.findElement(By.id("signInNow")).click();
        Pages.waitFor(browser, "signIn");
        Pages.signIn(browser, email, password);

        assertEquals(0, browser.findElements(By.cssSelector("#cases tbody tr .case-title")).size(), "a new customer has no cases");
        assertTrue(browser.findElement(By.id("cases")).getText().contains("No cases."), "the empty case list says so");
        assertEquals("Dora Day", browser.findElement(By.id("signedInAs")).getText());
    }
}
