package org.gatehouse.cases;

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
import java.io.Serializable;
import java.time.Instant;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.gatehouse.access.AccessScope;
import org.gatehouse.identity.UserAccount;

/**
 * A file attached to a case, or to one of its comments (then internal when the comment is). The bytes
 * are a PostgreSQL large object ({@code content}), outside this row; this entity is what the access filter
 * sees, so an attachment outside the scope does not exist for the reader.
 */
@Entity
@Table(name = "attachment")
@AdditionalCriteria(AccessScope.CASE_RECORD_CRITERIA)
public class Attachment implements Serializable {

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "comment_id")
    private Long commentId;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(name = "requester_id")
    private Long requesterId;

    private boolean internal;

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

    /** An attachment of the case, or of its comment when one is given (internal when that comment is). */
    public Attachment(Case onCase, CaseComment comment, UserAccount uploadedBy, String fileName, String contentType,
                      long sizeBytes, long content, Instant now) {
        this.caseId = onCase.getId();
        this.commentId = comment == null ? null : comment.getId();
        this.customerId = onCase.getCustomerId();
        this.requesterId = onCase.getRequesterId();
        this.internal = comment != null && comment.isInternal();
        this.uploadedBy = uploadedBy;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.content = content;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getCommentId() {
        return commentId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public boolean isInternal() {
        return internal;
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
}
