package org.gatehouse.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log: who did what, when, to which customer, with the values before and after. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_email", nullable = false, length = 320)
    private String actorEmail;

    @Column(name = "viewed_as_id")
    private Long viewedAsId;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "before_value")
    private String before;

    @Column(name = "after_value")
    private String after;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, Long actorId, String actorEmail, Long viewedAsId, String action, Long customerId,
               String subject, String before, String after) {
        this.at = at;
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.viewedAsId = viewedAsId;
        this.action = action;
        this.customerId = customerId;
        this.subject = subject;
        this.before = before;
        this.after = after;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public Long getViewedAsId() {
        return viewedAsId;
    }

    public String getAction() {
        return action;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getSubject() {
        return subject;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
