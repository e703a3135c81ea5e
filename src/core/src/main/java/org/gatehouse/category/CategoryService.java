package org.gatehouse.category;

import jakarta.annotation.PostConstruct;
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
import org.gatehouse.user.Contact;
import org.gatehouse.user.ContactChanges;

/**
 * Categories of customer contacts ("Manage User Categories", seed 003): the operator's own labels,
 * created and renamed by its staff, and put on contacts by staff with WRITE on the contact's customer;
 * every change audited.
 */
@Stateless
@InAccessScope
@RolesAllowed(Role.STAFF)
public class CategoryService {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    CurrentScope currentScope;

    @Inject
    AuditLog auditLog;

    private Categories categories;

    @PostConstruct
    void init() {
        categories = new Categories(em);
    }

    public List<Category> page(int first, int size) {
        return categories.page(first, size);
    }

    public long count() {
        return categories.count();
    }

    public List<Category> all() {
        return categories.all();
    }

    public Optional<Category> find(long id) {
        return categories.find(id);
    }

    public Category create(String name) {
        Category created = categories.create(name);
        auditLog.record("category.create", null, subject(created), null, created.getName());
        return created;
    }

    public Category rename(long categoryId, String name) {
        Category category = categories.find(categoryId).orElseThrow(() -> new RecordNotFoundException("Category", categoryId));
        String before = category.getName();
        categories.rename(category, name);
        auditLog.record("category.rename", null, subject(category), before, category.getName());
        return category;
    }

    /** The categories the contact is in, by name. */
    public List<Category> categoriesOf(long contactId) {
        return contactCategories().categoriesOf(contactId);
    }

    /** The category whose cases the contact may view and update, if any. */
    public Optional<Category> readAccessOf(long contactId) {
        return contactCategories().readAccessOf(contactId);
    }

    /** Puts the contact in exactly these categories, and gives them read access to one category or none. */
    public void setCategories(long contactId, Collection<Long> categoryIds, Long readAccessCategoryId) {
        ContactCategories changes = contactCategories();
        String before = names(changes.categoriesOf(contactId));
        String beforeReadAccess = changes.readAccessOf(contactId).map(Category::getName).orElse(null);
        changes.setCategories(contactId, categoryIds);
        changes.setReadAccess(contactId, readAccessCategoryId);
        String after = names(changes.categoriesOf(contactId));
        String afterReadAccess = changes.readAccessOf(contactId).map(Category::getName).orElse(null);
        Contact contact = new ContactChanges(em, currentScope.get()).visible(contactId);
        String subject = "Contact " + contactId + " " + contact.getEmail();
        if (!before.equals(after)) {
            auditLog.record("contact.categories", contact.getCompanyId(), subject, before, after);
        }
        if (!Objects.equals(beforeReadAccess, afterReadAccess)) {
            auditLog.record("contact.read-access", contact.getCompanyId(), subject, beforeReadAccess, afterReadAccess);
        }
    }

    private ContactCategories contactCategories() {
        return new ContactCategories(em, currentScope.get());
    }

    private static String names(List<Category> categories) {
        return String.join(", ", categories.stream().map(Category::getName).toList());
    }

    static String subject(Category category) {
        return "Category " + category.getId() + " \"" + category.getName() + "\"";
    }
}
