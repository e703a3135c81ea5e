package org.gatehouse.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gatehouse.browser.BrowserTest;
import org.gatehouse.browser.Pages;
import org.gatehouse.launcher.GatehouseServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

@BrowserTest
class InviteContactIT {

    /** The delivery job runs every few seconds. */
    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);
    private static final Pattern LINK = Pattern.compile("https?://\\S+/portal/password\\.xhtml\\?token=[A-Za-z0-9_-]+");

    @Test
    void anInvitedContactSetsTheirPasswordFromTheMailAndSignsInToThePortal(GatehouseServer gatehouse, WebDriver browser) {
        String email = "erin-" + System.nanoTime() + "@alpha.test";
        String password = "erin's own password";

        browser.get(gatehouse.backofficeUrl().resolve("login.xhtml").toString());
        Pages.signIn(browser, "admin@gatehouse.test", "gatehouse-demo");
        browser.findElement(By.id("navUsers")).click();
        Pages.waitFor(browser, "inviteForm");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("displayName")).sendKeys("Erin Example");
        new Select(browser.findElement(By.id("company"))).selectByVisibleText("Alpha Ltd (customer)");
        browser.findElement(By.id("invite")).click();
        new WebDriverWait(browser, Pages.PAGE_WAIT).until(page -> page.getPageSource().contains("Invitation sent to " + email + "."));

        browser.get(invitationLink(gatehouse.mailDirectory(), email));
        Pages.waitFor(browser, "password");
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("repeated")).sendKeys(password);
        browser.findElement(By.id("setPassword")).click();
        Pages.waitFor(browser, "passwordSet");

        browser.get(gatehouse.portalUrl().resolve("login.xhtml").toString());
        Pages.signIn(browser, email, password);
        assertEquals("Erin Example", browser.findElement(By.id("signedInAs")).getText());
    }

    /** The portal link in the invitation the launcher's mail server wrote for the recipient. */
    private static String invitationLink(Path mailDirectory, String recipient) {
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> body = mailTo(mailDirectory, recipient);
            if (body.isPresent()) {
                Matcher link = LINK.matcher(body.get());
                assertTrue(link.find(), "a portal link in the invitation: " + body.get());
                return link.group();
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return fail("No invitation for " + recipient + " in " + mailDirectory + " after " + MAIL_WAIT.toSeconds() + " s");
    }

    private static Optional<String> mailTo(Path mailDirectory, String recipient) {
        try (Stream<Path> files = Files.list(mailDirectory)) {
            Optional<Path> file = files.filter(path -> path.getFileName().toString().endsWith(recipient + ".eml")).findFirst();
            if (file.isEmpty()) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file.get())) {
                return Optional.of((String) new MimeMessage(Session.getInstance(new Properties()), in).getContent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
