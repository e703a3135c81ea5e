package org.gatehouse.assets;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.UserKind;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.validation.InvalidInputException;

/**
 * Changes to work orders, by the user whose scope is bound to the persistence context: staff and partners with WRITE
 * on the asset's customer add and describe them, move them along their statuses, log time, write public and internal
 * notes, and assign them, or make them visible, to the customer's contacts. Each change
 * leaves who sees what right ({@link WorkOrderSight}). Planning them for a time is the planning's.
 */
public class WorkOrderChanges {

    /** A day's work at most, in one entry of time spent. */
    static final int MAX_MINUTES_LOGGED = 24 * 60;

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
        WorkOrder order = new WorkOrder(asset, validTitle(title), validDescription(description), chosen(type, "type"), chosen(priority, "priority"), now);
        em.persist(order);
        WorkOrderSight.ofWorkOrder(em, order.getId());
        return order;
    }

    public WorkOrder describe(long workOrderId, String title, String description, WorkOrderType type, Priority priority, Instant now) {
        WorkOrder order = writableOrder(workOrderId);
        order.describe(validTitle(title), validDescription(description), chosen(type, "type"), chosen(priority, "priority"), now);
        return order;
    }

    /** Any status may follow any other: work put on hold resumes, a done one is opened again when it comes back. */
    public WorkOrder moveTo(long workOrderId, WorkOrderStatus status, Instant now) {
        WorkOrder order = writableOrder(workOrderId);
        order.moveTo(chosen(status, "status"), now);
        return order;
    }

    /** Time spent on it by a technician, added to what was spent before. */
    public WorkOrder logTime(long workOrderId, Integer minutes, Instant now) {
        WorkOrder order = writableOrder(workOrderId);
        if (minutes == null || minutes < 1 || minutes > MAX_MINUTES_LOGGED) {
            throw new InvalidInputException("minutes", "Please give the time spent in minutes, from 1 to " + MAX_MINUTES_LOGGED + ".");
        }
        order.spent(minutes, now);
        return order;
    }

    /** A public note (read by the contacts who see the work order) or an internal one (the back office only). */
    public WorkOrderNote note(long workOrderId, String body, boolean internal, Instant now) {
        WorkOrder order = writableOrder(workOrderId);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("note", "Please write the note.");
        }
        if (text.length() > WorkOrderNote.BODY_LENGTH) {
            throw new InvalidInputException("note", "A note has at most " + WorkOrderNote.BODY_LENGTH + " characters.");
        }
        WorkOrderNote note = new WorkOrderNote(order, scope.userId(), text, internal, now);
        em.persist(note);
        return note;
    }

    /**
     * Whether the user may be the technician of the customer's work: an active back-office user (staff, or a
     * partner's) whose own scope may change the customer's records.
     */
    public static boolean isTechnicianOf(EntityManager em, long userId, long customerId) {
        UserAccount user = em.find(UserAccount.class, userId);
        return user != null && user.isActive() && user.getKind() != UserKind.CUSTOMER && AccessScope.compute(em, userId).canWrite(customerId);
    }

    /** Assigns the work order to a contact who sees its asset, or only makes it visible to them ("assigned only" contacts). */
    public void grant(long workOrderId, long contactId, boolean assigned) {
        WorkOrder order = writableOrder(workOrderId);
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
        writableOrder(workOrderId);
        em.createNativeQuery("delete from work_order_grant where work_order_id = ?1 and contact_id = ?2")
                .setParameter(1, workOrderId).setParameter(2, contactId).executeUpdate();
        WorkOrderSight.ofWorkOrder(em, workOrderId);
    }

    WorkOrder writableOrder(long workOrderId) {
        WorkOrder order = order(workOrderId);
        writable(order.getCustomerId());
        return order;
    }

    private static String validTitle(String title) {
        String text = title == null ? "" : title.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("title", "Please give the work order a title.");
        }
        if (text.length() > WorkOrder.TITLE_LENGTH) {
            throw new InvalidInputException("title", "A work order's title has at most " + WorkOrder.TITLE_LENGTH + " characters.");
        }
        return text;
    }

    private static String validDescription(String description) {
        String text = description == null ? "" : description.strip();
        if (text.length() > WorkOrder.DESCRIPTION_LENGTH) {
            throw new InvalidInputException("description", "A work order's description has at most " + WorkOrder.DESCRIPTION_LENGTH + " characters.");
        }
        return text;
    }

    private static <T> T chosen(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "Please choose the work order's " + field + ".");
        }
        return value;
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
