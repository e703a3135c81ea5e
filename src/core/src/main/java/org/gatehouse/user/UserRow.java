package org.gatehouse.user;

import java.io.Serializable;

/** A line of the users list. A class with getters, not a record: Jakarta EL 5 reads only bean properties. */
public final class UserRow implements Serializable {

    private final long id;
    private final String email;
    private final String displayName;
    private final String companyName;
    private final boolean active;
    private final boolean manageable;

    public UserRow(long id, String email, String displayName, String companyName, boolean active, boolean manageable) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.companyName = companyName;
        this.active = active;
        this.manageable = manageable;
    }

    public long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getCompanyName() {
        return companyName;
    }

    public boolean isActive() {
        return active;
    }

    /** Whether the signed-in user may resend, reset and (de)activate. */
    public boolean isManageable() {
        return manageable;
    }
}
