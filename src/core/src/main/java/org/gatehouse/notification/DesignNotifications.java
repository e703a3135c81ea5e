package org.gatehouse.notification;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.List;
import org.gatehouse.events.RecordEvent;
import org.gatehouse.mail.MailOutbox;

/**
 * Mails about contacts' decisions on designs (approved, modification requested) to the staff of the customer's
 * group and to the design's owner, those who want mail; each is kept only if {@link RecordSight} finds that they
 * see the design under their own scope when the mail is written. The design's other events are its history and
 * mail nobody.
 */
final class DesignNotifications implements Notifications {

    private final EntityManager em;
    private final RecordSight sight;
    private final MailOutbox outbox;
    private final URI backofficeUrl;

    /** @param em the persistence context of the caller's transaction, in which the mails are written */
    DesignNotifications(EntityManager em, RecordSight sight, MailOutbox outbox, URI backofficeUrl) {
        this.em = em;
        this.sight = sight;
        this.outbox = outbox;
        this.backofficeUrl = backofficeUrl;
    }

    @Override
    public String recordType() {
        return "Design";
    }

    @Override
    public void mail(RecordEvent event) {
        if (event.getKind() != RecordEvent.Kind.DECIDED) {
            return;
        }
        long designId = event.getRecordId();
        // the job has no scope of its own; each recipient's sight decides below
        Object[] design = (Object[]) em.createNativeQuery("""
                select d.name, d.code, c.name, u.display_name from design d join company c on c.id = d.customer_id
                left join user_account u on u.id = ?2 where d.id = ?1""")
                .setParameter(1, designId).setParameter(2, event.getActorId()).getSingleResult();
        for (Object row : staff(designId)) {
            Object[] recipient = (Object[]) row;
            long id = ((Number) recipient[0]).longValue();
            if (sight.refusal(id, recordType(), designId, null).isPresent()) {
                continue;
            }
            outbox.enqueueAboutRecord(id, (String) recipient[1], recordType(), designId, null,
                    event.getDetail().replaceFirst(":.*", "") + ": " + design[0] + " (" + design[1] + ")",
                    "Hello " + recipient[2] + ",\n\n"
                            + design[3] + " of " + design[2] + " decided on the design " + design[0] + " (" + design[1] + "):\n\n"
                            + event.getDetail() + "\n\n"
                            + "Open the design: " + backofficeUrl.resolve("designs/design.xhtml?id=" + designId) + "\n\n"
                            + "You get this mail because you work for this customer's group or own the design. To stop it, switch off mail under My account.\n");
        }
    }

    /** Active staff who want mail: the members of the customer's group and the design's owner. */
    private List<?> staff(long designId) {
        return em.createNativeQuery("""
                select u.id, u.email, u.display_name from user_account u
                where u.kind = 'INTERNAL' and u.active and u.case_mail and (
                    u.id = (select owner_id from design where id = ?1)
                    or u.id in (select m.user_id from group_membership m join company c on c.customer_group_id = m.customer_group_id
                                join design d on d.customer_id = c.id where d.id = ?1))
                order by u.id""").setParameter(1, designId).getResultList();
    }
}
