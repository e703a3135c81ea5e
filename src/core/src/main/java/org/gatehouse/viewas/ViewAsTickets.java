package org.gatehouse.viewas;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.UserKind;
import org.gatehouse.access.ViewAsGrant;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.validation.InvalidInputException;

/**
 * The rules of "view as": who may look at the portal as which contact, and the tickets that carry
 * the permission from the back office to the portal.
 */
public class ViewAsTickets {

    /** Long enough to follow a redirect, too short to be passed around. */
    static final Duration LIFETIME = Duration.ofMinutes(1);

    /** How long a "view as" session lasts from the ticket's redemption; looking again takes a new ticket. */
    public static final Duration SESSION_LIFETIME = Duration.ofMinutes(15);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;

    public ViewAsTickets(EntityManager em) {
        this.em = em;
    }

    /**
     * Issues a ticket for the actor to view the portal as the contact. Allowed to administrators, and to
     * staff with WRITE on the contact's customer, and only for a contact who sees no customer the
     * actor does not: nobody views as someone with more rights than their own.
     *
     * @return the ticket to put in the portal link; only its hash is stored
     * @throws InvalidInputException when the actor may not view as this contact
     */
    public String issue(AccessScope actor, long contactId, Instant now) {
        refusal(actor, em.find(UserAccount.class, contactId)).ifPresent(reason -> {
            throw new InvalidInputException(null, reason);
        });
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        em.persist(new ViewAsTicket(hash(ticket), actor.userId(), contactId, now.plus(LIFETIME)));
        return ticket;
    }

    /**
     * Whether the "view as" session of this grant may go on: asked on every request of the session, so it ends
     * {@link #SESSION_LIFETIME} after the ticket was redeemed, and at once when the actor is deactivated, loses
     * WRITE on the contact's customer or the contact comes to see more than the actor.
     */
    public boolean stillAllowed(ViewAsGrant grant, Instant now) {
        ViewAsTicket ticket = em.find(ViewAsTicket.class, grant.ticketId());
        UserAccount actor = em.find(UserAccount.class, grant.actorId());
        return ticket != null && !ticket.redeemedBefore(now.minus(SESSION_LIFETIME))
                && actor != null && actor.isActive()
                && refusal(AccessScope.compute(em, grant.actorId()), em.find(UserAccount.class, grant.contactId())).isEmpty();
    }

    /** Why the actor may not view as the contact, or empty when they may. */
    private Optional<String> refusal(AccessScope actor, UserAccount contact) {
        if (contact == null || contact.getKind() != UserKind.CUSTOMER || !contact.isActive()) {
            return Optional.of("Only an active customer contact can be viewed as.");
        }
        if (actor.kind() != UserKind.INTERNAL || !actor.canWrite(contact.getCompany().getId())) {
            return Optional.of("Viewing as a contact takes WRITE access to their customer.");
        }
        if (!actor.seesAllOf(AccessScope.compute(em, contact.getId()).breadth())) {
            return Optional.of(contact.getDisplayName() + " sees customers that you do not, so you cannot view the portal as them.");
        }
        return Optional.empty();
    }

    /** The ticket's actor and contact, once: a used, expired or unknown ticket gives nothing. */
    public Optional<ViewAsGrant> redeem(String ticket, Instant now) {
        if (ticket == null || ticket.isBlank()) {
            return Optional.empty();
        }
        List<ViewAsTicket> found = em.createNamedQuery(ViewAsTicket.BY_HASH, ViewAsTicket.class)
                .setParameter("hash", hash(ticket))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty() || !found.get(0).redeem(now)) {
            return Optional.empty();
        }
        UserAccount actor = em.find(UserAccount.class, found.get(0).getActorId());
        UserAccount contact = em.find(UserAccount.class, found.get(0).getContactId());
        return Optional.of(new ViewAsGrant(found.get(0).getId(), actor.getId(), actor.getEmail(), contact.getId(), contact.getEmail(),
                contact.getDisplayName(), contact.getCompany().getId()));
    }

    static String hash(String ticket) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ticket.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
