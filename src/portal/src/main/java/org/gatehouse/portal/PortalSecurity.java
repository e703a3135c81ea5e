package org.gatehouse.portal;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import org.gatehouse.access.Role;
import org.gatehouse.access.UserKind;
import org.gatehouse.identity.AccountIdentityStore;

/**
 * The portal admits customer contacts only; staff and partners sign in to the back office.
 * Sign-in itself is {@link org.gatehouse.web.SignInMechanism}, the same in both applications.
 */
@ApplicationScoped
@FacesConfig
@DeclareRoles(Role.CUSTOMER)
public class PortalSecurity extends AccountIdentityStore {

    @Override
    public boolean admits(UserKind kind) {
        return kind == UserKind.CUSTOMER;
    }

    @Override
    protected String application() {
        return "portal";
    }
}
