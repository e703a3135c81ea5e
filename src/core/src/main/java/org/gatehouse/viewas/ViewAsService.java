package org.gatehouse.viewas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.gatehouse.access.CurrentScope;
import org.gatehouse.access.Role;
import org.gatehouse.access.ViewAsGrant;
import org.gatehouse.audit.AuditLog;

/** "View as" (seed 004: "log in as the customer"), read-only and audited with the real actor. */
@Stateless
public class ViewAsService {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    CurrentScope currentScope;

    @Inject
    AuditLog auditLog;

    /** The back office's half: a ticket for the portal link. */
    @RolesAllowed(Role.STAFF)
    public String issueTicket(long contactId) {
        String ticket = new ViewAsTickets(em).issue(currentScope.get(), contactId, Instant.now());
        auditLog.record("view-as.issue", null, "contact " + contactId, null, null);
        return ticket;
    }

    /** The portal's half, before anyone is signed in there: the ticket itself is the permission. */
    @PermitAll
    public Optional<ViewAsGrant> redeem(String ticket) {
        Optional<ViewAsGrant> grant = new ViewAsTickets(em).redeem(ticket, Instant.now());
        grant.ifPresent(g -> auditLog.recordViewAs(g, "view-as.start", "portal as " + g.contactEmail()));
        return grant;
    }

    /** Asked by the sign-in mechanism on every request of a "view as" session, before anyone is signed in for it. */
    @PermitAll
    public boolean stillAllowed(ViewAsGrant grant) {
        return new ViewAsTickets(em).stillAllowed(grant, Instant.now());
    }
}
