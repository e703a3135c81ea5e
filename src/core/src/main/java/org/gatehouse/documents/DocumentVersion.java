package org.gatehouse.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.gatehouse.company.Company;
import org.gatehouse.identity.UserAccount;

/**
 * One version of a document: its file (an attachment whose record is this version), a note, who made it and
 * when. Hidden from the customer's contacts ({@link Audience#BACK_OFFICE}) until staff share it
 * ({@link Audience#CUSTOMER}); a hidden version does not exist for a contact.
 */
@Entity
@Table(name = "document_version")
public class DocumentVersion extends CustomerRecord {

    static final int NOTE_LENGTH = 2000;

    /** How the version came about. */
    public enum Kind {
        /** A file staff uploaded. */
        UPLOAD,
        /** A documentation snapshot: a PDF the server rendered from the customer's data. */
        SNAPSHOT
    }

    @Id
    @SequenceGenerator(name = "document_version_seq", sequenceName = "document_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_version_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", updatable = false)
    private Document document;

    /** For lists only: the version itself is what the scope filters. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", insertable = false, updatable = false)
    private Company customer;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Kind kind;

    @Column(nullable = false, length = NOTE_LENGTH)
    private String note;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", updatable = false)
    private UserAccount author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected DocumentVersion() {
    }

    public DocumentVersion(Document document, int number, Kind kind, String note, boolean shared, UserAccount author, Instant now) {
        super(document.getCustomerId(), null, shared ? Audience.CUSTOMER : Audience.BACK_OFFICE);
        this.document = document;
        this.number = number;
        this.kind = kind;
        this.note = note;
        this.author = author;
        this.createdAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Document getDocument() {
        return document;
    }

    public int getNumber() {
        return number;
    }

    public Kind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isShared() {
        return getAudience() == Audience.CUSTOMER;
    }

    void shared(boolean shared) {
        setAudience(shared ? Audience.CUSTOMER : Audience.BACK_OFFICE);
    }
}
