package org.gatehouse.access;

import java.io.Serializable;

/** A redeemed ticket: the real actor and the contact whose portal they look at. */
public record ViewAsGrant(long ticketId, long actorId, String actorEmail, long contactId, String contactEmail, String contactName,
                          long customerId) implements Serializable {
}
