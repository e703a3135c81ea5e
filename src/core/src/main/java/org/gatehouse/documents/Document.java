package org.gatehouse.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gatehouse.access.Audience;
import org.gatehouse.access.CustomerRecord;

/**
 * A customer's document (seed 000 step 3): a title and numbered {@link DocumentVersion}s. Contacts see it
 * exactly while one of its versions is shared with them.
 */
@Entity
@Table(name = "document")
public class Document extends CustomerRecord {

    static final int TITLE_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    private Long id;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Document() {
    }

    public Document(long customerId, String title, Instant now) {
        super(customerId, null, Audience.BACK_OFFICE);
        this.title = title;
        this.createdAt = now;
        this.updatedAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Seen by the customer's contacts while any version is: the service says which after each change. */
    public void sharedWhile(boolean anyVersionShared, Instant now) {
        setAudience(anyVersionShared ? Audience.CUSTOMER : Audience.BACK_OFFICE);
        this.updatedAt = now;
    }
}
