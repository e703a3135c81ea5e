package org.gatehouse.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * Something that happened to a case and may be worth an e-mail. Written in the transaction of the change
 * (a rolled-back change leaves none); the notification job chooses the recipients after the commit, from
 * the access model as it is then. Not customer-owned data in itself: only the job reads it.
 */
@Entity
@Table(name = "case_event")
public class CaseEvent implements Serializable {

    public enum Kind {
        CREATED, COMMENTED, STATUS_CHANGED, ASSIGNED
    }

    @Id
    @SequenceGenerator(name = "case_event_seq", sequenceName = "case_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "comment_id")
    private Long commentId;

    @Column(name = "actor_id")
    private Long actorId;

    /** For a status change the new status' label; for an assignment the assignee's name. */
    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "dispatched_at")
    private Instant dispatchedAt;

    protected CaseEvent() {
    }

    public CaseEvent(long caseId, Kind kind, Long commentId, Long actorId, String detail, Instant now) {
        this.caseId = caseId;
        this.kind = kind;
        this.commentId = commentId;
        this.actorId = actorId;
        this.detail = detail;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getCommentId() {
        return commentId;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDispatchedAt() {
        return dispatchedAt;
    }

    public void dispatched(Instant now) {
        this.dispatchedAt = now;
    }
}
