package org.gatehouse.access;

/** Which cases of their breadth a customer contact sees besides their own (seed 003). */
public enum CaseVisibility {
    /** Only the cases the contact submitted (plus those of their category read access). */
    OWN,
    /** Every case of the companies in the contact's breadth. */
    COMPANY
}
