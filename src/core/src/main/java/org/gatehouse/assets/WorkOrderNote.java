package org.gatehouse.assets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gatehouse.access.Audience;
import org.gatehouse.access.CustomerRecord;

/**
 * A note on a work order, written in the back office: a public one is read by the contacts who see the work order
 * (its sight follows the work order's, {@link WorkOrderSight}), an internal one by the back office only.
 */
@Entity
@Table(name = "work_order_note")
public class WorkOrderNote extends CustomerRecord {

    static final int BODY_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "work_order_note_seq", sequenceName = "work_order_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "work_order_note_seq")
    private Long id;

    @Column(name = "work_order_id", nullable = false, updatable = false)
    private Long workOrderId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;

    @Column(nullable = false, updatable = false, length = BODY_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected WorkOrderNote() {
    }

    WorkOrderNote(WorkOrder order, long authorId, String body, boolean internal, Instant now) {
        super(order.getCustomerId(), null, internal ? Audience.BACK_OFFICE : Audience.CONTACTS);
        if (!internal) {
            seenLike(order);
        }
        this.workOrderId = order.getId();
        this.authorId = authorId;
        this.body = body;
        this.createdAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getWorkOrderId() {
        return workOrderId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
