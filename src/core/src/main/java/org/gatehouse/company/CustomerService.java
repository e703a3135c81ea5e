package org.gatehouse.company;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.gatehouse.access.AccessExplainer;
import org.gatehouse.access.CurrentScope;
import org.gatehouse.access.InAccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.Role;
import org.gatehouse.access.WhoCanSee;
import org.gatehouse.audit.AuditLog;

/** Customers as the signed-in back-office user may see and change them; every change audited. */
@Stateless
@InAccessScope
@RolesAllowed({Role.STAFF, Role.PARTNER})
public class CustomerService {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    CurrentScope currentScope;

    @Inject
    AuditLog auditLog;

    @Inject
    Event<CustomerMoved> customerMoved;

    private CustomerQueries queries;

    @PostConstruct
    void init() {
        queries = new CustomerQueries(em);
    }

    public List<CustomerRow> page(String search, int first, int size, CustomerSort sort, boolean ascending) {
        return queries.page(search, first, size, sort, ascending);
    }

    public long count(String search) {
        return queries.count(search);
    }

    public Optional<Customer> find(long id) {
        return queries.find(id);
    }

    /** @see CustomerQueries#tree(Customer) */
    public List<Customer> tree(long customerId) {
        return queries.tree(get(customerId));
    }

    /** The companies the user may choose as a parent: the customers they may change. */
    public List<Customer> parentChoices() {
        return queries.all().stream().filter(customer -> currentScope.get().canWrite(customer.getId())).toList();
    }

    /** The groups the user may add customers to, or move them into. */
    public List<CustomerGroup> groupChoices() {
        return queries.groups().stream().filter(group -> currentScope.get().canWriteGroup(group.getId())).toList();
    }

    /** "Who can see this?": every user who may see the customer, with the reasons, as far as the viewer may know them. */
    @RolesAllowed(Role.STAFF)
    public WhoCanSee whoCanSee(long customerId) {
        get(customerId);
        return new AccessExplainer(em, currentScope.get()).whoCanSeeCustomer(customerId);
    }

    public boolean canChange(long customerId) {
        return currentScope.get().canWrite(customerId);
    }

    public boolean canMove(long customerId) {
        return currentScope.get().canWriteGroup(get(customerId).getCustomerGroup().getId());
    }

    public Company add(String name, Long groupId, Long parentId) {
        Company added = changes().add(name, groupId, parentId);
        auditLog.record("customer.add", added.getId(), subject(added), null,
                added.getName() + " in " + added.getCustomerGroup().getCode() + (added.getParent() == null ? "" : " below " + added.getParent().getName()));
        return added;
    }

    /** Renames the customer and sets its parent company, in one transaction: both or neither. */
    public Company changeDetails(long customerId, String name, Long parentId) {
        Customer before = get(customerId);
        Company beforeParent = CompanyGate.writable(em, before).getParent();
        String beforeParentName = beforeParent == null ? null : beforeParent.getName();
        CustomerChanges changes = changes();
        changes.rename(customerId, name);
        Company changed = changes.changeParent(customerId, parentId);
        if (!before.getName().equals(changed.getName())) {
            auditLog.record("customer.rename", customerId, subject(changed), before.getName(), changed.getName());
        }
        if (beforeParent != changed.getParent()) {
            customerMoved.fire(new CustomerMoved(customerId));
            auditLog.record("customer.parent", customerId, subject(changed), beforeParentName,
                    changed.getParent() == null ? null : changed.getParent().getName());
        }
        return changed;
    }

    public Company move(long customerId, Long groupId) {
        String before = get(customerId).getCustomerGroup().getCode();
        Company moved = changes().move(customerId, groupId);
        if (!before.equals(moved.getCustomerGroup().getCode())) {
            customerMoved.fire(new CustomerMoved(customerId));
            auditLog.record("customer.group", customerId, subject(moved), before, moved.getCustomerGroup().getCode());
        }
        return moved;
    }

    private Customer get(long customerId) {
        return queries.find(customerId).orElseThrow(() -> new RecordNotFoundException("Customer", customerId));
    }

    private CustomerChanges changes() {
        return new CustomerChanges(em, currentScope.get());
    }

    private static String subject(Company customer) {
        return "Customer " + customer.getId() + " \"" + customer.getName() + "\"";
    }
}
