package org.gatehouse.user;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import org.gatehouse.access.AccessScope;
import org.gatehouse.identity.UserAccount;

/**
 * The one way from a {@link Contact}, read through the access scope, to their writable twin {@link UserAccount}
 * (the same row, unfiltered), and to the signed-in user's own account. Whoever holds the {@code Contact} has
 * already passed the filter; whether the change is allowed stays the caller's check. Code elsewhere does not
 * load a {@code UserAccount} (PackageRulesTest holds the line and names the exceptions).
 */
public final class AccountGate {

    private AccountGate() {
    }

    /** @param visible a contact read through the scope, in the persistence context {@code em} */
    public static UserAccount writable(EntityManager em, Contact visible) {
        return em.find(UserAccount.class, Objects.requireNonNull(visible, "a contact read through the scope").getId());
    }

    /** The signed-in user's own account: everyone may read their own record, staff and partners included. */
    public static UserAccount own(EntityManager em, AccessScope scope) {
        return em.find(UserAccount.class, scope.userId());
    }
}
