package org.gatehouse.access;

/** The three kinds of principal of the access model, each with its own source of breadth. */
public enum UserKind {
    /** Operator staff: breadth from the admin flag or customer-group memberships. */
    INTERNAL,
    /** A user of a partner company: breadth from company-access grants. */
    PARTNER,
    /** A customer contact: own company, optionally its subtree, optionally one category. */
    CUSTOMER
}
