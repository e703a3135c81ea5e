package org.gatehouse.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A visit to an asset at a time, by a technician, in the planning calendar (seed 004's Planning tab); optionally the
 * plan of one work order. Contacts see it only when it is assigned to them ({@link AssignedSight}).
 */
@Entity
@Table(name = "planning_entry")
public class PlanningEntry extends CustomerRecord {

    static final int TITLE_LENGTH = 200;
    /** A visit lasts a day at most. */
    static final int MAX_MINUTES = 24 * 60;

    @Id
    @SequenceGenerator(name = "planning_entry_seq", sequenceName = "planning_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "planning_entry_seq")
    private Long id;

    @Column(name = "asset_id", nullable = false, updatable = false)
    private Long assetId;

    @Column(name = "work_order_id", updatable = false)
    private Long workOrderId;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "technician_id", nullable = false)
    private Long technicianId;

    @Version
    private int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PlanningEntry() {
    }

    PlanningEntry(long customerId, long assetId, Long workOrderId, String title, Instant startsAt, int minutes, long technicianId, Instant now) {
        // who among the contacts sees it: those it is assigned to, kept by AssignedSight
        super(customerId, null, Audience.CONTACTS);
        this.assetId = assetId;
        this.workOrderId = workOrderId;
        this.title = title;
        this.startsAt = startsAt;
        this.minutes = minutes;
        this.technicianId = technicianId;
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

    public Long getWorkOrderId() {
        return workOrderId;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return startsAt.plusSeconds(60L * minutes);
    }

    public int getMinutes() {
        return minutes;
    }

    public Long getTechnicianId() {
        return technicianId;
    }

    public int getVersion() {
        return version;
    }

    void planned(String title, Instant startsAt, int minutes, long technicianId, Instant now) {
        this.title = title;
        this.startsAt = startsAt;
        this.minutes = minutes;
        this.technicianId = technicianId;
        this.updatedAt = now;
    }
}
