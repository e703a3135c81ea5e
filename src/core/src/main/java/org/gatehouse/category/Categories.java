package org.gatehouse.category;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.gatehouse.user.Contact;
import org.gatehouse.validation.InvalidInputException;

/**
 * The installation's categories of customer contacts (seed 003) with unique names, and the contacts
 * in a category as the signed-in user may see them: those reads go through the scoped {@link Contact}.
 */
public class Categories {

    private static final int NAME_LENGTH = 100;

    private final EntityManager em;

    /** @param em a persistence context the scope is bound to */
    public Categories(EntityManager em) {
        this.em = em;
    }

    /** One page of the categories, by name, on the database. */
    public List<Category> page(int first, int size) {
        return em.createQuery("select k from Category k order by k.name, k.id", Category.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(k) from Category k", Long.class).getSingleResult();
    }

    public List<Category> all() {
        return em.createQuery("select k from Category k order by k.name, k.id", Category.class).getResultList();
    }

    public Optional<Category> find(long id) {
        return Optional.ofNullable(em.find(Category.class, id));
    }

    public Category create(String name) {
        Category category = new Category(validName(name, null));
        em.persist(category);
        em.flush();
        return category;
    }

    public void rename(Category category, String name) {
        category.setName(validName(name, category.getId()));
        em.flush();
    }

    /** The active contacts in the category whom the signed-in user may see: who a category mail goes to. */
    public List<Contact> recipients(long categoryId) {
        return em.createQuery("select u from Contact u where u.active = true and exists"
                        + " (select k from Category k join k.contacts m where k.id = :category and m.id = u.id)"
                        + " order by u.displayName, u.id", Contact.class)
                .setParameter("category", categoryId).getResultList();
    }

    public long recipientCount(long categoryId) {
        return em.createQuery("select count(u) from Contact u where u.active = true and exists"
                        + " (select k from Category k join k.contacts m where k.id = :category and m.id = u.id)", Long.class)
                .setParameter("category", categoryId).getSingleResult();
    }

    private String validName(String name, Long except) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("name", "Please enter a name for the category.");
        }
        if (trimmed.length() > NAME_LENGTH) {
            throw new InvalidInputException("name", "A category name has at most " + NAME_LENGTH + " characters.");
        }
        boolean taken = !em.createQuery("select k.id from Category k where lower(k.name) = lower(:name) and k.id <> :except")
                .setParameter("name", trimmed).setParameter("except", except == null ? -1L : except).getResultList().isEmpty();
        if (taken) {
            throw new InvalidInputException("name", "There is already a category named " + trimmed + ": please choose another name.");
        }
        return trimmed;
    }
}
