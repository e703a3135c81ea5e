package org.gatehouse.user;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.validation.InvalidInputException;

/**
 * The rules for changing what a customer contact sees, for one user's scope: only with WRITE on the
 * contact's customer, and letting them see more only within what the user sees (their categories:
 * {@code category.ContactCategories}). Reads go through the scoped {@link Contact}, so a contact out of
 * scope is not found; only after the checks is the {@link UserAccount} itself changed.
 */
public class ContactChanges {

    private final EntityManager em;
    private final AccessScope scope;

    /** @param em a persistence context the scope is bound to */
    public ContactChanges(EntityManager em, AccessScope scope) {
        this.em = em;
        this.scope = scope;
    }

    /** @return the options before, for the audit trail */
    public ContactOptions changeOptions(long contactId, ContactOptions options) {
        UserAccount contact = writable(contactId);
        ContactOptions before = ContactOptions.of(contact);
        if (options.caseVisibility() == null) {
            throw new InvalidInputException("caseVisibility", "Please choose which cases the contact sees.");
        }
        if (options.widen(before)) {
            withinActor(contact, options.groupLevel());
        }
        contact.setCaseVisibility(options.caseVisibility());
        contact.setGroupLevel(options.groupLevel());
        contact.setCompanyAdministrator(options.companyAdministrator());
        contact.setAssignedWorkOrdersOnly(options.assignedWorkOrdersOnly());
        contact.setApprovesDesigns(options.approvesDesigns());
        em.flush();
        return before;
    }

    /**
     * Refuses to let the contact see more when, with these options, they would reach a customer the user
     * does not see: nobody widens their own access through a contact (an address of their own, say).
     */
    private void withinActor(UserAccount contact, boolean groupLevel) {
        withinActor(em, scope, contact, groupLevel);
    }

    /** @see #withinActor(UserAccount, boolean); also for letting a deactivated contact sign in again, or giving them a category read access */
    public static void withinActor(EntityManager em, AccessScope scope, UserAccount contact, boolean groupLevel) {
        if (!scope.seesAllOf(AccessScope.breadthOf(em, contact.getCompany().getId(), groupLevel))) {
            throw new InvalidInputException(null, contact.getDisplayName() + " would see companies below "
                    + contact.getCompany().getName() + " that you do not:"
                    + " only someone who sees them all can do that.");
        }
    }

    /**
     * The contact, read through the scope.
     *
     * @throws RecordNotFoundException when they do not exist or are outside the scope
     */
    public Contact visible(long contactId) {
        return Optional.ofNullable(em.find(Contact.class, contactId)).orElseThrow(() -> new RecordNotFoundException("Contact", contactId));
    }

    /**
     * The contact's account, to change: only with WRITE on their customer.
     *
     * @throws RecordNotFoundException  when they do not exist or are outside the scope
     * @throws WriteNotAllowedException with READ only
     */
    public UserAccount writable(long contactId) {
        Contact visible = visible(contactId);
        if (!scope.canWrite(visible.getCompanyId())) {
            throw new WriteNotAllowedException();
        }
        return AccountGate.writable(em, visible);
    }
}
