package org.gatehouse.access;

/**
 * The signed-in user of this request, as the sign-in mechanism read them from the database when the
 * request began: who they are, whose scope {@link CurrentScope} computes, and whether they may change
 * anything (a "view as" session may not). Kept as a request attribute, never in the session; read
 * through {@link CurrentUser}.
 *
 * @param userId               the user the request is signed in as: in "view as", the contact
 * @param companyAdministrator a contact who manages their own company's contacts
 * @param viewAs               in a "view as" session, the staff member acting for the contact, and as whom; null otherwise
 */
public record Caller(long userId, UserKind kind, String displayName, String email, boolean companyAdministrator, ViewAsGrant viewAs) {

    /** The request attribute under which the sign-in mechanism leaves it. */
    public static final String REQUEST_ATTRIBUTE = Caller.class.getName();

    /** Whether the request may change nothing: a "view as" session. */
    public boolean readOnly() {
        return viewAs != null;
    }

    /** Who really acts: the user themselves, or in "view as" the staff member looking at the portal as them. */
    public long actorId() {
        return viewAs == null ? userId : viewAs.actorId();
    }

    /** @see #actorId() */
    public String actorEmail() {
        return viewAs == null ? email : viewAs.actorEmail();
    }
}
