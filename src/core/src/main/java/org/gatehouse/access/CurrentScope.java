package org.gatehouse.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;

/** The signed-in user's {@link AccessScope}, computed at most once per request. */
@RequestScoped
public class CurrentScope {

    @Inject
    SecurityContext securityContext;

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    private AccessScope scope;

    /** @throws NoAccessScopeException when nobody is signed in */
    public AccessScope get() {
        if (scope == null) {
            Principal caller = securityContext.getCallerPrincipal();
            if (caller == null) {
                throw new NoAccessScopeException();
            }
            List<?> ids = em.createNativeQuery("select id from user_account where lower(email) = lower(?1)")
                    .setParameter(1, caller.getName()).getResultList();
            if (ids.isEmpty()) {
                throw new NoAccessScopeException();
            }
            AccessScope computed = AccessScope.compute(em, ((Number) ids.get(0)).longValue());
            scope = securityContext.isCallerInRole(Role.VIEW_AS) ? computed.readOnly() : computed;
        }
        return scope;
    }
}
