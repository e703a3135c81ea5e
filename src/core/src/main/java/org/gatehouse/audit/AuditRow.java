package org.gatehouse.audit;

import java.io.Serializable;
import java.time.Instant;

/** One line of the audit log as the screen and the export show it (a bean: pages read it through EL). */
public final class AuditRow implements Serializable {

    private final long id;
    private final Instant at;
    private final String actorEmail;
    private final String viewedAsEmail;
    private final String action;
    private final String customerName;
    private final String subject;
    private final String before;
    private final String after;

    public AuditRow(long id, Instant at, String actorEmail, String viewedAsEmail, String action, String customerName,
                    String subject, String before, String after) {
        this.id = id;
        this.at = at;
        this.actorEmail = actorEmail;
        this.viewedAsEmail = viewedAsEmail;
        this.action = action;
        this.customerName = customerName;
        this.subject = subject;
        this.before = before;
        this.after = after;
    }

    public long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    /** The contact whose portal the actor was viewing ("view as"), or null. */
    public String getViewedAsEmail() {
        return viewedAsEmail;
    }

    public String getAction() {
        return action;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getSubject() {
        return subject;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
