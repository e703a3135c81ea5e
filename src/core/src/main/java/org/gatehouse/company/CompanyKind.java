package org.gatehouse.company;

public enum CompanyKind {
    /** The service business that runs Gatehouse. */
    OPERATOR,
    /** A company that works on behalf of some customers, in the back office. */
    PARTNER,
    /** A company whose contacts use the portal and who owns cases, documents and assets. */
    CUSTOMER
}
