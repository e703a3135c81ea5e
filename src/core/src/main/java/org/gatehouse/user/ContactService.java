package org.gatehouse.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gatehouse.access.CurrentScope;
import org.gatehouse.access.InAccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.Role;
import org.gatehouse.audit.AuditLog;
import org.gatehouse.category.Category;

/**
 * Customer contacts as the signed-in back-office user may see and change them: their options for
 * everyone with WRITE on the contact's customer, their categories for the operator's staff with WRITE
 * (categories are the operator's labels). Every change audited.
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

    /** The contact, or empty when they do not exist or are outside the scope. */
    public Optional<Contact> find(long id) {
        return Optional.ofNullable(em.find(Contact.class, id));
    }

    public boolean canChange(long contactId) {
        return currentScope.get().canWrite(get(contactId).getCompanyId());
    }

    public void changeOptions(long contactId, ContactOptions options) {
        ContactOptions before = changes().changeOptions(contactId, options);
        if (!before.equals(options)) {
            auditLog.record("contact.options", get(contactId).getCompanyId(), subject(contactId), before.describe(), options.describe());
        }
    }

    @RolesAllowed(Role.STAFF)
    public List<Category> categoriesOf(long contactId) {
        return changes().categoriesOf(contactId);
    }

    @RolesAllowed(Role.STAFF)
    public Optional<Category> readAccessOf(long contactId) {
        return changes().readAccessOf(contactId);
    }

    /** Puts the contact in exactly these categories, and gives them read access to one category or none. */
    @RolesAllowed(Role.STAFF)
    public void setCategories(long contactId, Collection<Long> categoryIds, Long readAccessCategoryId) {
        ContactChanges changes = changes();
        String before = names(changes.categoriesOf(contactId));
        String beforeReadAccess = changes.readAccessOf(contactId).map(Category::getName).orElse(null);
        changes.setCategories(contactId, categoryIds);
        changes.setReadAccess(contactId, readAccessCategoryId);
        String after = names(changes.categoriesOf(contactId));
        String afterReadAccess = changes.readAccessOf(contactId).map(Category::getName).orElse(null);
        long customerId = get(contactId).getCompanyId();
        if (!before.equals(after)) {
            auditLog.record("contact.categories", customerId, subject(contactId), before, after);
        }
        if (!Objects.equals(beforeReadAccess, afterReadAccess)) {
            auditLog.record("contact.read-access", customerId, subject(contactId), beforeReadAccess, afterReadAccess);
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

    private static String names(List<Category> categories) {
        return String.join(", ", categories.stream().map(Category::getName).toList());
    }
}
