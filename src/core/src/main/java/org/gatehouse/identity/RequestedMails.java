package org.gatehouse.identity;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.gatehouse.persistence.TransactionLock;

/**
 * The share of mails that people who are not signed in can have sent to one address (a password reset
 * link, a new confirmation link, "someone tried to register with your address"), so that nobody can use
 * Gatehouse to flood an inbox: {@value #PER_RECIPIENT} within {@link #WINDOW}, all kinds together. The
 * pages answer the same either way; only the mail is held back. In the caller's transaction, with the mail.
 */
public final class RequestedMails {

    public static final int PER_RECIPIENT = 3;
    public static final Duration WINDOW = Duration.ofHours(1);

    private final EntityManager em;
    private final Clock clock;

    public RequestedMails(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** True, and counted, when one more such mail may go to the address now; false when it has had its share. */
    public boolean allow(String recipient) {
        String key = SignInFailures.account(recipient);
        // one request at a time per recipient, across servers: parallel requests must not all pass the count
        TransactionLock.lock(em, "requested mail " + key);
        Instant now = clock.instant();
        // rows another request is deleting are left to it: waiting for them would only hold this one up
        em.createNativeQuery("delete from requested_mail where id in (select id from requested_mail where sent_at <= ?1 for update skip locked)")
                .setParameter(1, Timestamp.from(now.minus(WINDOW))).executeUpdate();
        long sent = em.createNamedQuery(RequestedMail.COUNT_SINCE, Long.class)
                .setParameter("recipient", key).setParameter("since", now.minus(WINDOW)).getSingleResult();
        if (sent >= PER_RECIPIENT) {
            return false;
        }
        em.persist(new RequestedMail(key, now));
        return true;
    }
}
