package org.gatehouse.user;

import java.io.Serializable;

/** A line of the users list. {@code manageable}: the signed-in user may resend, reset and (de)activate. */
public record UserRow(long id, String email, String displayName, String companyName, boolean active, boolean manageable)
        implements Serializable {
}
