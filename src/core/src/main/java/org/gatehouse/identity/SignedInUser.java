package org.gatehouse.identity;

import java.util.HashSet;
import java.util.Set;
import org.gatehouse.access.Caller;
import org.gatehouse.access.Role;
import org.gatehouse.access.UserKind;
import org.gatehouse.access.ViewAsGrant;

/**
 * A signed-in user as the database says they are now, read at the start of every request: whether they
 * may still be signed in, and the roles their pages and services are opened with.
 *
 * @param sessionGeneration raised by every new password; a session signed in with an older one has ended
 */
public record SignedInUser(long id, String email, UserKind kind, boolean active, boolean admin, boolean emailConfirmed,
                           int sessionGeneration, String displayName, boolean companyAdministrator) {

    /** The user as their request's {@link Caller}; {@code viewAs} is the session's "view as" grant, or null. */
    public Caller caller(ViewAsGrant viewAs) {
        return new Caller(id, kind, displayName, email, companyAdministrator, viewAs);
    }

    /** The container roles: which pages and services the user may open (never which records: that is the scope). */
    public Set<String> roles() {
        Set<String> roles = new HashSet<>();
        switch (kind) {
            case INTERNAL -> {
                roles.add(Role.STAFF);
                if (admin) {
                    roles.add(Role.ADMIN);
                }
            }
            case PARTNER -> roles.add(Role.PARTNER);
            case CUSTOMER -> roles.add(Role.CUSTOMER);
        }
        return roles;
    }
}
