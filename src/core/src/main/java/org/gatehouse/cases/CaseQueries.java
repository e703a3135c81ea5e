package org.gatehouse.cases;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Reads of cases. There is no access condition here: the persistence context carries the scope
 * and {@code @AdditionalCriteria} on {@link Case} applies it to every one of these queries.
 */
public class CaseQueries {

    private final EntityManager em;

    public CaseQueries(EntityManager em) {
        this.em = em;
    }

    /** One page of the cases in scope, on the database. */
    public List<CaseRow> page(int first, int size, CaseSort sort, boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        return em.createQuery("select new org.gatehouse.cases.CaseRow(c.id, c.title, c.type, c.status, co.name, r.displayName, c.updatedAt)"
                        + " from SupportCase c join c.customer co left join c.requester r"
                        + " order by " + sort.path + direction + ", c.id" + direction, CaseRow.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(c) from SupportCase c", Long.class).getSingleResult();
    }

    /** The case, or empty when it does not exist or is outside the scope. */
    public Optional<Case> find(long id) {
        return Optional.ofNullable(em.find(Case.class, id));
    }
}
