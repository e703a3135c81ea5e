package org.gatehouse.cases;

import java.io.Serializable;
import java.time.Instant;

/** One line of a case list (a bean, not a record: pages read it through Jakarta EL 5 properties). */
public final class CaseRow implements Serializable {

    private final long id;
    private final String title;
    private final CaseType type;
    private final CaseStatus status;
    private final String customerName;
    private final String requesterName;
    private final String assigneeName;
    private final Instant updatedAt;

    public CaseRow(long id, String title, CaseType type, CaseStatus status, String customerName, String requesterName, String assigneeName,
                   Instant updatedAt) {
        this.id = id;
        this.title = title;
        this.type = type;
        this.status = status;
        this.customerName = customerName;
        this.requesterName = requesterName;
        this.assigneeName = assigneeName;
        this.updatedAt = updatedAt;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public CaseType getType() {
        return type;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getRequesterName() {
        return requesterName;
    }

    /** Null while nobody is assigned. */
    public String getAssigneeName() {
        return assigneeName;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
