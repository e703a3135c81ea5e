package org.gatehouse.assets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gatehouse.access.CurrentScope;
import org.gatehouse.access.InAccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.Role;
import org.gatehouse.access.UserKind;
import org.gatehouse.audit.AuditLog;
import org.gatehouse.files.Attachment;
import org.gatehouse.files.AttachmentSettings;
import org.gatehouse.files.NewFile;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.user.Contact;

/**
 * A work order as the signed-in user may see and change it: contacts read the ones they see, with the public notes
 * and files; staff and partners with WRITE on the customer describe it, move it along its statuses, log time, write
 * notes, add files, and assign it or make it visible to contacts (its technician comes with its plan, in the planning). Every change is in the audit log.
 */
@Stateless
@InAccessScope
@RolesAllowed({Role.STAFF, Role.PARTNER, Role.CUSTOMER})
public class WorkOrderService {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    CurrentScope currentScope;

    @Inject
    AuditLog auditLog;

    @Inject
    AttachmentSettings attachmentSettings;

    /** The work order; not found when out of sight. */
    public WorkOrder workOrder(long workOrderId) {
        WorkOrder order = em.find(WorkOrder.class, workOrderId);
        if (order == null) {
            throw new RecordNotFoundException("Work order", workOrderId);
        }
        return order;
    }

    public List<WorkOrderNote> notes(long workOrderId) {
        return queries().notes(workOrder(workOrderId).getId());
    }

    public List<Attachment> files(long workOrderId) {
        return queries().files(workOrder(workOrderId));
    }

    /**
     * The names of the people the work's pages show: back-office users (technicians, the authors of notes) and the
     * contacts the reader sees (those a visit or tour is assigned to); any other id gets no name.
     */
    public Map<Long, String> names(List<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = userIds.stream().distinct().toList();
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select u from UserAccount u where u.id in :ids and u.kind <> :customer", UserAccount.class)
                .setParameter("ids", ids).setParameter("customer", UserKind.CUSTOMER).getResultStream()
                .forEach(user -> names.put(user.getId(), user.getDisplayName()));
        em.createQuery("select c from Contact c where c.id in :ids", Contact.class).setParameter("ids", ids).getResultStream()
                .forEach(contact -> names.put(contact.getId(), contact.getDisplayName()));
        return names;
    }

    /** The contacts the work order was assigned or made visible to (the back office's list on its page). */
    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public List<AssetGrantRow> grants(long workOrderId) {
        workOrder(workOrderId);
        return queries().workOrderGrants(workOrderId);
    }

    /** Who may do the customer's work: active back-office users whose own scope may change the customer's records. */
    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public List<UserAccount> technicianChoices(long customerId) {
        return em.createQuery("select u from UserAccount u where u.active = true and u.kind <> :customer order by u.displayName, u.id", UserAccount.class)
                .setParameter("customer", UserKind.CUSTOMER).getResultStream()
                .filter(user -> WorkOrderChanges.isTechnicianOf(em, user.getId(), customerId)).toList();
    }

    public boolean canChange(long workOrderId) {
        return currentScope.get().canWrite(workOrder(workOrderId).getCustomerId());
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public WorkOrder describe(long workOrderId, String title, String description, WorkOrderType type, Priority priority) {
        WorkOrder order = changes().describe(workOrderId, title, description, type, priority, Instant.now());
        audit("work-order.describe", order, null, order.getTitle() + ", " + order.getType().getLabel() + ", " + order.getPriority().getLabel());
        return order;
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public WorkOrder moveTo(long workOrderId, WorkOrderStatus status) {
        String before = workOrder(workOrderId).getStatus().getLabel();
        WorkOrder order = changes().moveTo(workOrderId, status, Instant.now());
        audit("work-order.status", order, before, order.getStatus().getLabel());
        return order;
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public WorkOrder logTime(long workOrderId, Integer minutes) {
        WorkOrder order = changes().logTime(workOrderId, minutes, Instant.now());
        audit("work-order.time", order, null, minutes + " min, " + order.getMinutesSpent() + " min in all");
        return order;
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public WorkOrderNote note(long workOrderId, String body, boolean internal) {
        WorkOrderNote note = changes().note(workOrderId, body, internal, Instant.now());
        audit("work-order.note", workOrder(workOrderId), null, internal ? "internal note" : "public note");
        return note;
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public List<Attachment> attach(long workOrderId, List<NewFile> files, boolean internal) {
        WorkOrder order = workOrder(workOrderId);
        List<Attachment> attached = new AssetChanges(em, currentScope.get()).attach(order, files, internal, attachmentSettings.maxBytes(), Instant.now());
        audit("work-order.attach", order, null, attached.stream().map(Attachment::getFileName).collect(Collectors.joining(", ")));
        return attached;
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public void grant(long workOrderId, long contactId, boolean assigned) {
        changes().grant(workOrderId, contactId, assigned);
        audit("work-order.grant", workOrder(workOrderId), null, (assigned ? "assigned to contact " : "made visible to contact ") + contactId);
    }

    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public void revoke(long workOrderId, long contactId) {
        changes().revoke(workOrderId, contactId);
        audit("work-order.revoke", workOrder(workOrderId), "contact " + contactId, null);
    }

    private void audit(String action, WorkOrder order, String before, String after) {
        auditLog.record(action, order.getCustomerId(), "Work order " + order.getId() + " \"" + order.getTitle() + "\"", before, after);
    }

    private AssetQueries queries() {
        return new AssetQueries(em);
    }

    private WorkOrderChanges changes() {
        return new WorkOrderChanges(em, currentScope.get());
    }
}
