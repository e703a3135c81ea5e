package org.gatehouse.company;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.validation.InvalidInputException;

/**
 * The rules for changing customers, for one user's scope: who may add a customer to a group, change
 * it or move it to another group, and a company tree that never loops. Reads go through the scoped
 * {@link Customer}; only after the checks is the {@link Company} itself changed.
 */
public class CustomerChanges {

    private static final int NAME_LENGTH = 200;

    private final EntityManager em;
    private final AccessScope scope;

    /** @param em a persistence context the scope is bound to */
    public CustomerChanges(EntityManager em, AccessScope scope) {
        this.em = em;
        this.scope = scope;
    }

    /**
     * A new customer in exactly one group (seed 000 step 7): for admins and WRITE members of the group,
     * below a parent only with WRITE on the parent.
     */
    public Company add(String name, Long groupId, Long parentId) {
        Company customer = Company.customer(validName(name), writableGroup(groupId), parent(parentId));
        em.persist(customer);
        em.flush();
        return customer;
    }

    /** @return the customer with the new name; the caller audits the change */
    public Company rename(long customerId, String name) {
        Company customer = writable(customerId);
        customer.setName(validName(name));
        return customer;
    }

    /**
     * Puts the customer below another company in scope, or at the top of a tree when {@code parentId} is null:
     * WRITE on the customer and on the companies below it, which move along, and WRITE on the new parent.
     * Keeping the parent it has is no change, even when that parent is outside the scope.
     */
    public Company changeParent(long customerId, Long parentId) {
        Company customer = writable(customerId);
        if (Objects.equals(parentId, customer.getParent() == null ? null : customer.getParent().getId())) {
            return customer;
        }
        Company parent = parent(parentId);
        if (parent != null && ancestorsOf(parent.getId()).contains(customerId)) {
            throw new InvalidInputException("parent", parent.getName() + " is below " + customer.getName()
                    + " in the company tree, so it cannot be its parent too.");
        }
        // the companies below move along, and the new parent's subtree grants and group-level contacts reach them too;
        // the customer's subtree is what a group-level contact of it would see
        if (parent != null && !AccessScope.breadthOf(em, customerId, true).stream().allMatch(scope::canWrite)) {
            throw new InvalidInputException("parent", customer.getName() + " has companies below it that you may not change,"
                    + " so only someone who may change them all can put it below another company.");
        }
        customer.setParent(parent);
        return customer;
    }

    /** Moves the customer to another group: for admins and users with WRITE on both groups. */
    public Company move(long customerId, Long groupId) {
        Customer visible = em.find(Customer.class, customerId);
        if (visible == null) {
            throw new RecordNotFoundException("Customer", customerId);
        }
        if (!scope.canWriteGroup(visible.getCustomerGroup().getId())) {
            throw new WriteNotAllowedException();
        }
        Company customer = CompanyGate.writable(em, visible);
        customer.setCustomerGroup(writableGroup(groupId));
        return customer;
    }

    private Company writable(long customerId) {
        Customer visible = em.find(Customer.class, customerId);
        if (visible == null) {
            throw new RecordNotFoundException("Customer", customerId);
        }
        if (!scope.canWrite(customerId)) {
            throw new WriteNotAllowedException();
        }
        return CompanyGate.writable(em, visible);
    }

    private CustomerGroup writableGroup(Long groupId) {
        CustomerGroup group = groupId == null || !scope.canWriteGroup(groupId) ? null : em.find(CustomerGroup.class, groupId);
        if (group == null) {
            throw new InvalidInputException("group", "Please choose a customer group you may add customers to.");
        }
        return group;
    }

    /**
     * The parent company, which must be a customer the user may change; null for none. READ is not enough:
     * below a parent, a customer is reached by the parent's subtree grants and group-level contacts, so
     * someone who may only look at the parent would widen who sees the child.
     */
    private Company parent(Long parentId) {
        if (parentId == null) {
            return null;
        }
        Customer parent = em.find(Customer.class, parentId);
        if (parent == null) {
            throw new InvalidInputException("parent", "Please choose the parent company among your customers.");
        }
        if (!scope.canWrite(parentId)) {
            throw new InvalidInputException("parent", "You may only look at " + parent.getName()
                    + ": putting a customer below it takes WRITE access to both.");
        }
        return CompanyGate.writable(em, parent);
    }

    /**
     * The company and every company above it, in scope or not: a loop through a company the user
     * cannot see is a loop all the same.
     */
    private List<Long> ancestorsOf(long companyId) {
        List<?> ids = em.createNativeQuery("""
                with recursive up(id, parent_id) as (
                    select id, parent_id from company where id = ?1
                    union
                    select c.id, c.parent_id from company c join up on c.id = up.parent_id
                )
                select id from up""").setParameter(1, companyId).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private static String validName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("name", "Please enter the company name.");
        }
        if (trimmed.length() > NAME_LENGTH) {
            throw new InvalidInputException("name", "A company name has at most " + NAME_LENGTH + " characters.");
        }
        return trimmed;
    }
}
