package org.gatehouse.portal;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.gatehouse.access.Role;
import org.gatehouse.access.UserKind;
import org.gatehouse.user.AccountIdentityStore;

/** The portal admits customer contacts only; staff and partners sign in to the back office. */
@ApplicationScoped
@FacesConfig
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.CUSTOMER, Role.SUPER_CUSTOMER})
public class PortalSecurity extends AccountIdentityStore {

    @Override
    protected boolean admits(UserKind kind) {
        return kind == UserKind.CUSTOMER;
    }

    @Override
    protected String application() {
        return "portal";
    }
}
