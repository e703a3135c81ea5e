package org.gatehouse.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The one way Gatehouse sends mail: a plain-text mail is written to the outbox in the transaction of
 * the change it tells about, and {@link MailDeliveryJob} sends it once that transaction has committed.
 */
@Stateless
public class MailOutbox {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    /** Mandatory: a mail outside a business transaction could go out for a change that never happened. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(String recipient, String subject, String body) {
        em.persist(new OutgoingMail(recipient, subject, body, Instant.now()));
    }

    /**
     * A mail with a password or confirmation link in its body: the link is a secret, so it leaves the body
     * (and the database) as soon as the mail is sent.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueueWithLink(String recipient, String subject, String body, String link) {
        em.persist(new OutgoingMail(recipient, subject, body, link, Instant.now()));
    }

    /**
     * A mail about a customer-owned record (and one of its comments) to one user: the delivery checks again,
     * right before sending, that the user still sees them, and otherwise does not send it.
     *
     * @param recordType the record's entity name ({@code CustomerRecord.recordType()})
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueueAboutRecord(long recipientId, String recipient, String recordType, long recordId, Long commentId,
                                   String subject, String body) {
        em.persist(new OutgoingMail(recipientId, recipient, recordType, recordId, commentId, subject, body, Instant.now()));
    }
}
