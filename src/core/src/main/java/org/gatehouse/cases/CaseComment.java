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
import java.time.Instant;
import org.gatehouse.access.Audience;
import org.gatehouse.access.CustomerRecord;
import org.gatehouse.identity.UserAccount;

/**
 * A comment on a case. A public one is seen by everyone who sees the case; an internal one only in the
 * back office ({@link Audience#BACK_OFFICE}). It carries its case's customer and requester so the access
 * filter needs no join.
 */
@Entity
@Table(name = "case_comment")
public class CaseComment extends CustomerRecord {

    @Id
    @SequenceGenerator(name = "case_comment_seq", sequenceName = "case_comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_comment_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private UserAccount author;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The one-time token of the form the comment was sent from; null for comments made otherwise (demo data). */
    @Column(name = "form_token", length = 64, updatable = false)
    private String formToken;

    protected CaseComment() {
    }

    public CaseComment(Case onCase, UserAccount author, boolean internal, String body, Instant now) {
        super(onCase.getCustomerId(), onCase.getRequesterId(), internal ? Audience.BACK_OFFICE : Audience.REQUESTER);
        this.caseId = onCase.getId();
        this.author = author;
        this.body = body;
        this.createdAt = now;
    }

    void sentFrom(String formToken) {
        this.formToken = formToken;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
