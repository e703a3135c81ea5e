package org.gatehouse.access;

/**
 * Container roles. They say which pages and services a user may open; which records they see
 * there always comes from {@link AccessScope}.
 */
public final class Role {

    /** Internal user with the admin flag (back office). */
    public static final String ADMIN = "admin";
    /** Any internal user (back office). */
    public static final String STAFF = "staff";
    /** Any user of a partner company (back office). */
    public static final String PARTNER = "partner";
    /** Any customer contact (portal). */
    public static final String CUSTOMER = "customer";

    private Role() {
    }
}
