package org.gatehouse.registration;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.gatehouse.access.UserKind;
import org.gatehouse.audit.AuditLog;
import org.gatehouse.mail.MailOutbox;
import org.gatehouse.identity.PasswordHashing;
import org.gatehouse.identity.PasswordLink;
import org.gatehouse.identity.PasswordLinkMail;
import org.gatehouse.identity.RequestedMails;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.validation.InvalidInputException;

/**
 * Self-registration on the portal, for people who are not signed in: registering with a customer-group
 * code, confirming the e-mail address with the mailed link, and asking for a new link. The answer to a
 * registration never tells whether the e-mail already has an account.
 */
@Stateless
@PermitAll
public class RegistrationService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    PasswordLinkMail passwordLinkMail;

    @Inject
    MailOutbox outbox;

    @Inject
    AuditLog auditLog;

    /**
     * Registers the customer and mails the confirmation link; for an address that already has an account,
     * mails its owner instead (unless the address had its share of requested mails, {@link RequestedMails})
     * and creates nothing. All end alike for the person registering: "check your mail".
     *
     * @param clientAddress the request's remote address
     * @throws RegistrationRefusedException for an unknown code or a throttled address; the refusal is kept
     * @throws InvalidInputException        for a missing or invalid field; nothing changes
     */
    public void register(RegistrationForm form, String clientAddress) {
        RegistrationOutcome outcome = new Registrations(em, Clock.systemUTC(), passwordHashing::hash).register(form, clientAddress);
        String attempt = subject(form, clientAddress);
        // nobody is signed in and the e-mail is not proven: the address the attempt came from is all we know of the actor
        String visitor = "visitor at " + clientAddress;
        if (outcome instanceof RegistrationOutcome.Registered registered) {
            UserAccount contact = registered.contact();
            passwordLinkMail.send(em, contact, PasswordLink.Purpose.CONFIRMATION);
            auditLog.recordBy(contact.getEmail(), "registration", contact.getCompany().getId(), attempt, null,
                    contact.getCompany().getName() + " in " + contact.getCompany().getCustomerGroup().getCode());
        } else if (outcome instanceof RegistrationOutcome.AddressInUse inUse) {
            UserAccount owner = inUse.owner();
            Long customerId = owner.getKind() == UserKind.CUSTOMER ? owner.getCompany().getId() : null;
            if (!new RequestedMails(em, Clock.systemUTC()).allow(owner.getEmail())) {
                auditLog.recordBy(visitor, "registration.address-in-use.throttled", customerId, attempt, null, null);
                return;
            }
            outbox.enqueue(owner.getEmail(), "Someone tried to register with your e-mail address",
                    "Hello " + owner.getDisplayName() + ",\n\n"
                    + "someone tried to register a new customer account at the Gatehouse customer portal with your e-mail address, "
                    + owner.getEmail() + ". You have an account already, so nothing was created.\n\n"
                    + "If it was you: simply sign in, or choose a new password with \"Forgot password?\" on the sign-in page."
                    + " If it was not you, ignore this mail: your account stays as it is.\n");
            auditLog.recordBy(visitor, "registration.address-in-use", customerId, attempt, null, null);
        } else if (outcome instanceof RegistrationOutcome.UnknownCode) {
            auditLog.recordBy(visitor, "registration.unknown-code", null, attempt, null, form.groupCode());
            throw new RegistrationRefusedException("groupCode", "We do not know this customer-group code. Please check it with whoever gave"
                    + " it to you: it looks like Retail-4821, a name, a dash and four digits.");
        } else if (outcome instanceof RegistrationOutcome.Throttled throttled) {
            auditLog.recordBy(visitor, "registration.throttled", null, attempt, null, "until " + throttled.retryAt());
            long minutes = Math.max(1, Duration.between(Clock.systemUTC().instant(), throttled.retryAt()).toSeconds() / 60 + 1);
            throw new RegistrationRefusedException(null, "Too many registrations with unknown customer-group codes came from your network."
                    + " Please try again in " + minutes + (minutes == 1 ? " minute" : " minutes") + " (after " + TIME.format(throttled.retryAt()) + ").");
        }
    }

    /** Why the confirmation link cannot be used, in the holder's words; empty when it can. */
    public Optional<String> confirmationProblem(String token) {
        return passwordLinkMail.links(em).confirmationProblem(token);
    }

    /**
     * Confirms the registered address and spends the link; the contact can sign in from now on.
     *
     * @throws InvalidInputException when the link cannot be used; nothing changes
     */
    public void confirm(String token) {
        UserAccount contact = passwordLinkMail.links(em).confirm(token);
        auditLog.recordBy(contact.getEmail(), "registration.confirm", contact.getCompany().getId(),
                "User " + contact.getId() + " " + contact.getEmail(), null, null);
    }

    /**
     * Mails a new confirmation link if a registered contact with this address still waits for one and the address
     * has not had its share of requested mails ({@link RequestedMails}); otherwise nothing happens.
     */
    public void resendConfirmation(String email) {
        em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class).setParameter("email", email == null ? "" : email.strip())
                .getResultStream()
                .filter(user -> user.isActive() && !user.isEmailConfirmed())
                .findFirst()
                .ifPresent(contact -> {
                    if (!new RequestedMails(em, Clock.systemUTC()).allow(contact.getEmail())) {
                        auditLog.recordBy(contact.getEmail(), "registration.resend.throttled", contact.getCompany().getId(),
                                "User " + contact.getId() + " " + contact.getEmail(), null, null);
                        return;
                    }
                    passwordLinkMail.send(em, contact, PasswordLink.Purpose.CONFIRMATION);
                    auditLog.recordBy(contact.getEmail(), "registration.resend", contact.getCompany().getId(),
                            "User " + contact.getId() + " " + contact.getEmail(), null, null);
                });
    }

    /** The attempt in the audit log's words; people type long names, and the subject holds 300 characters. */
    private static String subject(RegistrationForm form, String clientAddress) {
        String subject = "Registration of " + form.email() + " for \"" + form.companyName() + "\" from " + clientAddress;
        return subject.length() > 300 ? subject.substring(0, 297) + "..." : subject;
    }
}
