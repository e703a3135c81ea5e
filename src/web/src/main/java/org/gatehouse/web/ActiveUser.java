package org.gatehouse.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import org.gatehouse.access.Role;

/** Who is signed in, for pages: their name and the role questions screens ask in EL. */
@Named
@RequestScoped
public class ActiveUser {

    @Inject
    SecurityContext securityContext;

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    private String displayName;
    private Boolean companyAdministrator;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getEmail() {
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    public String getDisplayName() {
        if (displayName == null && isSignedIn()) {
            List<?> names = em.createNativeQuery("select display_name from user_account where lower(email) = lower(?1)")
                    .setParameter(1, getEmail()).getResultList();
            displayName = names.isEmpty() ? getEmail() : (String) names.get(0);
        }
        return displayName;
    }

    public boolean isAdmin() {
        return securityContext.isCallerInRole(Role.ADMIN);
    }

    public boolean isStaff() {
        return securityContext.isCallerInRole(Role.STAFF);
    }

    public boolean isPartner() {
        return securityContext.isCallerInRole(Role.PARTNER);
    }

    /** A contact who manages their company's contacts in the portal; read per request, so a change shows at once. */
    public boolean isCompanyAdministrator() {
        if (companyAdministrator == null) {
            companyAdministrator = isSignedIn() && !em.createNativeQuery(
                            "select id from user_account where lower(email) = lower(?1) and kind = 'CUSTOMER' and company_administrator")
                    .setParameter(1, getEmail()).getResultList().isEmpty();
        }
        return companyAdministrator;
    }
}
