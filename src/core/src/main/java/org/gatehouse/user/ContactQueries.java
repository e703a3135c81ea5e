package org.gatehouse.user;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Reads of customers' contacts. There is no access condition here: the persistence context carries the
 * scope and {@code @AdditionalCriteria} on {@link Contact} applies it to every one of these queries.
 */
public class ContactQueries {

    private final EntityManager em;

    /** @param em a persistence context the scope is bound to */
    public ContactQueries(EntityManager em) {
        this.em = em;
    }

    /** One page of a customer's contacts, by name. */
    public List<Contact> ofCustomer(long customerId, int first, int size) {
        return em.createQuery("select u from Contact u where u.companyId = :customer order by u.displayName, u.id", Contact.class)
                .setParameter("customer", customerId)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long countOfCustomer(long customerId) {
        return em.createQuery("select count(u) from Contact u where u.companyId = :customer", Long.class)
                .setParameter("customer", customerId).getSingleResult();
    }
}
