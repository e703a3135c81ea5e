package org.gatehouse.category;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.gatehouse.access.InAccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.Role;
import org.gatehouse.audit.AuditLog;

/**
 * Categories of customer contacts ("Manage User Categories", seed 003): the operator's own labels,
 * created and renamed by its staff; every change audited. Who is in a category is set on the contact.
 */
@Stateless
@InAccessScope
@RolesAllowed(Role.STAFF)
public class CategoryService {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

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

    static String subject(Category category) {
        return "Category " + category.getId() + " \"" + category.getName() + "\"";
    }
}
