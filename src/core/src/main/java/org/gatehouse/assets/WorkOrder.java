package org.gatehouse.assets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.gatehouse.access.Audience;
import org.gatehouse.access.CustomerRecord;

/**
 * Work on an asset (seed 004). A contact sees it while they see its asset, or, with "assigned work orders only", while
 * it is also assigned or made visible to them ({@link WorkOrderSight}).
 */
@Entity
@Table(name = "work_order")
public class WorkOrder extends CustomerRecord {

    static final int TITLE_LENGTH = 200;
    static final int DESCRIPTION_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "work_order_seq", sequenceName = "work_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "work_order_seq")
    private Long id;

    @Column(name = "asset_id", nullable = false, updatable = false)
    private Long assetId;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private WorkOrderType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private WorkOrderStatus status = WorkOrderStatus.OPEN;

    @Column(name = "planned_at")
    private Instant plannedAt;

    @Column(name = "planned_minutes")
    private Integer plannedMinutes;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Column(name = "minutes_spent", nullable = false)
    private int minutesSpent;

    @Version
    private int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected WorkOrder() {
    }

    WorkOrder(Asset asset, String title, String description, WorkOrderType type, Priority priority, Instant now) {
        // who among the contacts sees it is its sight's answer, kept by WorkOrderSight
        super(asset.getCustomerId(), null, Audience.CONTACTS);
        this.assetId = asset.getId();
        this.title = title;
        this.description = description;
        this.type = type;
        this.priority = priority;
        this.createdAt = now;
        this.updatedAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getAssetId() {
        return assetId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public WorkOrderType getType() {
        return type;
    }

    public Priority getPriority() {
        return priority;
    }

    public WorkOrderStatus getStatus() {
        return status;
    }

    public Instant getPlannedAt() {
        return plannedAt;
    }

    public Integer getPlannedMinutes() {
        return plannedMinutes;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public int getMinutesSpent() {
        return minutesSpent;
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void describe(String title, String description, WorkOrderType type, Priority priority, Instant now) {
        this.title = title;
        this.description = description;
        this.type = type;
        this.priority = priority;
        this.updatedAt = now;
    }

    void moveTo(WorkOrderStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    void spent(int minutes, Instant now) {
        this.minutesSpent += minutes;
        this.updatedAt = now;
    }

    /**
     * Planned for a time, for so long, by a technician: only the planning entry of the work order sets it
     * (the planning package keeps the two the same), so an open work order becomes scheduled.
     */
    public void planned(Instant at, int minutes, long technicianId, Instant now) {
        this.plannedAt = at;
        this.plannedMinutes = minutes;
        this.assigneeId = technicianId;
        if (status == WorkOrderStatus.OPEN) {
            this.status = WorkOrderStatus.SCHEDULED;
        }
        this.updatedAt = now;
    }

    /** No longer planned: its planning entry was taken out of the calendar. */
    public void unplanned(Instant now) {
        this.plannedAt = null;
        this.plannedMinutes = null;
        if (status == WorkOrderStatus.SCHEDULED) {
            this.status = WorkOrderStatus.OPEN;
        }
        this.updatedAt = now;
    }
}
