package org.gatehouse.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The signed-in user's {@link AccessScope}, computed at most once per request. */
@RequestScoped
public class CurrentScope {

    @Inject
    CurrentUser currentUser;

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    private AccessScope scope;

    /** @throws NoAccessScopeException when nobody is signed in */
    public AccessScope get() {
        if (scope == null) {
            Caller caller = currentUser.get();
            AccessScope computed = AccessScope.compute(em, caller.userId());
            // read-only comes from the server's own record of the session ("view as"), never from the client
            scope = caller.readOnly() ? computed.readOnly() : computed;
        }
        return scope;
    }
}
