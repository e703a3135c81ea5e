package org.gatehouse.designs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.gatehouse.browser.BrowserTest;
import org.gatehouse.browser.Pages;
import org.gatehouse.launcher.GatehouseServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * Online proofing as the demo's packaging customer does it: staff put a design up for review in the back office; in
 * the portal one contact approves it and another requests a modification that staff then read; a contact pins a
 * comment on a layer's preview and staff resolve it; a group-level contact keeps the catalogue to one site.
 */
@BrowserTest
class DesignReviewIT {

    private static final String PASSWORD = "gatehouse-demo";

    @Test
    void aContactApprovesADesignAndAnotherRequestsAModificationThatStaffSee(GatehouseServer gatehouse, WebDriver browser) throws IOException {
        String approved = "Lime Crisps " + System.nanoTime();
        String changed = "Pepper Crisps " + System.nanoTime();
        signInToBackOffice(gatehouse, browser);
        putUpForReview(browser, approved);
        String backOffice = browser.getWindowHandle();
        String changedPage = putUpForReview(browser, changed);

        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(gatehouse.portalUrl().resolve("login.xhtml").toString());
        Pages.signIn(browser, "leo@crisp.test", PASSWORD);
        browser.findElement(By.id("navReviews")).click();
        browser.findElement(By.linkText(approved)).click();
        assertFalse(browser.findElements(By.cssSelector("img.gh-annotator-image")).isEmpty(), "the artwork's preview is shown");
        browser.findElement(By.id("approve")).click();
        Pages.waitUntil(browser, page -> page.findElement(By.id("messages")).getText().contains("the design is approved"));
        assertEquals("Approved", browser.findElement(By.id("designStatus")).getText());
        assertTrue(browser.findElement(By.id("decisions")).getText().contains("One-up artwork, revision 1"), "the decision names what was reviewed");
        signOut(browser);

        browser.get(gatehouse.portalUrl().resolve("login.xhtml").toString());
        Pages.signIn(browser, "pia@crisp.test", PASSWORD);
        browser.findElement(By.id("navReviews")).click();
        browser.findElement(By.linkText(changed)).click();
        browser.findElement(By.id("requestModification")).click();
        Pages.waitUntil(browser, page -> page.findElement(By.id("messages")).getText().contains("say what should be modified"));
        browser.findElement(By.id("decisionComment")).sendKeys("The pepper should look freshly ground");
        browser.findElement(By.id("requestModification")).click();
        Pages.waitUntil(browser, page -> page.findElement(By.id("messages")).getText().contains("goes back for the modification"));
        browser.findElement(By.id("navReviews")).click();
        assertFalse(browser.findElement(By.id("designs")).getText().contains(changed), "no longer waiting for a review");

        browser.switchTo().window(backOffice);
        browser.get(changedPage);
        assertEquals("Under modification", browser.findElement(By.id("designStatus")).getText());
        String decisions = browser.findElement(By.id("decisions")).getText();
        assertTrue(decisions.contains("Modification requested") && decisions.contains("The pepper should look freshly ground")
                && decisions.contains("Pia Patel"), decisions);
        assertTrue(browser.findElement(By.id("history")).getText().contains("Modification requested: The pepper should look freshly ground"));
    }

