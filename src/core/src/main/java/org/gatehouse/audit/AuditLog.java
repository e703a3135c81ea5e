package org.gatehouse.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gatehouse.access.Caller;
import org.gatehouse.access.CurrentUser;
import org.gatehouse.access.ViewAsGrant;

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
    CurrentUser currentUser;

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
        Optional<Caller> caller = currentUser.find();
        if (caller.isEmpty()) {
            // timers and start-up have nobody signed in
            em.persist(new AuditEntry(Instant.now(), null, "system", null, action, customerId, subject, before, after));
            return;
        }
        // in a "view as" session, under the real actor, "viewing as" the contact
        Long viewedAs = caller.get().readOnly() ? caller.get().userId() : null;
        em.persist(new AuditEntry(Instant.now(), caller.get().actorId(), caller.get().actorEmail(), viewedAs,
                action, customerId, subject, before, after));
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

    private Long userId(String email) {
        List<?> ids = em.createNativeQuery("select id from user_account where lower(email) = lower(?1)")
                .setParameter(1, email).getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }
}
