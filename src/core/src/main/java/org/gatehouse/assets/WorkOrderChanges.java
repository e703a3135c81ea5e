package org.gatehouse.assets;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.validation.InvalidInputException;

/**
 * Changes to work orders, by the user whose scope is bound to the persistence context: staff and partners with WRITE
 * on the asset's customer add them and assign them, or make them visible, to the customer's contacts. Each change
 * leaves who sees what right ({@link WorkOrderSight}).
 */
public class WorkOrderChanges {

    private final EntityManager em;
    private final AccessScope scope;

    public WorkOrderChanges(EntityManager em, AccessScope scope) {
        this.em = em;
        this.scope = scope;
    }

    public WorkOrder add(long assetId, String title, String description, WorkOrderType type, Priority priority, Instant now) {
        Asset asset = em.find(Asset.class, assetId);
        if (asset == null) {
            throw new RecordNotFoundException("Asset", assetId);
        }
        writable(asset.getCustomerId());
        String validTitle = title == null ? "" : title.strip();
        if (validTitle.isEmpty()) {
            throw new InvalidInputException("title", "Please give the work order a title.");
        }
        if (validTitle.length() > WorkOrder.TITLE_LENGTH) {
            throw new InvalidInputException("title", "A work order's title has at most " + WorkOrder.TITLE_LENGTH + " characters.");
        }
        String validDescription = description == null ? "" : description.strip();
        if (validDescription.length() > WorkOrder.DESCRIPTION_LENGTH) {
            throw new InvalidInputException("description", "A work order's description has at most " + WorkOrder.DESCRIPTION_LENGTH + " characters.");
        }
        if (type == null || priority == null) {
            throw new InvalidInputException(type == null ? "type" : "priority", "Please choose the work order's " + (type == null ? "type." : "priority."));
        }
        WorkOrder order = new WorkOrder(asset, validTitle, validDescription, type, priority, now);
        em.persist(order);
        WorkOrderSight.ofWorkOrder(em, order.getId());
        return order;
    }

    /** Assigns the work order to a contact who sees its asset, or only makes it visible to them ("assigned only" contacts). */
    public void grant(long workOrderId, long contactId, boolean assigned) {
        WorkOrder order = order(workOrderId);
        writable(order.getCustomerId());
        if (!AssetChanges.isContactOf(em, contactId, order.getCustomerId())) {
            throw new InvalidInputException("contact", "Please choose a contact of the work order's customer.");
        }
        em.createNativeQuery("""
                insert into work_order_grant (work_order_id, contact_id, assigned) values (?1, ?2, ?3)
                on conflict (work_order_id, contact_id) do update set assigned = excluded.assigned""")
                .setParameter(1, workOrderId).setParameter(2, contactId).setParameter(3, assigned).executeUpdate();
        WorkOrderSight.ofWorkOrder(em, workOrderId);
    }

    public void revoke(long workOrderId, long contactId) {
        WorkOrder order = order(workOrderId);
        writable(order.getCustomerId());
        em.createNativeQuery("delete from work_order_grant where work_order_id = ?1 and contact_id = ?2")
                .setParameter(1, workOrderId).setParameter(2, contactId).executeUpdate();
        WorkOrderSight.ofWorkOrder(em, workOrderId);
    }

    private WorkOrder order(long workOrderId) {
        WorkOrder order = em.find(WorkOrder.class, workOrderId);
        if (order == null) {
            throw new RecordNotFoundException("Work order", workOrderId);
        }
        return order;
    }

    private void writable(long customerId) {
        if (!scope.canWrite(customerId)) {
            throw new WriteNotAllowedException("You may read this customer's work orders but not change them.");
        }
    }
}
