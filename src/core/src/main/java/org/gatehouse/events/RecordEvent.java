package org.gatehouse.events;

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
import org.gatehouse.access.CustomerRecord;

/**
 * Something that happened to a customer-owned record and may be worth an e-mail, naming the record by type
 * and id. Written in the transaction of the change (a rolled-back change leaves none); the notification job
 * chooses the recipients after the commit, from the access model as it is then. Not customer-owned data in
 * itself: only the job reads it.
 */
@Entity
@Table(name = "record_event")
public class RecordEvent implements Serializable {

    public enum Kind {
        /** A case was opened. */
        CREATED,
        /** A comment or an internal note was added to a case. */
        COMMENTED,
        /** A case's status changed; the detail is the new status' label. */
        STATUS_CHANGED,
        /** A case was given to someone, or to nobody; the detail is the assignee's name. */
        ASSIGNED,
        /** A document version was shared with the customer's contacts. */
        SHARED,
        /** A design layer got a new revision; the detail names it. */
        UPLOADED,
        /** A contact approved a design or requested a modification; the detail is the decision and comment. */
        DECIDED,
        /** Someone placed an annotation on a design's layer; the detail names it. */
        ANNOTATED,
        /** Staff resolved an annotation of a design; the detail names it. */
        RESOLVED
    }

    public static final int DETAIL_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "record_event_seq", sequenceName = "record_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "record_event_seq")
    private Long id;

    /** The record's entity name ({@link CustomerRecord#recordType()}). */
    @Column(name = "record_type", nullable = false, length = 40, updatable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false, updatable = false)
    private Long recordId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Kind kind;

    /** The comment on a case the event is about, if any. */
    @Column(name = "comment_id", updatable = false)
    private Long commentId;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    /** What the kind says it is, if anything. */
    @Column(updatable = false, length = DETAIL_LENGTH)
    private String detail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "dispatched_at")
    private Instant dispatchedAt;

    protected RecordEvent() {
    }

    /** @param record a record with its id (persisted) */
    public RecordEvent(CustomerRecord record, Kind kind, Long commentId, Long actorId, String detail, Instant now) {
        this.recordType = record.recordType();
        this.recordId = record.getId();
        this.kind = kind;
        this.commentId = commentId;
        this.actorId = actorId;
        this.detail = detail;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
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
