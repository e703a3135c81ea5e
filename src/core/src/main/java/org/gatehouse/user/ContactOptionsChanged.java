package org.gatehouse.user;

/**
 * A contact's options changed, in the transaction now running: what depends on them elsewhere (which work orders a
 * contact with "assigned work orders only" sees) is worked out again by the observers in the same transaction.
 */
public record ContactOptionsChanged(long contactId) {
}
