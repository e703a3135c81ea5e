package org.gatehouse.user;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.gatehouse.persistence.LikePattern;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.company.CompanyGate;
import org.gatehouse.company.Customer;
import org.gatehouse.identity.PasswordLinks;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.validation.InvalidInputException;

/**
 * A company administrator's contacts page in the portal: the contacts of their own company, read through
 * the scoped {@link Contact}, and inviting, deactivating and reactivating colleagues. For anyone else the
 * company's contacts do not exist; a contact of another company never does. The caller audits and mails.
 */
public final class CompanyContacts {

    private final EntityManager em;
    private final AccessScope scope;

    /** @param em a persistence context the scope is bound to */
    public CompanyContacts(EntityManager em, AccessScope scope) {
        this.em = em;
        this.scope = scope;
    }

    /**
     * The company the signed-in contact administers.
     *
     * @throws RecordNotFoundException for anyone who is not a company administrator
     */
    public long company() {
        return scope.administeredCompany().orElseThrow(() -> new RecordNotFoundException("Company contacts of user", scope.userId()));
    }

    /** One page of the company's contacts whose name or e-mail contains {@code search} (any case; blank: all), by name, on the database. */
    public List<Contact> page(String search, int first, int size) {
        return matching(em.createQuery("select c from Contact c where c.companyId = :company"
                        + " and (lower(c.displayName) like :search escape '\\' or lower(c.email) like :search escape '\\')"
                        + " order by lower(c.displayName), c.id", Contact.class), search)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(String search) {
        return matching(em.createQuery("select count(c) from Contact c where c.companyId = :company"
                + " and (lower(c.displayName) like :search escape '\\' or lower(c.email) like :search escape '\\')", Long.class), search)
                .getSingleResult();
    }

    /**
     * A colleague of the company administrator.
     *
     * @throws RecordNotFoundException when the contact does not exist, is of another company, or the user administers none
     */
    public Contact get(long contactId) {
        long company = company();
        Contact contact = em.find(Contact.class, contactId);
        if (contact == null || contact.getCompanyId() != company) {
            throw new RecordNotFoundException("Contact", contactId);
        }
        return contact;
    }

    /**
     * A new contact of the company without a password; the caller mails the invitation.
     *
     * @throws InvalidInputException for an invalid e-mail, one already in use, or a missing name
     */
    public UserAccount invite(String email, String displayName, PasswordLinks links) {
        return links.createInvited(email, displayName, CompanyGate.writable(em, em.find(Customer.class, writableCompany())));
    }

    /**
     * Lets a colleague sign in again, or no longer; never the administrator themselves, and again only a
     * colleague who sees no company the administrator does not.
     *
     * @return the colleague when this changed them; null when they already were so
     */
    public UserAccount setActive(long contactId, boolean active) {
        Contact contact = get(contactId);
        writableCompany();
        if (contact.getId() == scope.userId()) {
            throw new InvalidInputException(null, "You cannot deactivate yourself.");
        }
        UserAccount colleague = AccountGate.writable(em, contact);
        if (colleague.isActive() == active) {
            return null;
        }
        if (active) {
            ContactChanges.withinActor(em, scope, colleague, colleague.isGroupLevel());
        }
        colleague.setActive(active);
        return colleague;
    }

    private long writableCompany() {
        long company = company();
        if (!scope.canManageContactsOf(company)) {
            throw new WriteNotAllowedException("You are viewing the portal as someone else: nothing can be changed from here.");
        }
        return company;
    }

    private <T> TypedQuery<T> matching(TypedQuery<T> query, String search) {
        return query.setParameter("company", company()).setParameter("search", LikePattern.containing(search));
    }
}
