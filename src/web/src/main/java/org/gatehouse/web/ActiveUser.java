package org.gatehouse.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.gatehouse.access.Caller;
import org.gatehouse.access.CurrentUser;
import org.gatehouse.access.Role;
import org.gatehouse.access.UserKind;

/** Who is signed in, for pages: their name and the role questions screens ask in EL. */
@Named
@RequestScoped
public class ActiveUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    CurrentUser currentUser;

    public boolean isSignedIn() {
        return currentUser.find().isPresent();
    }

    public String getEmail() {
        return currentUser.find().map(Caller::email).orElse(null);
    }

    public String getDisplayName() {
        return currentUser.find().map(Caller::displayName).orElse(null);
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
        return currentUser.find().filter(caller -> caller.kind() == UserKind.CUSTOMER && caller.companyAdministrator()).isPresent();
    }
}
