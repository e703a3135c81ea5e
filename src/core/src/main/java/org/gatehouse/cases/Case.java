package org.gatehouse.cases;

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
import jakarta.persistence.Version;
import java.time.Instant;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.Audience;
import org.gatehouse.access.CustomerRecord;
import org.gatehouse.company.Company;
import org.gatehouse.identity.UserAccount;

/**
 * A customer's case, service request, incident report or visit request (seed 004), seen by its requester and
 * whoever sees their records ({@link Audience#REQUESTER}). Every read is filtered by the current
 * {@link AccessScope}: a case outside it does not exist for the reader.
 */
@Entity(name = "SupportCase") // CASE is a JPQL keyword
@Table(name = "support_case")
public class Case extends CustomerRecord {

    @Id
    @SequenceGenerator(name = "support_case_seq", sequenceName = "support_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_case_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", insertable = false, updatable = false)
    private Company customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "requester_id", insertable = false, updatable = false)
    private UserAccount requester;

    /** The internal user working on it; null until someone is assigned. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private UserAccount assignee;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String description = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CaseType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CaseStatus status = CaseStatus.OPEN;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Every change counts it up: a page that shows an older one is told the case changed meanwhile. */
    @Version
    private int version;

    /** The one-time token of the form the case was sent from; null for cases made otherwise (demo data). */
    @Column(name = "form_token", length = 64, updatable = false)
    private String formToken;

    /** The asset the request was raised about, if any (seed 004). */
    @Column(name = "asset_id", updatable = false)
    private Long assetId;

    protected Case() {
    }

    public Case(long customerId, Long requesterId, CaseType type, String title, String description, Instant now) {
        super(customerId, requesterId, Audience.REQUESTER);
        this.type = type;
        this.title = title;
        this.description = description;
        this.createdAt = now;
        this.updatedAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Company getCustomer() {
        return customer;
    }

    public UserAccount getRequester() {
        return requester;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public CaseType getType() {
        return type;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    public UserAccount getAssignee() {
        return assignee;
    }

    public void setAssignee(UserAccount assignee, Instant now) {
        this.assignee = assignee;
        this.updatedAt = now;
    }

    public int getVersion() {
        return version;
    }

    void sentFrom(String formToken) {
        this.formToken = formToken;
    }

    public Long getAssetId() {
        return assetId;
    }

    void about(Long assetId) {
        this.assetId = assetId;
    }

    /** A comment or attachment counts as an update: "last update" sorts by it. */
    public void touched(Instant now) {
        this.updatedAt = now;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
