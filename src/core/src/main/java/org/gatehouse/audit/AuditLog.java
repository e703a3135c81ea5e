package org.gatehouse.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.gatehouse.viewas.ViewAsGrant;
import org.gatehouse.viewas.ViewAsSession;

/**
 * The one audit writer. A change is recorded in the transaction that makes it, so the log holds
 * exactly the changes that happened; events that must be kept even when nothing else is (a failed
 * sign-in) are written in a transaction of their own.
 */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    SecurityContext securityContext;

    @Inject
    Instance<ViewAsSession> viewAsSession;

    /**
     * Records a change by the signed-in user.
     *
     * @param action     what happened, e.g. {@code case.status}
     * @param customerId the customer concerned, or null
     * @param subject    what was changed, in words, e.g. {@code Case 42 "Printer jams"}
     * @param before     the value before, or null
     * @param after      the value after, or null
     */
    public void record(String action, Long customerId, String subject, String before, String after) {
        ViewAsGrant viewingAs = viewingAs();
        if (viewingAs != null) {
            em.persist(new AuditEntry(Instant.now(), viewingAs.actorId(), viewingAs.actorEmail(), viewingAs.contactId(),
                    action, customerId, subject, before, after));
            return;
        }
        Principal caller = securityContext.getCallerPrincipal();
        String email = caller == null ? "system" : caller.getName();
        em.persist(new AuditEntry(Instant.now(), userId(email), email, null, action, customerId, subject, before, after));
    }

    /**
     * Records a change by someone who is not signed in but proved who they are otherwise, e.g. by the
     * password link mailed to them; otherwise like {@link #record}.
     */
    public void recordBy(String actorEmail, String action, Long customerId, String subject, String before, String after) {
        em.persist(new AuditEntry(Instant.now(), userId(actorEmail), actorEmail, null, action, customerId, subject, before, after));
    }

    /** Records a sign-in attempt, kept even though a refused attempt changes nothing else. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSignIn(String email, boolean admitted, String application) {
        em.persist(new AuditEntry(Instant.now(), userId(email), email, null,
                admitted ? "sign-in" : "sign-in.refused", null, application, null, null));
    }

    /** Records what happens in a "view as" session, under the real actor. */
    public void recordViewAs(ViewAsGrant grant, String action, String subject) {
        em.persist(new AuditEntry(Instant.now(), grant.actorId(), grant.actorEmail(), grant.contactId(), action,
                grant.customerId(), subject, null, null));
    }

    /** The "view as" session of the current request, if it is one; timers and start-up have no session. */
    private ViewAsGrant viewingAs() {
        try {
            return viewAsSession.get().getGrant();
        } catch (ContextNotActiveException noSession) {
            return null;
        }
    }

    private Long userId(String email) {
        List<?> ids = em.createNativeQuery("select id from user_account where lower(email) = lower(?1)")
                .setParameter(1, email).getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }
}
