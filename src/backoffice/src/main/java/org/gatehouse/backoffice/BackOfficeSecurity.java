package org.gatehouse.backoffice;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import org.gatehouse.access.Role;
import org.gatehouse.access.UserKind;
import org.gatehouse.identity.AccountIdentityStore;

/**
 * The back office admits operator staff and partner users; customer contacts sign in to the portal.
 * Sign-in itself is {@link org.gatehouse.web.SignInMechanism}, the same in both applications.
 */
@ApplicationScoped
@FacesConfig
@DeclareRoles({Role.ADMIN, Role.STAFF, Role.PARTNER})
public class BackOfficeSecurity extends AccountIdentityStore {

    @Override
    public boolean admits(UserKind kind) {
        return kind == UserKind.INTERNAL || kind == UserKind.PARTNER;
    }

    @Override
    protected String application() {
        return "back office";
    }
}
