package org.gatehouse.designs;

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
import jakarta.persistence.Version;
import java.time.Instant;
import org.gatehouse.access.Audience;
import org.gatehouse.access.CustomerRecord;
import org.gatehouse.identity.UserAccount;

/**
 * A pin or rectangle on a revision's preview with a comment, numbered per revision; its shape is the W3C Web
 * Annotation the browser drew. Seen by whoever sees the revision, or by the back office alone when internal;
 * staff resolve it.
 */
@Entity
@Table(name = "layer_annotation")
public class LayerAnnotation extends CustomerRecord {

    static final int COMMENT_LENGTH = 2000;
    /** What the browser may send for one shape: a W3C annotation is a few hundred characters. */
    static final int BODY_LENGTH = 20_000;

    @Id
    @SequenceGenerator(name = "layer_annotation_seq", sequenceName = "layer_annotation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "layer_annotation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "revision_id", updatable = false)
    private LayerRevision revision;

    @Column(nullable = false, updatable = false)
    private int number;

    /** The W3C Web Annotation (JSON), as checked by {@link W3cAnnotations}. */
    @Column(nullable = false, updatable = false)
    private String body;

    @Column(nullable = false, length = COMMENT_LENGTH, updatable = false)
    private String comment;

    @Column(nullable = false, updatable = false)
    private boolean internal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", updatable = false)
    private UserAccount author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resolved_by")
    private UserAccount resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    /** Two staff resolving at once: the second is told it is resolved already. */
    @Version
    private int version;

    protected LayerAnnotation() {
    }

    LayerAnnotation(LayerRevision revision, int number, String body, String comment, boolean internal, UserAccount author, Instant now) {
        super(revision.getCustomerId(), null, internal ? Audience.BACK_OFFICE : revision.getAudience());
        this.revision = revision;
        this.number = number;
        this.body = body;
        this.comment = comment;
        this.internal = internal;
        this.author = author;
        this.createdAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public LayerRevision getRevision() {
        return revision;
    }

    public int getNumber() {
        return number;
    }

    public String getBody() {
        return body;
    }

    public String getComment() {
        return comment;
    }

    /** Staff only, whatever the revision's audience. */
    public boolean isStaffOnly() {
        return internal;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public UserAccount getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }

    void resolve(UserAccount by, Instant now) {
        this.resolvedBy = by;
        this.resolvedAt = now;
    }
}
