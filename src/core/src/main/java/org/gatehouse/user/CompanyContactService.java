package org.gatehouse.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.gatehouse.access.CurrentScope;
import org.gatehouse.access.InAccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.Role;
import org.gatehouse.audit.AuditLog;
import org.gatehouse.identity.PasswordLink;
import org.gatehouse.identity.PasswordLinkMail;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.validation.InvalidInputException;

/**
 * A company administrator manages their own company's contacts in the portal (ACCESS-MODEL, user records):
 * audited with the same actions as the back office's user administration, invitations through the same links.
 */
@Stateless
@InAccessScope
@RolesAllowed(Role.CUSTOMER)
public class CompanyContactService {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    CurrentScope currentScope;

    @Inject
    AuditLog auditLog;

    @Inject
    PasswordLinkMail passwordLinkMail;

    /** Whether the signed-in contact administers their company's contacts (and sees the page at all). */
    public boolean administers() {
        return currentScope.get().administeredCompany().isPresent();
    }

    /** @throws RecordNotFoundException for anyone who is not a company administrator */
    public List<Contact> page(String search, int first, int size) {
        return contacts().page(search, first, size);
    }

    public long count(String search) {
        return contacts().count(search);
    }

    /** Whether the colleague can be changed by the signed-in contact: not themselves, and not in "view as". */
    public boolean canChange(long contactId) {
        return contactId != currentScope.get().userId() && currentScope.get().canManageContactsOf(contacts().company());
    }

    /**
     * Creates the colleague without a password and mails them an invitation to the portal.
     *
     * @throws InvalidInputException for an invalid e-mail, one already in use, or a missing name
     */
    public void invite(String email, String displayName) {
        UserAccount invited = contacts().invite(email, displayName, passwordLinkMail.links(em));
        passwordLinkMail.send(em, invited, PasswordLink.Purpose.INVITATION);
        audit("user.invite", invited, null, invited.getKind().name());
    }

    /** The colleague can no longer sign in, and their open sessions end at their next request. */
    public void deactivate(long contactId) {
        UserAccount changed = contacts().setActive(contactId, false);
        if (changed != null) {
            audit("user.deactivate", changed, "true", "false");
        }
    }

    public void reactivate(long contactId) {
        UserAccount changed = contacts().setActive(contactId, true);
        if (changed != null) {
            audit("user.reactivate", changed, "false", "true");
        }
    }

    private CompanyContacts contacts() {
        return new CompanyContacts(em, currentScope.get());
    }

    private void audit(String action, UserAccount user, String before, String after) {
        auditLog.record(action, user.auditCustomerId(), user.auditSubject(), before, after);
    }
}
