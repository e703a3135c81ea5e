package org.gatehouse.access;

/**
 * Which of its customer's contacts may see a customer-owned record. Operator staff and partners see every
 * record of the customers in their scope, whatever its audience.
 */
public enum Audience {
    /** None of them: internal notes, document versions not shared with the customer. */
    BACK_OFFICE,
    /** The contact who raised it, and whoever sees that contact's records (a case and its public comments and files). */
    REQUESTER,
    /** Every contact whose companies include the customer (a shared document version). */
    CUSTOMER,
    /** The contacts of its customer its sight lists (an asset made visible to them, or below one that was). */
    CONTACTS
}
