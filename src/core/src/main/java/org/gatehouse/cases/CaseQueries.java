package org.gatehouse.cases;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * Reads of cases. There is no access condition here: the persistence context carries the scope
 * and {@code @AdditionalCriteria} on {@link Case} applies it to every one of these queries.
 */
public class CaseQueries {

    private static final String OF_CUSTOMER = "(:customer = -1 or c.customerId = :customer)";

    private final EntityManager em;

    public CaseQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * One page of the cases in scope, on the database.
     *
     * @param customerId only this customer's cases (a narrowing inside the scope, never a widening), or null for all
     */
    public List<CaseRow> page(Long customerId, int first, int size, CaseSort sort, boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        return ofCustomer(em.createQuery("select new org.gatehouse.cases.CaseRow(c.id, c.title, c.type, c.status, co.name, r.displayName, c.updatedAt)"
                        + " from SupportCase c join c.customer co left join c.requester r where " + OF_CUSTOMER
                        + " order by " + sort.path + direction + ", c.id" + direction, CaseRow.class), customerId)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /** @param customerId only this customer's cases, or null for all */
    public long count(Long customerId) {
        return ofCustomer(em.createQuery("select count(c) from SupportCase c where " + OF_CUSTOMER, Long.class), customerId).getSingleResult();
    }

    /** The case, or empty when it does not exist or is outside the scope. */
    public Optional<Case> find(long id) {
        return Optional.ofNullable(em.find(Case.class, id));
    }

    private static <T> TypedQuery<T> ofCustomer(TypedQuery<T> query, Long customerId) {
        return query.setParameter("customer", customerId == null ? -1L : customerId);
    }
}
