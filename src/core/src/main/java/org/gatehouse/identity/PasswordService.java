package org.gatehouse.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.gatehouse.audit.AuditLog;
import org.gatehouse.validation.InvalidInputException;

/**
 * What someone who is not signed in may do about their password: set it with a mailed link, or ask
 * for such a link. The link proves who they are; the answer to a request never tells whether the
 * address is known.
 */
@Stateless
@PermitAll
public class PasswordService {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    PasswordLinkMail passwordLinkMail;

    @Inject
    AuditLog auditLog;

    /** Why the link cannot be used, in the holder's words; empty when it can. */
    public Optional<String> linkProblem(String token) {
        return passwordLinkMail.links(em).problem(token);
    }

    /**
     * Sets the password and spends the link.
     *
     * @throws InvalidInputException when the link cannot be used or the password is not acceptable; nothing changes
     */
    public void setPassword(String token, String password, String repeated) {
        UserAccount user = passwordLinkMail.links(em).setPassword(token, password, repeated, passwordHashing::hash);
        auditLog.recordBy(user.getEmail(), "user.password-set", user.auditCustomerId(), user.auditSubject(), null, null);
    }

    /**
     * Mails a reset link to an active user with this address, unless the address had its share of requested
     * mails ({@link RequestedMails}: the link it has keeps working); for any other address, nothing happens.
     */
    public void requestReset(String email) {
        List<UserAccount> found = em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", email == null ? "" : email.strip()).getResultList();
        found.stream().filter(UserAccount::isActive).findFirst().ifPresent(user -> {
            if (!new RequestedMails(em, Clock.systemUTC()).allow(user.getEmail())) {
                auditLog.recordBy(user.getEmail(), "user.password-reset.throttled", user.auditCustomerId(),
                        user.auditSubject(), null, null);
                return;
            }
            passwordLinkMail.send(em, user, PasswordLink.Purpose.RESET);
            auditLog.recordBy(user.getEmail(), "user.password-reset", user.auditCustomerId(), user.auditSubject(), null, null);
        });
    }
}
