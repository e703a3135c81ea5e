package org.gatehouse.access;

/**
 * The signed-in user of this request, as the sign-in mechanism read them from the database when the
 * request began: whose scope {@link CurrentScope} computes, and whether it may change anything (a
 * "view as" session may not). Kept as a request attribute, never in the session.
 */
public record Caller(long userId, boolean readOnly) {

    /** The request attribute under which the sign-in mechanism leaves it. */
    public static final String REQUEST_ATTRIBUTE = Caller.class.getName();
}
