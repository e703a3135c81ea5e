package org.gatehouse.company;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gatehouse.persistence.LikePattern;

/**
 * Reads of customers. There is no access condition here: the persistence context carries the scope
 * and {@code @AdditionalCriteria} on {@link Customer} applies it to every one of these queries (a
 * customer's contacts: {@code user.ContactQueries}).
 */
public class CustomerQueries {

    private final EntityManager em;

    public CustomerQueries(EntityManager em) {
        this.em = em;
    }

    /** One page of the customers in scope whose name contains {@code search} (any case; blank: all), on the database. */
    public List<CustomerRow> page(String search, int first, int size, CustomerSort sort, boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        return matching(em.createQuery("select new org.gatehouse.company.CustomerRow(c.id, c.name, g.name, g.suffix)"
                        + " from Customer c join c.customerGroup g where lower(c.name) like :search escape '\\'"
                        + " order by " + sort.path + direction + ", c.id" + direction, CustomerRow.class), search)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(String search) {
        return matching(em.createQuery("select count(c) from Customer c where lower(c.name) like :search escape '\\'", Long.class), search)
                .getSingleResult();
    }

    /** The customer, or empty when it does not exist or is outside the scope. */
    public Optional<Customer> find(long id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }

    /** Every customer in scope, by name. */
    public List<Customer> all() {
        return em.createQuery("select c from Customer c order by c.name, c.id", Customer.class).getResultList();
    }

    /** Every customer group, by name: groups are not customer-owned records, so this is not filtered. */
    public List<CustomerGroup> groups() {
        return em.createQuery("select g from CustomerGroup g order by g.name, g.id", CustomerGroup.class).getResultList();
    }

    /**
     * The company tree around the customer as far as the scope reaches: its topmost ancestor in
     * scope first, then every company in scope below that one, reached through companies in scope.
     */
    public List<Customer> tree(Customer customer) {
        // the tree has no cycles (CustomerChanges refuses them), so both walks end
        Customer top = customer;
        for (Optional<Customer> up = parentOf(top); up.isPresent(); up = parentOf(top)) {
            top = up.get();
        }
        List<Customer> tree = new ArrayList<>(List.of(top));
        List<Long> level = List.of(top.getId());
        while (!level.isEmpty()) {
            List<Customer> children = em.createQuery("select c from Customer c where c.parentId in :parents order by c.name, c.id", Customer.class)
                    .setParameter("parents", level).getResultList();
            tree.addAll(children);
            level = children.stream().map(Customer::getId).toList();
        }
        return tree;
    }

    private Optional<Customer> parentOf(Customer customer) {
        return customer.getParentId() == null ? Optional.empty() : find(customer.getParentId());
    }

    private static <T> TypedQuery<T> matching(TypedQuery<T> query, String search) {
        return query.setParameter("search", LikePattern.containing(search));
    }
}
