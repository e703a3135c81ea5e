package org.gatehouse.identity;

import jakarta.security.enterprise.credential.Credential;
import org.gatehouse.access.ViewAsGrant;

/**
 * Signs a contact in to the portal for a "view as" session. Only server code creates it, right after
 * redeeming a ticket, so the identity store may trust it without a password; the sign-in mechanism
 * keeps its grant in the session, which makes the session read-only.
 */
public record ViewAsCredential(ViewAsGrant grant) implements Credential {
}
