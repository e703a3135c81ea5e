package org.gatehouse.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.Role;
import org.gatehouse.audit.AuditLog;
import org.gatehouse.validation.InvalidInputException;

/**
 * The outbox for administrators (back office, Mail): what was sent to whom, what waits and why, and
 * "Send again" for a mail that will not go out by itself any more. Mail bodies hold password links and
 * case text, so administrators see recipients and subjects only.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class OutboxAdministration {

    private static final int AUDIT_SUBJECT_LENGTH = 300;

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    /** Newest first. */
    public List<MailRow> page(MailFilter filter, int first, int size) {
        return query("select new org.gatehouse.mail.MailRow(m.id, m.createdAt, m.recipient, m.subject, m.state, m.attempts,"
                + " m.nextAttemptAt, m.sentAt, m.lastError)", " order by m.createdAt desc, m.id desc", filter, MailRow.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(MailFilter filter) {
        return query("select count(m)", "", filter, Long.class).getSingleResult();
    }

    /**
     * Back to the queue now, with a fresh round of attempts; only for a mail that failed or was cancelled.
     * A case mail is checked again before it goes out, so sending it again never reaches someone who no
     * longer sees the case. Never for a sent mail: a mail goes out at most once.
     */
    public void sendAgain(long mailId) {
        OutgoingMail mail = em.find(OutgoingMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null) {
            throw new RecordNotFoundException("Mail", mailId);
        }
        MailState before = mail.getState();
        if (!before.canSendAgain()) {
            throw new InvalidInputException(null, before == MailState.SENT
                    ? "This mail was sent already: a mail is never sent twice."
                    : "This mail is still on its way: it can be sent again only once it has failed or was cancelled.");
        }
        mail.sendAgain(Instant.now());
        String subject = "Mail " + mailId + " to " + mail.getRecipient() + ": " + mail.getSubject();
        auditLog.record("mail.send-again", null, subject.length() > AUDIT_SUBJECT_LENGTH ? subject.substring(0, AUDIT_SUBJECT_LENGTH) : subject,
                before.name(), MailState.PENDING.name());
    }

    private <T> TypedQuery<T> query(String select, String order, MailFilter filter, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from OutgoingMail m where 1 = 1");
        boolean byState = filter.state() != null;
        boolean byRecipient = filter.recipient() != null && !filter.recipient().isBlank();
        if (byState) {
            jpql.append(" and m.state = :state");
        }
        if (byRecipient) {
            jpql.append(" and lower(m.recipient) like :recipient");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        if (byState) {
            query.setParameter("state", filter.state());
        }
        if (byRecipient) {
            query.setParameter("recipient", "%" + filter.recipient().strip().toLowerCase() + "%");
        }
        return query;
    }
}
