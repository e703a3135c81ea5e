package org.gatehouse.access;

import java.io.Serializable;

/**
 * A redeemed "view as" ticket: the real actor and the contact whose portal they look at. Part of the access
 * model because the signed-in {@link Caller} carries it: it makes the request read-only and names the actor.
 */
public record ViewAsGrant(long ticketId, long actorId, String actorEmail, long contactId, String contactEmail, String contactName,
                          long customerId) implements Serializable {
}
