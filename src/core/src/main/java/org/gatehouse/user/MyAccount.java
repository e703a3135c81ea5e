package org.gatehouse.user;

import java.io.Serializable;
import org.gatehouse.access.UserKind;

/** The signed-in user's own account as "My account" shows it. A class with getters: Jakarta EL reads bean properties. */
public final class MyAccount implements Serializable {

    private final String email;
    private final String displayName;
    private final UserKind kind;
    private final boolean caseMail;
    private final boolean categoryReadAccess;

    public MyAccount(String email, String displayName, UserKind kind, boolean caseMail, boolean categoryReadAccess) {
        this.email = email;
        this.displayName = displayName;
        this.kind = kind;
        this.caseMail = caseMail;
        this.categoryReadAccess = categoryReadAccess;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public UserKind getKind() {
        return kind;
    }

    public boolean isCaseMail() {
        return caseMail;
    }

    /** A contact with a category read access gets mail about the category's cases too. */
    public boolean isCategoryReadAccess() {
        return categoryReadAccess;
    }
}
