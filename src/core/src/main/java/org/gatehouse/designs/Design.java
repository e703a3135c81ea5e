package org.gatehouse.designs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.gatehouse.access.Audience;
import org.gatehouse.access.CustomerRecord;
import org.gatehouse.company.Company;

/**
 * A packaging design of a customer or of one of its sites (seed 002). Its contacts see it only while its status is
 * one their customer group shows them; {@link DesignVisibility} keeps the audience saying so.
 */
@Entity
@Table(name = "design")
public class Design extends CustomerRecord {

    static final int NAME_LENGTH = 200;
    static final int CODE_LENGTH = 60;
    static final int DESCRIPTION_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "design_seq", sequenceName = "design_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "design_seq")
    private Long id;

    /** For lists only: the design itself is what the scope filters. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", insertable = false, updatable = false)
    private Company customer;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = CODE_LENGTH, updatable = false)
    private String code;

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DesignStatus status = DesignStatus.DRAFT;

    /** The staff user in charge, told about contacts' decisions. */
    @Column(name = "owner_id")
    private Long ownerId;

    /** Every change counts it up: a page showing an older one is told the design changed meanwhile. */
    @Version
    private int version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Design() {
    }

    public Design(long customerId, String name, String code, String description, Long ownerId, Instant now) {
        super(customerId, null, Audience.BACK_OFFICE);
        this.ownerId = ownerId;
        this.name = name;
        this.code = code;
        this.description = description;
        this.createdAt = now;
        this.updatedAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public String getDescription() {
        return description;
    }

    public DesignStatus getStatus() {
        return status;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public int getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void moveTo(DesignStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
    }

    /** A layer changed: the design counts as changed too, so a page that showed it before is told. */
    void touched(Instant now) {
        this.updatedAt = now;
    }
}
