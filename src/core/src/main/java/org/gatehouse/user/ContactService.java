package org.gatehouse.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.gatehouse.access.CurrentScope;
import org.gatehouse.access.InAccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.Role;
import org.gatehouse.audit.AuditLog;

/**
 * Customer contacts as the signed-in back-office user may see and change them: their options for
 * everyone with WRITE on the contact's customer (their categories: {@code category.CategoryService}).
 * Every change audited.
 */
@Stateless
@InAccessScope
@RolesAllowed({Role.STAFF, Role.PARTNER})
public class ContactService {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    CurrentScope currentScope;

    @Inject
    AuditLog auditLog;

    @Inject
    Event<ContactOptionsChanged> optionsChanged;

    /** The contact, or empty when they do not exist or are outside the scope. */
    public Optional<Contact> find(long id) {
        return Optional.ofNullable(em.find(Contact.class, id));
    }

    /** One page of the customer's contacts in scope, by name. */
    public List<Contact> ofCustomer(long customerId, int first, int size) {
        return new ContactQueries(em).ofCustomer(customerId, first, size);
    }

    public long countOfCustomer(long customerId) {
        return new ContactQueries(em).countOfCustomer(customerId);
    }

    public boolean canChange(long contactId) {
        return currentScope.get().canWrite(get(contactId).getCompanyId());
    }

    public void changeOptions(long contactId, ContactOptions options) {
        ContactOptions before = changes().changeOptions(contactId, options);
        if (!before.equals(options)) {
            optionsChanged.fire(new ContactOptionsChanged(contactId));
            auditLog.record("contact.options", get(contactId).getCompanyId(), subject(contactId), before.describe(), options.describe());
        }
    }

    private Contact get(long contactId) {
        return find(contactId).orElseThrow(() -> new RecordNotFoundException("Contact", contactId));
    }

    private ContactChanges changes() {
        return new ContactChanges(em, currentScope.get());
    }

    private String subject(long contactId) {
        return "Contact " + contactId + " " + get(contactId).getEmail();
    }
}
