package org.gatehouse.category;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gatehouse.access.AccessScope;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.user.ContactChanges;
import org.gatehouse.validation.InvalidInputException;

/**
 * The rules for a contact's categories and category read access (seed 003), for one user's scope: with
 * WRITE on the contact's customer, and a read access only when the contact would then see nothing beyond
 * what the user sees. Reads go through the scoped contact ({@link ContactChanges#visible}); only after the
 * checks is the account itself changed.
 */
public class ContactCategories {

    private final EntityManager em;
    private final AccessScope scope;
    private final ContactChanges contacts;

    /** @param em a persistence context the scope is bound to */
    public ContactCategories(EntityManager em, AccessScope scope) {
        this.em = em;
        this.scope = scope;
        this.contacts = new ContactChanges(em, scope);
    }

    /** The categories the contact is in, by name. */
    public List<Category> categoriesOf(long contactId) {
        contacts.visible(contactId);
        return em.createQuery("select k from Category k join k.contacts m where m.id = :contact order by k.name, k.id", Category.class)
                .setParameter("contact", contactId).getResultList();
    }

    /** Puts the contact in exactly these categories (seed 003 step 2); a contact can be in many. */
    public void setCategories(long contactId, Collection<Long> categoryIds) {
        UserAccount contact = contacts.writable(contactId);
        List<Category> chosen = categoryIds.stream().distinct().map(this::category).toList();
        categoriesOf(contactId).stream().filter(category -> !chosen.contains(category)).forEach(category -> category.getContacts().remove(contact));
        chosen.forEach(category -> category.getContacts().add(contact));
        em.flush();
    }

    /** The category whose cases the contact may view and update, if any. */
    public Optional<Category> readAccessOf(long contactId) {
        contacts.visible(contactId);
        return readAccess(contactId).map(CategoryReadAccess::getCategory);
    }

    /**
     * Gives the contact read access to the category's cases, replacing the one they had, or takes it
     * away when {@code categoryId} is null: a contact holds at most one (seed 003 step 3).
     */
    public void setReadAccess(long contactId, Long categoryId) {
        UserAccount contact = contacts.writable(contactId);
        Optional<CategoryReadAccess> present = readAccess(contactId);
        if (present.map(access -> access.getCategory().getId()).equals(Optional.ofNullable(categoryId))) {
            return;
        }
        if (categoryId != null) {
            ContactChanges.withinActor(em, scope, contact, contact.isGroupLevel());
        }
        Category category = categoryId == null ? null : category(categoryId);
        present.ifPresent(access -> {
            em.remove(access);
            // the old row goes first: the database allows one per contact at any moment
            em.flush();
        });
        if (category != null) {
            em.persist(new CategoryReadAccess(contact, category));
            em.flush();
        }
    }

    private Optional<CategoryReadAccess> readAccess(long contactId) {
        return em.createQuery("select a from CategoryReadAccess a where a.contact.id = :contact", CategoryReadAccess.class)
                .setParameter("contact", contactId).getResultStream().findFirst();
    }

    private Category category(long categoryId) {
        return Optional.ofNullable(em.find(Category.class, categoryId))
                .orElseThrow(() -> new InvalidInputException("categories", "That category no longer exists: please choose again."));
    }
}
