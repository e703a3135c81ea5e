package org.gatehouse.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.gatehouse.browser.BrowserTest;
import org.gatehouse.browser.Pages;
import org.gatehouse.launcher.GatehouseServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * Seed 004 as the operator and Northwind's people do it: the back office makes a new machine visible to a plant's
 * contact, who then finds it with its work order in the portal; "assigned work orders only" hides the others; a
 * contact standing at a machine raises an incident report about it from a phone; the technician drags a visit to
 * another day in the planning.
 */
@BrowserTest
class AssetsIT {

    private static final String PASSWORD = "gatehouse-demo";

    @Test
    void anAssetMadeVisibleToAContactShowsInThePortalWithItsWorkOrders(GatehouseServer gatehouse, WebDriver browser) {
        String name = "Compressor " + System.nanoTime();
        String order = "Check the oil of " + name;
        signInToBackOffice(gatehouse, browser);
        openAsset(browser, "Plant North");
        browser.findElement(By.id("childName")).sendKeys(name);
        browser.findElement(By.id("childCode")).sendKeys("T-" + System.nanoTime());
        browser.findElement(By.id("addChild")).click();
        Pages.waitUntil(browser, page -> page.findElement(By.id("messages")).getText().contains("added below Plant North"));
        browser.findElement(By.linkText(name)).click();
        Pages.waitUntil(browser, page -> page.findElement(By.id("assetName")).getText().equals(name));
        new Select(browser.findElement(By.id("grantContact"))).selectByVisibleText("Oscar Ortiz (oscar@northwind.test)");
        browser.findElement(By.cssSelector("input[name='grantAssigned'][value='false']")).click();
        browser.findElement(By.id("grant")).click();
        Pages.waitUntil(browser, page -> page.findElement(By.id("grants")).getText().contains("Only made visible"));
        browser.findElement(By.id("orderTitle")).sendKeys(order);
        browser.findElement(By.id("addOrder")).click();
        Pages.waitUntil(browser, page -> page.findElement(By.id("workOrders")).getText().contains(order));

        browser.switchTo().newWindow(WindowType.TAB);
        signInToPortal(gatehouse, browser, "oscar@northwind.test");
        browser.findElement(By.id("navAssets")).click();
        List<String> assets = assetNames(browser);
        assertTrue(assets.contains(name) && assets.contains("Conveyor 3"), "the new machine and his hall's: " + assets);
        assertFalse(assets.contains("Office building"), "nothing that was not made visible to him: " + assets);
        browser.findElement(By.linkText(name)).click();
        assertTrue(browser.findElement(By.id("workOrders")).getText().contains(order), "its work order");
    }

    @Test
    void assignedWorkOrdersOnlyHidesTheWorkOrdersNotAssignedToTheContact(GatehouseServer gatehouse, WebDriver browser) {
        signInToBackOffice(gatehouse, browser);
        String backOffice = browser.getWindowHandle();
        String contactPage = openContact(browser, "Northwind Plant North", "Oscar Ortiz");
        browser.switchTo().newWindow(WindowType.TAB);
        signInToPortal(gatehouse, browser, "oscar@northwind.test");
        String portal = browser.getWindowHandle();
        openPortalAsset(browser, "Conveyor 3");
        assertTrue(workOrders(browser).containsAll(List.of("Replace the drive belt", "Quarterly inspection")), "all: " + workOrders(browser));

        browser.switchTo().window(backOffice);
        saveAssignedOnly(browser, contactPage, true);
        try {
            browser.switchTo().window(portal);
            browser.navigate().refresh();
            assertEquals(List.of("Quarterly inspection"), workOrders(browser), "only the one assigned to him");
        } finally {
            browser.switchTo().window(backOffice);
            saveAssignedOnly(browser, contactPage, false);
        }
        browser.switchTo().window(portal);
        browser.navigate().refresh();
        assertTrue(workOrders(browser).contains("Replace the drive belt"), "back again once switched off");
    }

    @Test
    void aContactRaisesAnIncidentReportFromAnAssetPageOnAPhone(GatehouseServer gatehouse, WebDriver browser) {
        String title = "Conveyor 3 makes a grinding noise " + System.nanoTime();
        browser.manage().window().setSize(new Dimension(390, 844));
        signInToPortal(gatehouse, browser, "oscar@northwind.test");
        openPortalAsset(browser, "Conveyor 3");
        assertFitsTheScreen(browser);
        WebElement raise = browser.findElement(By.id("raiseRequest"));
        assertTrue(raise.isDisplayed(), "the action is on the screen");
        raise.click();
        Pages.waitFor(browser, "submitCase");
        assertTrue(browser.findElement(By.id("aboutAsset")).getText().contains("Conveyor 3"), "the form says which asset");
        assertFitsTheScreen(browser);
        new Select(browser.findElement(By.id("type"))).selectByVisibleText("Incident report");
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("description")).sendKeys("Started this morning on line 3.");
        browser.findElement(By.id("submitCase")).click();
        Pages.waitUntil(browser, page -> page.getPageSource().contains(title));

