package org.gatehouse.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.mail.MessagingException;
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

/** The mail the run command's local mail server received, as `.eml` files in its mail directory. */
public final class Mailbox {

    /** The delivery job runs every few seconds. */
    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);
    private static final Pattern PASSWORD_LINK = Pattern.compile("https?://\\S+/password\\.xhtml\\?token=[A-Za-z0-9_-]+");
    private static final Pattern CONFIRMATION_LINK = Pattern.compile("https?://\\S+/confirm\\.xhtml\\?token=[A-Za-z0-9_-]+");

    private Mailbox() {
    }

    /** The set-password link in the mail to the recipient, waiting for the mail to arrive. */
    public static String passwordLink(Path mailDirectory, String recipient) {
        return link(mailDirectory, recipient, PASSWORD_LINK);
    }

    /** The link confirming a registered address in the mail to the recipient, waiting for the mail to arrive. */
    public static String confirmationLink(Path mailDirectory, String recipient) {
        return link(mailDirectory, recipient, CONFIRMATION_LINK);
    }

    private static String link(Path mailDirectory, String recipient, Pattern pattern) {
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> body = mailTo(mailDirectory, recipient);
            if (body.isPresent()) {
                Matcher link = pattern.matcher(body.get());
                assertTrue(link.find(), "a link in the mail: " + body.get());
                return link.group();
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return fail("No mail for " + recipient + " in " + mailDirectory + " after " + MAIL_WAIT.toSeconds() + " s");
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
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