    @Test
    void aContactPinsACommentOnAPreviewAndStaffResolveIt(GatehouseServer gatehouse, WebDriver browser) throws IOException {
        String name = "Onion Rings " + System.nanoTime();
        signInToBackOffice(gatehouse, browser);
        String staffPage = putUpForReview(browser, name);
        String backOffice = browser.getWindowHandle();

        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(gatehouse.portalUrl().resolve("login.xhtml").toString());
        Pages.signIn(browser, "leo@crisp.test", PASSWORD);
        browser.findElement(By.id("navReviews")).click();
        browser.findElement(By.linkText(name)).click();
        WebElement preview = Pages.waitUntil(browser, page -> page.findElement(By.cssSelector("img.gh-annotator-image")));
        Pages.waitUntil(browser, page -> preview.getSize().getWidth() > 0);
        new Actions(browser).moveToElement(preview, -preview.getSize().getWidth() / 4, -preview.getSize().getHeight() / 4).click().perform();
        WebElement comment = Pages.waitUntil(browser, page -> page.findElements(By.cssSelector("textarea[id$='annotationComment']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        comment.sendKeys("The logo should sit higher");
        browser.findElement(By.cssSelector("[id$='saveAnnotation']")).click();
        WebElement pin = Pages.waitUntil(browser, page -> page.findElements(By.cssSelector("li.gh-annotation")).stream()
                .filter(item -> item.getText().contains("The logo should sit higher")).findFirst().orElse(null));
        assertTrue(pin.getText().contains("1"), "numbered: " + pin.getText());
        assertFalse(browser.findElements(By.cssSelector(".gh-annotate-badge:not(.gh-new)")).isEmpty(), "its number is drawn on the preview");

        browser.switchTo().window(backOffice);
        browser.get(staffPage);
        WebElement listed = Pages.waitUntil(browser, page -> page.findElements(By.cssSelector("li.gh-annotation")).stream()
                .filter(item -> item.getText().contains("The logo should sit higher")).findFirst().orElse(null));
        assertTrue(listed.getText().contains("Leo Lambert"), listed.getText());
        listed.findElement(By.cssSelector("button, input[type=submit]")).click();
        Pages.waitUntil(browser, page -> page.findElements(By.cssSelector("li.gh-annotation.gh-resolved")).stream()
                .anyMatch(item -> item.getText().contains("The logo should sit higher") && item.getText().contains("Resolved")));
        browser.navigate().refresh();
        assertTrue(browser.findElement(By.id("history")).getText().contains("Annotation 1 on One-up artwork, revision 1"), "resolving is in the history");
    }

    @Test
    void aGroupLevelContactKeepsTheCatalogueToOneSite(GatehouseServer gatehouse, WebDriver browser) {
        browser.get(gatehouse.portalUrl().resolve("login.xhtml").toString());
        Pages.signIn(browser, "pia@crisp.test", PASSWORD);
        browser.findElement(By.id("navCatalogue")).click();
        assertTrue(sites(browser).containsAll(List.of("Crisp Snacks Leeds", "Crisp Snacks Lyon")), "both sites: " + sites(browser));

        new Select(browser.findElement(By.id("site"))).selectByVisibleText("Crisp Snacks Lyon");
        browser.findElement(By.id("search")).click();
        Pages.waitUntil(browser, page -> !sites(page).isEmpty() && sites(page).stream().allMatch("Crisp Snacks Lyon"::equals));
        assertTrue(browser.findElement(By.id("designs")).getText().contains("Chips Sel de Guérande 125 g"));
    }

    private static List<String> sites(WebDriver browser) {
        return browser.findElements(By.cssSelector("#designs .design-site")).stream().map(WebElement::getText).toList();
    }

    private static void signInToBackOffice(GatehouseServer gatehouse, WebDriver browser) {
        browser.get(gatehouse.backofficeUrl().resolve("login.xhtml").toString());
        Pages.signIn(browser, "staff@gatehouse.test", PASSWORD);
    }

    private static void signOut(WebDriver browser) {
        browser.findElement(By.cssSelector("[id$='signOut']")).click();
        Pages.waitFor(browser, "email");
    }

    /**
     * In the back office: a new design of Crisp Snacks Leeds with an artwork layer, moved on to ready for review.
     *
     * @return the address of the design's page
     */
    private static String putUpForReview(WebDriver browser, String name) throws IOException {
        browser.findElement(By.id("navCustomers")).click();
        browser.findElement(By.linkText("Crisp Snacks Leeds")).click();
        // the tab, not the navigation's Designs
        browser.findElement(By.xpath("//div[@id='tabs']//a[normalize-space()='Designs']")).click();
        WebElement field = Pages.waitUntil(browser, page -> page.findElement(By.id("tabs:designName")));
        Pages.waitUntil(browser, page -> field.isDisplayed());
        field.sendKeys(name);
        browser.findElement(By.id("tabs:designCode")).sendKeys("T-" + System.nanoTime());
        browser.findElement(By.id("tabs:addDesignButton")).click();
        Pages.waitFor(browser, "uploadLayer");
        String address = browser.getCurrentUrl();
        new Select(browser.findElement(By.id("layerType"))).selectByVisibleText("One-up artwork");
        browser.findElement(By.id("layerFile")).sendKeys(artwork(name).toString());
        browser.findElement(By.id("upload")).click();
        Pages.waitUntil(browser, page -> page.findElement(By.id("messages")).getText().contains("revision 1 added"));
        browser.findElement(By.cssSelector("input[data-status='IN_PROGRESS']")).click();
        Pages.waitUntil(browser, page -> page.findElement(By.id("designStatus")).getText().equals("In progress"));
        browser.findElement(By.cssSelector("input[data-status='READY_FOR_REVIEW']")).click();
        Pages.waitUntil(browser, shown -> shown.findElement(By.id("designStatus")).getText().equals("Ready for review"));
        return address;
    }

    private static Path artwork(String name) throws IOException {
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF4D35E));
        g.fillRect(0, 0, 600, 400);
        g.setColor(Color.DARK_GRAY);
        g.drawString(name, 40, 200);
        g.dispose();
        Path file = Files.createTempFile("artwork-", ".png");
        ImageIO.write(image, "png", file.toFile());
        file.toFile().deleteOnExit();
        return file;
    }
}