        openPortalAsset(browser, "Conveyor 3");
        assertTrue(browser.findElement(By.id("assetRequests")).getText().contains(title), "listed on the asset's page");
    }

    @Test
    void theTechnicianDragsAVisitToAnotherDayInThePlanning(GatehouseServer gatehouse, WebDriver browser) {
        String title = "Belt tension check " + System.nanoTime();
        LocalDate today = LocalDate.now();
        LocalDate tomorrow = today.plusDays(1);
        signInToBackOffice(gatehouse, browser);
        openAsset(browser, "Conveyor 3");
        browser.findElement(By.id("planVisit")).click();
        Pages.waitFor(browser, "addEntryButton");
        browser.findElement(By.id("addTitle")).sendKeys(title);
        browser.findElement(By.id("addMinutes")).clear();
        browser.findElement(By.id("addMinutes")).sendKeys("45");
        new Select(browser.findElement(By.id("addTechnician"))).selectByIndex(1);
        // the date picker last: its panel opens over the fields below it until it is closed
        WebElement start = browser.findElement(By.id("addStart_input"));
        start.clear();
        start.sendKeys(today + " 10:00", Keys.ESCAPE);
        browser.findElement(By.id("addEntryButton")).click();
        Pages.waitUntil(browser, page -> page.findElement(By.id("messages")).getText().contains(title));

        browser.findElement(By.cssSelector(".fc-dayGridMonth-button")).click();
        // the month's entries are loaded after the view is drawn, which draws it again: take the entry once that settled
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement visit = Pages.waitUntil(browser, page -> page.findElements(By.cssSelector(".fc-daygrid-event")).stream()
                        .filter(event -> event.getText().contains(title)).findFirst().orElse(null));
                WebElement nextDay = browser.findElement(By.cssSelector("td.fc-daygrid-day[data-date='" + tomorrow + "'] .fc-daygrid-day-frame"));
                new Actions(browser).clickAndHold(visit).pause(Duration.ofMillis(200)).moveByOffset(10, 5).pause(Duration.ofMillis(200))
                        .moveToElement(nextDay).pause(Duration.ofMillis(300)).release().perform();
                break;
            } catch (StaleElementReferenceException redrawn) {
                if (attempt == 3) {
                    throw redrawn;
                }
            }
        }
        String moved = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(tomorrow) + ", 10:00";
        Pages.waitUntil(browser, page -> page.findElement(By.id("messages")).getText().contains("moved to " + moved));

        browser.navigate().refresh();
        browser.findElement(By.cssSelector(".fc-dayGridMonth-button")).click();
        Pages.waitUntil(browser, page -> page.findElement(By.cssSelector("td.fc-daygrid-day[data-date='" + tomorrow + "']")).getText().contains(title));
        assertFalse(browser.findElement(By.cssSelector("td.fc-daygrid-day[data-date='" + today + "']")).getText().contains(title),
                "no longer on the day it was planned for");
    }

    /** Nothing wider than the phone's screen: no sideways scrolling to reach a button. */
    private static void assertFitsTheScreen(WebDriver browser) {
        long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, "the page is " + overflow + " px wider than the screen");
    }

    private static void signInToBackOffice(GatehouseServer gatehouse, WebDriver browser) {
        browser.get(gatehouse.backofficeUrl().resolve("login.xhtml").toString());
        Pages.signIn(browser, "admin@gatehouse.test", PASSWORD);
    }

    private static void signInToPortal(GatehouseServer gatehouse, WebDriver browser, String email) {
        browser.get(gatehouse.portalUrl().resolve("login.xhtml").toString());
        Pages.signIn(browser, email, PASSWORD);
    }

    /** In the back office: the asset's page, found with the assets search. */
    private static void openAsset(WebDriver browser, String name) {
        browser.findElement(By.id("navAssets")).click();
        browser.findElement(By.id("q")).sendKeys(name);
        browser.findElement(By.id("search")).click();
        // the list is drawn again with the search's answer: click the link of the page that settled
        Pages.waitUntil(browser, page -> {
            page.findElement(By.linkText(name)).click();
            return true;
        });
        Pages.waitUntil(browser, page -> page.findElement(By.id("assetName")).getText().equals(name));
    }

    private static void openPortalAsset(WebDriver browser, String name) {
        browser.findElement(By.id("navAssets")).click();
        Pages.waitUntil(browser, page -> page.findElement(By.linkText(name))).click();
        Pages.waitUntil(browser, page -> page.findElement(By.id("assetName")).getText().equals(name));
    }

    /** @return the address of the contact's page */
    private static String openContact(WebDriver browser, String customer, String contact) {
        browser.findElement(By.id("navCustomers")).click();
        browser.findElement(By.linkText(customer)).click();
        browser.findElement(By.xpath("//div[@id='tabs']//a[normalize-space()='Contacts']")).click();
        Pages.waitUntil(browser, page -> page.findElement(By.linkText(contact))).click();
        Pages.waitFor(browser, "saveOptions");
        return browser.getCurrentUrl();
    }

    private static void saveAssignedOnly(WebDriver browser, String contactPage, boolean on) {
        browser.get(contactPage);
        Pages.waitFor(browser, "assignedWorkOrdersOnlyChoice");
        WebElement choice = browser.findElement(By.id("assignedWorkOrdersOnlyChoice"));
        if (choice.isSelected() != on) {
            choice.click();
        }
        browser.findElement(By.id("saveOptions")).click();
        Pages.waitUntil(browser, page -> page.findElement(By.id("assignedWorkOrdersOnly")).getText()
                .equals(on ? "Only those assigned to them" : "All under their assets"));
    }

    private static List<String> assetNames(WebDriver browser) {
        return browser.findElements(By.cssSelector("#assets .asset-name a")).stream().map(WebElement::getText).toList();
    }

    private static List<String> workOrders(WebDriver browser) {
        return browser.findElements(By.cssSelector("#workOrders .work-order-title")).stream().map(WebElement::getText).toList();
    }
}
