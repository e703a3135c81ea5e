package org.gatehouse.viewas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A single-use, short-lived permission to open the portal as one contact, for one actor. */
@Entity
@Table(name = "view_as_ticket")
@NamedQuery(name = ViewAsTicket.BY_HASH, query = "select t from ViewAsTicket t where t.tokenHash = :hash")
public class ViewAsTicket {

    static final String BY_HASH = "ViewAsTicket.byHash";

    @Id
    @SequenceGenerator(name = "view_as_ticket_seq", sequenceName = "view_as_ticket_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "view_as_ticket_seq")
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "actor_id", nullable = false)
    private Long actorId;

    @Column(name = "contact_id", nullable = false)
    private Long contactId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "redeemed_at")
    private Instant redeemedAt;

    protected ViewAsTicket() {
    }

    ViewAsTicket(String tokenHash, long actorId, long contactId, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.actorId = actorId;
        this.contactId = contactId;
        this.expiresAt = expiresAt;
    }

    /** Marks the ticket used; false when it was used before or has expired. */
    boolean redeem(Instant now) {
        if (redeemedAt != null || !now.isBefore(expiresAt)) {
            return false;
        }
        redeemedAt = now;
        return true;
    }

    /** Whether it was redeemed at or before the given time (or never: an unredeemed ticket opens no session). */
    boolean redeemedBefore(Instant time) {
        return redeemedAt == null || !redeemedAt.isAfter(time);
    }

    Long getId() {
        return id;
    }

    Long getActorId() {
        return actorId;
    }

    Long getContactId() {
        return contactId;
    }
}
