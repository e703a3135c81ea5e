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
import java.time.LocalDate;
import org.gatehouse.access.Audience;
import org.gatehouse.access.CustomerRecord;

/**
 * One technician's day at one customer: an ordered list of stops at its assets (table {@code tour_stop}), printed to
 * take along (seed 004's Tour tab). Contacts see it only when it is assigned to them ({@link AssignedSight}), and of
 * its stops only those at assets they see.
 */
@Entity
@Table(name = "tour")
public class Tour extends CustomerRecord {

    static final int NAME_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "tour_seq", sequenceName = "tour_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tour_seq")
    private Long id;

    @Column(nullable = false)
    private LocalDate day;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "technician_id", nullable = false)
    private Long technicianId;

    @Version
    private int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Tour() {
    }

    Tour(long customerId, LocalDate day, String name, long technicianId, Instant now) {
        super(customerId, null, Audience.CONTACTS);
        this.day = day;
        this.name = name;
        this.technicianId = technicianId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }

    public Long getTechnicianId() {
        return technicianId;
    }

    public int getVersion() {
        return version;
    }

    void touched(Instant now) {
        this.updatedAt = now;
    }
}
