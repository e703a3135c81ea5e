package org.gatehouse.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatehouse.browser.BrowserTest;
import org.gatehouse.browser.Mailbox;
import org.gatehouse.browser.Pages;
import org.gatehouse.launcher.GatehouseServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Issue 3's journey: a new group and customer, its first contact invited by mail, and a partner given access. */
@BrowserTest
class OnboardCustomerIT {

    @Test
    void anAdminOnboardsACustomerItsContactSetsAPasswordAndTheGrantedPartnerSeesIt(GatehouseServer gatehouse, WebDriver browser) {
        String run = Long.toString(System.nanoTime() % 1_000_000);
        String group = "Hospitality " + run;
        String customer = "Grand Hotel " + run;
        String contact = "gerry-" + run + "@grandhotel.test";
        String password = "gerry's own password";

        browser.get(gatehouse.backofficeUrl().resolve("login.xhtml").toString());
        Pages.signIn(browser, "admin@gatehouse.test", "gatehouse-demo");
        browser.findElement(By.id("navGroups")).click();
        Pages.waitFor(browser, "createGroup");
        browser.findElement(By.id("name")).sendKeys(group);
        browser.findElement(By.id("create")).click();
        String code = new WebDriverWait(browser, Pages.PAGE_WAIT).until(page -> page.getPageSource().contains("Customer group " + group + "-")
                ? page.getPageSource().replaceAll("(?s).*Customer group (" + group + "-\\d{4}) created.*", "$1") : null);

        browser.findElement(By.id("navCustomers")).click();
        browser.findElement(By.id("addCustomer")).click();
        Pages.waitFor(browser, "add");
        browser.findElement(By.id("name")).sendKeys(customer);
        new Select(browser.findElement(By.id("group"))).selectByVisibleText(code);
        browser.findElement(By.id("add")).click();
        new WebDriverWait(browser, Pages.PAGE_WAIT).until(page -> page.getCurrentUrl().contains("customer.xhtml"));

        browser.findElement(By.linkText("Company access")).click();
        new Select(browser.findElement(By.cssSelector("[id$=':grantee']"))).selectByVisibleText("Bogus Inc");
        browser.findElement(By.cssSelector("[id$=':grant']")).click();
        new WebDriverWait(browser, Pages.PAGE_WAIT).until(page -> !page.findElements(By.cssSelector("[id$='grants'] .grantee")).isEmpty());

        browser.findElement(By.id("navUsers")).click();
        Pages.waitFor(browser, "inviteForm");
        browser.findElement(By.id("email")).sendKeys(contact);
        browser.findElement(By.id("displayName")).sendKeys("Gerry Guest");
        new Select(browser.findElement(By.id("company"))).selectByVisibleText(customer + " (customer)");
        browser.findElement(By.id("invite")).click();
        new WebDriverWait(browser, Pages.PAGE_WAIT).until(page -> page.getPageSource().contains("Invitation sent to " + contact + "."));

        browser.get(Mailbox.passwordLink(gatehouse.mailDirectory(), contact));
        Pages.waitFor(browser, "password");
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("repeated")).sendKeys(password);
        browser.findElement(By.id("setPassword")).click();
        Pages.waitFor(browser, "passwordSet");
        browser.get(gatehouse.portalUrl().resolve("login.xhtml").toString());
        Pages.signIn(browser, contact, password);
        assertEquals("Gerry Guest", browser.findElement(By.id("signedInAs")).getText());

        browser.manage().deleteAllCookies();
        browser.get(gatehouse.backofficeUrl().resolve("login.xhtml").toString());
        Pages.signIn(browser, "partner@bogus.test", "gatehouse-demo");
        browser.findElement(By.id("navCustomers")).click();
        new WebDriverWait(browser, Pages.PAGE_WAIT).until(page -> page.getPageSource().contains("Beta Ltd"));
        assertTrue(browser.getPageSource().contains(customer), "the partner sees the customer granted to Bogus Inc");
    }
}
