package org.gatehouse.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gatehouse.access.Audience;
import org.gatehouse.access.CustomerRecord;
import org.gatehouse.identity.UserAccount;

/**
 * A file of a customer-owned record (a case or one of its comments, a document version, an asset, a work order): the owner is named by
 * its entity name and id. The bytes are a PostgreSQL large object ({@code content}), outside this row; the row
 * carries its owner's customer, requester and audience, so the access filter decides on it as on its owner,
 * and a download also finds the owner through the reader's scope ({@link FileService}).
 */
@Entity
@Table(name = "attachment")
public class Attachment extends CustomerRecord {

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    /** The owner's entity name, e.g. {@code SupportCase}. */
    @Column(name = "record_type", nullable = false, updatable = false, length = 40)
    private String recordType;

    @Column(name = "record_id", nullable = false, updatable = false)
    private Long recordId;

    /** The case comment it came with, if any. */
    @Column(name = "comment_id", updatable = false)
    private Long commentId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    /** The large object's oid. */
    @Column(nullable = false)
    private long content;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by")
    private UserAccount uploadedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Attachment() {
    }

    /**
     * A file of the owner, seen by the given audience of the owner's customer (the owner's own, or a narrower
     * one: the file of an internal note is internal).
     */
    public Attachment(CustomerRecord owner, Long commentId, Audience audience, UserAccount uploadedBy, String fileName,
                      AttachmentStore.Stored stored, Instant now) {
        super(owner.getCustomerId(), owner.getRequesterId(), audience);
        if (audience == Audience.CONTACTS) {
            seenLike(owner);
        }
        this.recordType = owner.recordType();
        this.recordId = owner.getId();
        this.commentId = commentId;
        this.uploadedBy = uploadedBy;
        this.fileName = fileName;
        this.contentType = stored.contentType();
        this.sizeBytes = stored.size();
        this.content = stored.oid();
        this.createdAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public Long getCommentId() {
        return commentId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public long getContent() {
        return content;
    }

    public UserAccount getUploadedBy() {
        return uploadedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Shared with, or hidden from, the customer together with its owner (a document version). */
    public void shownTo(Audience audience) {
        setAudience(audience);
    }
}
