package org.gatehouse.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.gatehouse.audit.AuditLog;

/**
 * Sign-in throttling for {@link AccountIdentityStore}, by the rules of {@link SignInFailures}. Each call
 * commits on its own: the count must be in the database before the password is hashed, for every server.
 */
@Stateless
@PermitAll
public class SignInThrottle {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    Clock clock = Clock.systemUTC();

    /**
     * Asks before the password is checked; a throttled attempt is audited here and must not be checked.
     *
     * @param typedEmail    the e-mail as typed
     * @param clientAddress the request's remote address
     * @param application   the application's name in the audit log
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignInCheck check(String typedEmail, String clientAddress, String application) {
        SignInCheck check = new SignInFailures(em, clock).check(typedEmail, clientAddress);
        if (check instanceof SignInCheck.Throttled throttled) {
            auditLog.recordBy(SignInFailures.account(typedEmail), "sign-in.throttled", null, application, null,
                    "from " + clientAddress + ", refused until " + throttled.retryAt() + ": too many failed sign-ins "
                    + (throttled.byAddress() ? "from this address" : "for this e-mail"));
        }
        return check;
    }

    /** Tells how a counted attempt ended; a right password forgets that attempt, a refused one stays counted. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void settle(SignInCheck check, boolean admitted) {
        if (admitted && check instanceof SignInCheck.Counted counted) {
            new SignInFailures(em, clock).admitted(counted);
        }
    }
}
