package org.gatehouse.notification;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.List;
import org.gatehouse.events.RecordEvent;
import org.gatehouse.mail.MailOutbox;

/**
 * Mails about document versions shared with the customer. The recipients are chosen when the event is
 * dispatched: the contacts who want mail about their cases and documents and whose companies include the
 * version's customer (its own contacts, and group-level contacts of the companies above it); each is kept only
 * if {@link RecordSight} finds that they see the version under their own scope now, so a version hidden again
 * in between is mailed to nobody.
 */
final class DocumentNotifications implements Notifications {

    private final EntityManager em;
    private final RecordSight sight;
    private final MailOutbox outbox;
    private final URI portalUrl;

    /** @param em the persistence context of the caller's transaction, in which the mails are written */
    DocumentNotifications(EntityManager em, RecordSight sight, MailOutbox outbox, URI portalUrl) {
        this.em = em;
        this.sight = sight;
        this.outbox = outbox;
        this.portalUrl = portalUrl;
    }

    @Override
    public String recordType() {
        return "DocumentVersion";
    }

    @Override
    public void mail(RecordEvent event) {
        if (event.getKind() != RecordEvent.Kind.SHARED) {
            throw new IllegalStateException("No mail about a document version " + event.getKind());
        }
        long versionId = event.getRecordId();
        // the job has no scope of its own; each recipient's sight decides below
        Object[] version = (Object[]) em.createNativeQuery("""
                select v.customer_id, v.number, v.note, d.title, f.file_name
                from document_version v join document d on d.id = v.document_id
                join attachment f on f.record_type = 'DocumentVersion' and f.record_id = v.id
                where v.id = ?1""").setParameter(1, versionId).getSingleResult();
        String title = (String) version[3];
        String note = (String) version[2];
        for (Object row : contacts(((Number) version[0]).longValue())) {
            Object[] contact = (Object[]) row;
            long recipient = ((Number) contact[0]).longValue();
            if (Long.valueOf(recipient).equals(event.getActorId()) || sight.refusal(recipient, recordType(), versionId, null).isPresent()) {
                continue;
            }
            outbox.enqueueAboutRecord(recipient, (String) contact[1], recordType(), versionId, null,
                    "Document shared with you: " + title,
                    "Hello " + contact[2] + ",\n\n"
                            + "version " + version[1] + " of \"" + title + "\" (" + version[4] + ") is now in your documentation:\n"
                            + portalUrl.resolve("documents.xhtml") + "\n\n"
                            + (note.isEmpty() ? "" : "Note: " + note + "\n\n")
                            + "You get this mail because you chose mail about your cases and documents (My account).\n");
        }
    }

    /** Active contacts who want mail and whose companies include the customer: its own, and group-level ones above it. */
    private List<?> contacts(long customerId) {
        return em.createNativeQuery("""
                with recursive above(id) as (
                    select parent_id from company where id = ?1 and parent_id is not null
                    union
                    select c.parent_id from company c join above a on c.id = a.id where c.parent_id is not null
                )
                select id, email, display_name from user_account
                where kind = 'CUSTOMER' and active and case_mail
                  and (company_id = ?1 or (group_level and company_id in (select id from above)))
                order by id""").setParameter(1, customerId).getResultList();
    }
}
