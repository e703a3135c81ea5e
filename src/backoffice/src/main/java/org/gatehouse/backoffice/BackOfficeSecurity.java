package org.gatehouse.backoffice;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.gatehouse.access.Role;
import org.gatehouse.access.UserKind;
import org.gatehouse.user.AccountIdentityStore;

/** The back office admits operator staff and partner users; customer contacts sign in to the portal. */
@ApplicationScoped
@FacesConfig
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.ADMIN, Role.STAFF, Role.PARTNER})
public class BackOfficeSecurity extends AccountIdentityStore {

    @Override
    protected boolean admits(UserKind kind) {
        return kind == UserKind.INTERNAL || kind == UserKind.PARTNER;
    }

    @Override
    protected String application() {
        return "back office";
    }
}
