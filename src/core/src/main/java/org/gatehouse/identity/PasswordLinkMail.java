package org.gatehouse.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gatehouse.access.UserKind;
import org.gatehouse.mail.MailOutbox;

/**
 * Issues password and confirmation links and mails them, with a link to the user's own application: the back office for
 * operator staff and partner users, the portal for customer contacts.
 */
@ApplicationScoped
public class PasswordLinkMail {

    @Inject
    MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "gatehouse.backoffice-url", defaultValue = "http://localhost:8080/backoffice/")
    URI backofficeUrl;

    @Inject
    @ConfigProperty(name = "gatehouse.portal-url", defaultValue = "http://localhost:8080/portal/")
    URI portalUrl;

    @Inject
    @ConfigProperty(name = "gatehouse.password-link-days", defaultValue = "7")
    int validDays;

    public PasswordLinks links(EntityManager em) {
        return new PasswordLinks(em, Clock.systemUTC(), Duration.ofDays(validDays));
    }

    /**
     * A new link for the user (older ones stop working), mailed when the caller's transaction commits; the outbox
     * forgets the link once the mail is sent.
     */
    public void send(EntityManager em, UserAccount user, PasswordLink.Purpose purpose) {
        String token = links(em).issue(user, purpose);
        URI application = user.getKind() == UserKind.CUSTOMER ? portalUrl : backofficeUrl;
        String page = purpose == PasswordLink.Purpose.CONFIRMATION ? "confirm.xhtml" : "password.xhtml";
        String link = application.resolve(page + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)).toString();
        String site = user.getKind() == UserKind.CUSTOMER ? "the Gatehouse customer portal" : "the Gatehouse back office";
        String days = validDays == 1 ? "1 day" : validDays + " days";
        if (purpose == PasswordLink.Purpose.CONFIRMATION) {
            outbox.enqueueWithLink(user.getEmail(), "Confirm your e-mail address for " + site, "Hello " + user.getDisplayName() + ",\n\n"
                    + "thank you for registering " + user.getCompany().getName() + " at " + site + ". Please confirm your e-mail address"
                    + " by opening this link; then you can sign in:\n\n" + link + "\n\n"
                    + "The link works once and for " + days + ". If you did not register, ignore this mail: nobody can sign in with"
                    + " this address until it is confirmed.\n", link);
        } else if (purpose == PasswordLink.Purpose.INVITATION) {
            outbox.enqueueWithLink(user.getEmail(), "Your invitation to " + site, "Hello " + user.getDisplayName() + ",\n\n"
                    + "you have been invited to " + site + ". Choose your password here:\n\n" + link + "\n\n"
                    + "The link works once and for " + days + ". Your sign-in name is " + user.getEmail() + ".\n", link);
        } else {
            outbox.enqueueWithLink(user.getEmail(), "Set a new password for " + site, "Hello " + user.getDisplayName() + ",\n\n"
                    + "someone asked for a new password for your account at " + site + ". Choose it here:\n\n" + link + "\n\n"
                    + "The link works once and for " + days + ". If you did not ask for it, ignore this mail: your password stays as it is.\n", link);
        }
    }
}
