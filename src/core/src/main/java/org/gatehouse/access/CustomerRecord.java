package org.gatehouse.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A record a customer owns: a case, its comments and files, a document and its versions. The access rule is
 * declared here once, over the columns every such record carries (its customer, the contact who raised it,
 * its {@link Audience}), so a new record type is protected by extending this class; a record outside the
 * reader's scope does not exist for them (lists, counts, finds by id).
 */
@MappedSuperclass
@AdditionalCriteria(AccessScope.RECORD_CRITERIA)
public abstract class CustomerRecord implements Serializable {

    /** The owning customer. */
    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    /** The contact who raised it; null when nobody of the customer did. */
    @Column(name = "requester_id", updatable = false)
    private Long requesterId;

    /**
     * The {@link Audience}'s name. A string, not an enum mapping: EclipseLink binds an enum literal of the access
     * rule unconverted when the record is joined to another one, and PostgreSQL then refuses the query.
     */
    @Column(nullable = false, length = 16)
    private String audience;

    /**
     * For audience {@link Audience#CONTACTS}: the ids of the contacts who see it, {@code ,12,45,}; empty otherwise. Kept
     * by the code that owns the record's grants, never typed.
     */
    @Column(nullable = false)
    private String sight = "";

    protected CustomerRecord() {
    }

    protected CustomerRecord(long customerId, Long requesterId, Audience audience) {
        this.customerId = customerId;
        this.requesterId = requesterId;
        this.audience = audience.name();
    }

    public abstract Long getId();

    /** Its JPA entity name: how files, events and mail name their record. */
    public String recordType() {
        Entity entity = getClass().getAnnotation(Entity.class);
        return entity == null || entity.name().isEmpty() ? getClass().getSimpleName() : entity.name();
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getRequesterId() {
        return requesterId;
    }

    public Audience getAudience() {
        return Audience.valueOf(audience);
    }

    /** Seen in the back office only: an internal note, a version not shared with the customer. */
    public boolean isInternal() {
        return getAudience() == Audience.BACK_OFFICE;
    }

    protected void setAudience(Audience audience) {
        this.audience = audience.name();
    }

    /**
     * Seen by the same contacts as the owner (a file of an asset, a public note on a work order): copied when it is
     * made; the owner's sight code copies it again whenever the owner's changes.
     */
    protected void seenLike(CustomerRecord owner) {
        this.sight = owner.sight;
    }
}
