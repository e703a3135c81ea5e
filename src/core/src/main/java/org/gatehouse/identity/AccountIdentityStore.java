package org.gatehouse.identity;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.gatehouse.access.UserKind;
import org.gatehouse.audit.AuditLog;

/**
 * Signs users in against {@link UserAccount}: e-mail and PBKDF2 password. Each WAR admits its own
 * kinds of user; the wrong kind, an inactive user, an unknown e-mail and a wrong password all get
 * the same invalid result, so the sign-in page cannot tell anyone which one it was. A registered
 * contact who has not confirmed their address is refused too, and told so ({@link SignInAttempt}).
 * A valid result names the user by id ({@code callerUniqueId}); their roles are read on every request
 * by the sign-in mechanism, not fixed here.
 */
public abstract class AccountIdentityStore implements IdentityStore {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    AuditLog auditLog;

    @Inject
    SignInAttempt signInAttempt;

    @Inject
    SignInThrottle signInThrottle;

    /**
     * The request being signed in (CDI's proxy to the current one): validate() is handed the credential only,
     * and the throttle counts per client address too. Its remote address is the client's as Payara sees it (see the README).
     */
    @Inject
    HttpServletRequest request;

    /** Whether users of this kind may sign in to this application. */
    public abstract boolean admits(UserKind kind);

    /** The application's name in the audit log. */
    protected abstract String application();

    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof ViewAsCredential viewAs) {
            return viewAs(viewAs);
        }
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        // decided before the password is hashed: a throttled attempt costs no hash
        SignInCheck check = signInThrottle.check(login.getCaller(), request.getRemoteAddr(), application());
        if (check instanceof SignInCheck.Throttled throttled) {
            signInAttempt.throttled(throttled.retryAt());
            return CredentialValidationResult.INVALID_RESULT;
        }
        List<UserAccount> found = em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", login.getCaller().strip())
                .getResultList();
        UserAccount user = found.isEmpty() ? null : found.get(0);
        boolean passwordMatches = passwordHashing.verify(login.getPassword().getValue(), user == null ? null : user.getPasswordHash());
        boolean rightUser = user != null && passwordMatches && user.isActive() && admits(user.getKind());
        boolean admitted = rightUser && user.isEmailConfirmed();
        if (rightUser && !admitted) {
            // they proved the password, so they may learn what is missing: the link mailed at registration
            signInAttempt.awaitingConfirmation();
        }
        auditLog.recordSignIn(user == null ? login.getCaller().strip() : user.getEmail(), admitted, application());
        signInThrottle.settle(check, admitted);
        return admitted ? valid(user) : CredentialValidationResult.INVALID_RESULT;
    }

    /** A redeemed "view as" ticket: the contact, if they may still be signed in here. */
    private CredentialValidationResult viewAs(ViewAsCredential viewAs) {
        UserAccount contact = em.find(UserAccount.class, viewAs.grant().contactId());
        return contact != null && contact.isActive() && admits(contact.getKind()) ? valid(contact) : CredentialValidationResult.INVALID_RESULT;
    }

    private static CredentialValidationResult valid(UserAccount user) {
        return new CredentialValidationResult(null, new CallerPrincipal(user.getEmail()), null, String.valueOf(user.getId()), Set.of());
    }
}
