package org.gatehouse.user;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.category.Category;
import org.gatehouse.category.CategoryReadAccess;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.validation.InvalidInputException;

/**
 * The rules for changing what a customer contact sees, for one user's scope: only with WRITE on the
 * contact's customer, and letting them see more only within what the user sees. Reads go through the scoped {@link Contact}, so a contact out of scope is not
 * found; only after the checks is the {@link UserAccount} itself changed.
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
        em.flush();
        return before;
    }

    /** The categories the contact is in, by name. */
    public List<Category> categoriesOf(long contactId) {
        visible(contactId);
        return em.createQuery("select k from Category k join k.contacts m where m.id = :contact order by k.name, k.id", Category.class)
                .setParameter("contact", contactId).getResultList();
    }

    /** Puts the contact in exactly these categories (seed 003 step 2); a contact can be in many. */
    public void setCategories(long contactId, Collection<Long> categoryIds) {
        UserAccount contact = writable(contactId);
        List<Category> chosen = categoryIds.stream().distinct().map(this::category).toList();
        categoriesOf(contactId).stream().filter(category -> !chosen.contains(category)).forEach(category -> category.getContacts().remove(contact));
        chosen.forEach(category -> category.getContacts().add(contact));
        em.flush();
    }

    /** The category whose cases the contact may view and update, if any. */
    public Optional<Category> readAccessOf(long contactId) {
        visible(contactId);
        return readAccess(contactId).map(CategoryReadAccess::getCategory);
    }

    /**
     * Gives the contact read access to the category's cases, replacing the one they had, or takes it
     * away when {@code categoryId} is null: a contact holds at most one (seed 003 step 3).
     */
    public void setReadAccess(long contactId, Long categoryId) {
        UserAccount contact = writable(contactId);
        Optional<CategoryReadAccess> present = readAccess(contactId);
        if (present.map(access -> access.getCategory().getId()).equals(Optional.ofNullable(categoryId))) {
            return;
        }
        if (categoryId != null) {
            withinActor(contact, contact.isGroupLevel());
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

    /**
     * Refuses to let the contact see more when, with these options, they would reach a customer the user
     * does not see: nobody widens their own access through a contact (an address of their own, say).
     */
    private void withinActor(UserAccount contact, boolean groupLevel) {
        withinActor(em, scope, contact, groupLevel);
    }

    /** @see #withinActor(UserAccount, boolean); also for letting a deactivated contact sign in again */
    static void withinActor(EntityManager em, AccessScope scope, UserAccount contact, boolean groupLevel) {
        if (!scope.seesAllOf(AccessScope.breadthOf(em, contact.getCompany().getId(), groupLevel))) {
            throw new InvalidInputException(null, contact.getDisplayName() + " would see companies below "
                    + contact.getCompany().getName() + " that you do not:"
                    + " only someone who sees them all can do that.");
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

    private Contact visible(long contactId) {
        return Optional.ofNullable(em.find(Contact.class, contactId)).orElseThrow(() -> new RecordNotFoundException("Contact", contactId));
    }

    private UserAccount writable(long contactId) {
        if (!scope.canWrite(visible(contactId).getCompanyId())) {
            throw new WriteNotAllowedException();
        }
        return em.find(UserAccount.class, contactId);
    }
}
